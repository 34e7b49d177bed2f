//! Hostile input and faults: a folder of every kind of bad file, a second
//! indexer, searches during indexing, kill -9 at random moments, an index
//! from another version, a corrupted index, a read-only index folder.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::{Workspace, article, copy_seed, corpus};

/// A folder with good articles and every kind of bad file next to them.
fn hostile_folder(workspace: &Workspace) {
    copy_seed(workspace, "in/good/seed.txt");
    article(
        workspace,
        "in/good/petrova.txt",
        "2022-03",
        "Gut",
        "„Wir bleiben bei unserer Linie“, sagte Ministerin Ana Petrova.",
    );
    workspace.write(
        "in/enc/utf8-bom.txt",
        "\u{feff}date 2021 T\n\n„Mit BOM gelesen und verstanden“, sagte Ministerin Ana Bom.\n",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "date 2021 T\n\n„In UTF-16 geschrieben und gelesen“, sagte Ministerin Ana Sechzehn.\n".encode_utf16()
    {
        utf16.extend(unit.to_le_bytes());
    }
    workspace.write("in/enc/utf16.txt", utf16);
    workspace.write(
        "in/enc/cp1252.txt",
        b"date 2021 T\n\n\x84Gr\xfc\xdfe aus der alten Zeit\x93, sagte Ministerin Ana K\xf6hler.\n",
    );
    workspace.write(
        "in/enc/crlf.txt",
        "date 2021 T\r\n\r\n„Mit Windows-Zeilenenden geschrieben“, sagte Ministerin Ana Crlf.\r\n",
    );
    workspace
        .write("in/enc/cr.txt", "date 2021 T\r\r„Mit alten Mac-Zeilenenden geschrieben“, sagte Ministerin Ana Cr.\r");
    workspace.write("in/junk/binary.txt", [0u8, 159, 146, 150, 0, 1, 2, 3]);
    workspace.write("in/junk/image.png", [137u8, 80, 78, 71, 13, 10, 26, 10, 0, 0]);
    workspace.write("in/junk/archive.zip", b"PK\x03\x04\x14\x00\x00\x00");
    workspace.write("in/junk/empty.txt", "");
    workspace.write("in/junk/long-line.txt", format!("date 2021 T\n\n{}\n", "Wort ".repeat(200_000)));
    workspace.write("in/junk/only-quotes.txt", "\"\"\"„“”»«\"\"\"\"„„„“““".repeat(1000));
    workspace.write(
        "in/junk/unbalanced.txt",
        format!(
            "date 2021 T\n\n„Ein Zitat ohne Ende, sagte niemand.\n\n{}",
            "Ein ganz normaler Absatz ohne Zeichen.\n\n".repeat(50)
        ),
    );
    workspace.write("in/junk/nested.txt", format!("date 2021 T\n\n{}Kern{}\n", "„»\"".repeat(300), "\"«“".repeat(300)));
    workspace.write(
        "in/structure/no-date.txt",
        "Nur ein Titel\n\n„Ohne Datum gesagt und gemeint“, sagte Ministerin Ana Undatiert.\n",
    );
    workspace.write(
        "in/structure/bad-date.txt",
        "date 2021-13-45 Titel\n\n„Mit falschem Datum gesagt“, sagte Ministerin Ana Falsch.\n",
    );
    workspace.write(
        "in/structure/future.txt",
        "date 2999-01 Titel\n\n„Aus der fernen Zukunft gesagt“, sagte Ministerin Ana Zukunft.\n",
    );
    workspace.write("in/structure/title-only.txt", "date 2021 Nur ein Titel\n");
    workspace.write("in/structure/open-front-matter.md", "---\ntitle: x\ndate: 2021\n");
    workspace.write(
        "in/structure/lines.jsonl",
        "{\"text\": \"„Die gute Zeile zählt“, sagte Ministerin Ana Zeile.\"}\n{oops\n{\"text\": [5]}\n",
    );
    workspace.write("in/.hidden.txt", "date 2021 T\n\n„Versteckt“, sagte Ana Versteckt.\n");
    workspace.write("in/backup.txt~", "date 2021 T\n\n„Sicherung“, sagte Ana Sicherung.\n");
    workspace.write("in/#autosave.txt#", "date 2021 T\n\n„Autosave“, sagte Ana Autosave.\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", workspace.path().join("in/good/loop")).unwrap();
}

#[test]
fn a_hostile_folder_is_indexed_with_each_bad_file_reported() {
    let workspace = Workspace::new();
    hostile_folder(&workspace);
    let run = workspace.run(&["index", "in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = [
        "binary.txt: binary file",
        "image.png: not an article file",
        "archive.zip: not an article file",
        "cp1252.txt: not UTF-8: read as windows-1252",
        "utf16.txt: not UTF-8: read as UTF-16LE",
        "bad-date.txt:1: invalid date",
        "future.txt:1: date 2999-01 is in the future",
        "open-front-matter.md:1: front matter opened with --- is never closed",
        "lines.jsonl:2: not valid JSON",
        "lines.jsonl:3: field \"text\" should be text",
        "symbolic link loop",
    ];
    for message in expected {
        assert!(run.stderr.contains(message), "{message}:\n{}", run.stderr);
    }
    for hidden in ["hidden", "backup", "autosave"] {
        assert!(!run.stderr.contains(hidden), "{hidden}: {}", run.stderr);
    }
    for speaker in ["Petrova", "Bom", "Sechzehn", "Köhler", "Crlf", "Cr", "Undatiert", "Falsch", "Zukunft", "Zeile"] {
        assert_eq!(workspace.count(&["--speaker", speaker]), 1, "{speaker}");
    }
    for speaker in ["Versteckt", "Sicherung", "Autosave"] {
        assert_eq!(workspace.count(&["--speaker", speaker]), 0, "{speaker}");
    }
    assert_eq!(workspace.count(&["--speaker", "Rjabkow", "--kind", "direct"]), 3);
    assert_eq!(workspace.count(&["--speaker", "Falsch", "--from", "2021"]), 0, "indexed without its bad date");
    assert_eq!(workspace.count(&["normaler"]), 0, "an unclosed quote does not swallow the paragraphs after it");
    let cp1252 = workspace.run(&["extract", "in/enc/cp1252.txt"]).json_lines();
    assert_eq!(cp1252[0]["encoding"], "windows-1252");
    assert!(cp1252[0]["quote"]["text"].as_str().unwrap().contains("Grüße"));
}

#[test]
fn a_file_over_the_size_limit_is_skipped_unread() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    let big = std::fs::File::create(workspace.path().join("in/big.txt")).unwrap();
    big.set_len(3 * 1024 * 1024 * 1024).unwrap(); // sparse: no disk used
    let run = workspace.run(&["index", "in", "--max-file-size", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("big.txt: file is 3221225472 bytes, over the limit of 1000000"), "{}", run.stderr);
    assert_eq!(workspace.count(&["--speaker", "Rjabkow", "--kind", "direct"]), 3);
}

/// Many small articles: enough work for an index run to be caught midway.
fn many_articles(workspace: &Workspace, count: usize) {
    let corpus = corpus();
    let mut texts = Vec::new();
    for folder in ["de", "en"] {
        for entry in std::fs::read_dir(corpus.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    for i in 0..count {
        workspace.write(&format!("many/{i:05}.txt"), format!("{}\n\nNummer {i}.\n", texts[i % texts.len()]));
    }
}

/// Statements per file in a workspace's index (quotes reported by several
/// files counted in each), read page by page.
fn statements_by_file(workspace: &Workspace) -> std::collections::BTreeMap<String, u64> {
    let mut counts = std::collections::BTreeMap::new();
    for page in 0.. {
        let offset = (page * 10_000).to_string();
        let args = ["search", "--all-copies", "--limit", "10000", "--offset", &offset, "--format", "jsonl"];
        let hits = workspace.run(&args).json_lines();
        for hit in &hits {
            *counts.entry(hit["file"].as_str().unwrap().to_string()).or_insert(0) += 1;
        }
        if hits.len() < 10_000 {
            break;
        }
    }
    counts
}

/// Asserts that the workspace's index of its `many/` files holds what a
/// fresh index of the same files holds, naming the files that differ.
#[track_caller]
fn assert_same_as_fresh_build(workspace: &Workspace, what: &str) {
    let fresh = Workspace::new();
    std::fs::create_dir_all(fresh.path().join("many")).unwrap();
    for entry in std::fs::read_dir(workspace.path().join("many")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, fresh.path().join("many").join(path.file_name().unwrap())).unwrap();
    }
    fresh.run(&["index", "many"]).ok();
    if workspace.count(&[]) == fresh.count(&[]) {
        return;
    }
    let (updated, built) = (statements_by_file(workspace), statements_by_file(&fresh));
    let differing: Vec<String> = updated
        .keys()
        .filter(|file| updated.get(*file) != built.get(*file))
        .chain(built.keys().filter(|file| !updated.contains_key(*file)))
        .map(|file| format!("{file}: {:?} updated, {:?} fresh", updated.get(file), built.get(file)))
        .collect();
    panic!("{what}: the updated index differs from a fresh build in {differing:?}");
}

/// Waits until a file exists (at most a minute).
fn wait_for(path: &std::path::Path) {
    let start = std::time::Instant::now();
    while !path.exists() {
        assert!(start.elapsed() < Duration::from_secs(60), "{} never appeared", path.display());
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn dictum_command(workspace: &Workspace, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dictum"));
    command.args(args).current_dir(workspace.path()).stdout(Stdio::null()).stderr(Stdio::piped());
    command
}

#[test]
fn a_second_indexer_is_refused_and_searches_go_on() {
    let workspace = Workspace::new();
    many_articles(&workspace, 3000);
    workspace.run(&["index", "many", "--commit-every", "200"]).ok();
    let fresh = workspace.count(&[]);
    // Touch every file so the next run reads them all again.
    for entry in std::fs::read_dir(workspace.path().join("many")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text} ")).unwrap();
    }
    let mut first = dictum_command(&workspace, &["index", "many", "--commit-every", "200"]).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let second = workspace.run(&["index", "many"]);
    let searching = workspace.count(&["--speaker", "Falkner"]);
    let status = first.wait().unwrap();
    assert!(status.success());
    if second.code != 0 {
        assert!(second.stderr.contains("is locked by another process"), "{}", second.stderr);
        assert_eq!(second.stderr.lines().count(), 1, "{}", second.stderr);
    }
    assert!(searching > 0, "searches work during indexing");
    assert_eq!(workspace.count(&[]), fresh);
}

/// A small deterministic random number generator for kill times.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

#[test]
fn kill_nine_at_any_moment_leaves_a_working_index() {
    let workspace = Workspace::new();
    many_articles(&workspace, 400);
    let mut random = Lcg(7);
    for round in 0..50 {
        // Rewrite a few files each round, so every run has work to do.
        for _ in 0..20 {
            let i = random.next(400);
            let path = workspace.path().join(format!("many/{i:05}.txt"));
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, format!("{text}\nRunde {round}.\n")).unwrap();
        }
        let mut child = dictum_command(&workspace, &["index", "many", "--commit-every", "25"]).spawn().unwrap();
        if round == 0 {
            // On a loaded machine starting up can take longer than the
            // longest wait below: let the first run create the index, so
            // that every round kills a run that has an index to break.
            wait_for(&workspace.path().join("index/meta.json"));
        }
        std::thread::sleep(Duration::from_millis(random.next(400)));
        let _ = child.kill();
        let _ = child.wait();
        let run = workspace.run(&["search", "--limit", "0", "--format", "json"]);
        // Killed before the first commit, the index is there and empty, and says so.
        let empty = run.code == 2 && run.stderr.contains("is empty");
        assert!(run.code == 0 || run.code == 1 || empty, "round {round}: {}", run.stderr);
    }
    let finish = workspace.run(&["index", "many"]);
    assert_eq!(finish.code, 0, "{}", finish.stderr);
    assert_same_as_fresh_build(&workspace, "the next run finishes the job");
}

#[test]
fn an_index_of_another_version_or_a_corrupted_one_is_a_clear_error() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    workspace.run(&["index", "in"]).ok();
    let meta_path = workspace.path().join("index/meta.json");
    let meta = std::fs::read_to_string(&meta_path).unwrap();
    let payload_start = meta.find("\\\"schema\\\":").expect("the payload records the schema");
    let number_start = payload_start + "\\\"schema\\\":".len();
    let digits = meta[number_start..].bytes().take_while(u8::is_ascii_digit).count();
    let older = format!("{}\\\"schema\\\":0{}", &meta[..payload_start], &meta[number_start + digits..]);
    std::fs::write(&meta_path, older).unwrap();
    for args in [&["search", "x"][..], &["index", "in"][..]] {
        let run = workspace.run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains("was built by another version of dictum"), "{}", run.stderr);
        assert!(run.stderr.contains("rebuild"), "{}", run.stderr);
    }
    std::fs::write(&meta_path, "{ not json").unwrap();
    let run = workspace.run(&["search", "x"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot be opened") && run.stderr.contains("rebuild"), "{}", run.stderr);
}

#[test]
fn a_read_only_index_folder_is_a_clear_error_and_stays_intact() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    workspace.run(&["index", "in"]).ok();
    let before = workspace.count(&[]);
    article(&workspace, "in/new.txt", "2022", "N", "„Noch ein Satz für den Index“, sagte Ministerin Ana Petrova.");
    let index = workspace.path().join("index");
    set_mode(workspace.path(), 0o755);
    set_mode(&index, 0o555);
    let output = as_a_user(&workspace, &["index", "in"]);
    set_mode(&index, 0o755);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("index") && (stderr.contains("ermission") || stderr.contains("denied")), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(workspace.count(&[]), before, "the previous index is intact");
}

/// Runs dictum as an ordinary user: root may read and write anywhere, so
/// under root the run is made as nobody, to see what a user would see.
fn as_a_user(workspace: &Workspace, args: &[&str]) -> std::process::Output {
    let dictum = env!("CARGO_BIN_EXE_dictum");
    let mut command = if unsafe { libc_geteuid() } == 0 {
        let mut command = Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups", dictum]);
        command
    } else {
        Command::new(dictum)
    };
    command.args(args).current_dir(workspace.path()).output().unwrap()
}

#[test]
fn unreadable_files_and_odd_names_are_reported_and_the_rest_indexed() {
    use std::os::unix::ffi::OsStrExt;
    let workspace = Workspace::new();
    set_mode(workspace.path(), 0o777);
    copy_seed(&workspace, "in/seed.txt");
    let secret = article(&workspace, "in/secret.txt", "2021", "S", "„Geheim“, sagte Ana Geheim.");
    std::fs::create_dir(workspace.path().join("in/closed")).unwrap();
    article(&workspace, "in/closed/inner.txt", "2021", "I", "„Drinnen“, sagte Ana Drinnen.");
    let odd = std::ffi::OsStr::from_bytes(b"in/odd-\xff-name.txt");
    std::fs::write(
        workspace.path().join(odd),
        "date 2021 T\n\n„Ein Satz mit seltsamem Dateinamen“, sagte Ministerin Ana Seltsam.\n",
    )
    .unwrap();
    // The user that indexes may write the index and the folder it is in.
    std::fs::create_dir(workspace.path().join("index")).unwrap();
    set_mode(&workspace.path().join("index"), 0o777);
    set_mode(&secret, 0o000);
    set_mode(&workspace.path().join("in/closed"), 0o000);
    let output = as_a_user(&workspace, &["index", "in"]);
    set_mode(&workspace.path().join("in/closed"), 0o755);
    set_mode(&secret, 0o644);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("secret.txt: Permission denied"), "{stderr}");
    assert!(stderr.contains("closed: Permission denied"), "{stderr}");
    let seltsam = workspace.run(&["search", "--speaker", "Seltsam", "--format", "json"]).json();
    assert_eq!(seltsam["total"], 1);
    assert!(seltsam["hits"][0]["file"].as_str().unwrap().contains("odd-\u{fffd}-name.txt"));
    assert_eq!(workspace.count(&["--speaker", "Rjabkow", "--kind", "direct"]), 3);
}

fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

unsafe extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

#[test]
fn a_full_disk_is_a_clear_error_and_the_index_stays_intact() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    workspace.run(&["index", "in"]).ok();
    let before = workspace.count(&[]);
    many_articles(&workspace, 300);
    // A file size limit of 16 KB makes writes fail as on a full disk.
    let script = format!("trap '' XFSZ; ulimit -f 16; exec {} index many", env!("CARGO_BIN_EXE_dictum"));
    let output = Command::new("bash").args(["-c", &script]).current_dir(workspace.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("could not be written (is the disk full"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(workspace.count(&[]), before, "the previous index is intact");
}

#[test]
fn files_deleted_or_rewritten_during_a_run_are_reported_and_the_rest_indexed() {
    let workspace = Workspace::new();
    many_articles(&workspace, 1500);
    let child = dictum_command(&workspace, &["index", "many"]).spawn().unwrap();
    // Delete and rewrite files while the walk and the reading go on.
    for i in (0..1500).step_by(3) {
        let path = workspace.path().join(format!("many/{i:05}.txt"));
        if i % 2 == 0 {
            let _ = std::fs::remove_file(&path);
        } else {
            let _ = std::fs::write(&path, "date 2021 T\n\n„Neu geschrieben während des Laufs“, sagte Ana Neu.\n");
        }
    }
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for line in stderr.lines() {
        assert!(line.contains("many/") && line.contains("No such file"), "only vanished files are reported: {line}");
    }
    // The next run settles what changed; then the index holds exactly the files on disk.
    workspace.run(&["index", "many"]).ok();
    assert_same_as_fresh_build(&workspace, "files changed during a run");
}
