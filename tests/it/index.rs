//! `dictum index`: building, updating without duplicates, replacing changed
//! files, dropping removed ones, and reporting bad files.

use crate::util::{Workspace, article, copy_seed, corpus};

fn total(workspace: &Workspace) -> u64 {
    workspace.count(&[])
}

fn ids(workspace: &Workspace) -> Vec<String> {
    let hits = workspace.run(&["search", "--limit", "1000", "--format", "jsonl"]).json_lines();
    let mut ids: Vec<String> = hits.iter().map(|h| h["id"].as_str().unwrap().to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn indexing_twice_changes_nothing() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "articles/seed.txt");
    article(
        &workspace,
        "articles/b.txt",
        "2022-01",
        "T",
        "„Wir verhandeln weiter, solange es nötig ist“, sagte Ministerin Ana Petrova.",
    );
    let first = workspace.run(&["index", "articles"]).ok();
    assert!(first.contains("2 files found: 2 read"), "{first}");
    let before = ids(&workspace);
    assert!(before.len() >= 5);
    let second = workspace.run(&["index", "articles"]).ok();
    assert!(second.contains("0 read, 2 unchanged"), "{second}");
    assert_eq!(ids(&workspace), before);
}

#[test]
fn a_changed_file_replaces_its_statements_and_a_removed_one_disappears() {
    let workspace = Workspace::new();
    let a = article(
        &workspace,
        "in/a.txt",
        "2022",
        "A",
        "„Die Grenze bleibt für alle Händler offen“, sagte Ministerin Ana Petrova.",
    );
    let b = article(
        &workspace,
        "in/b.txt",
        "2022",
        "B",
        "„Wir schließen die Botschaft noch heute“, sagte Botschafter Ivo Marek.",
    );
    workspace.run(&["index", "in"]).ok();
    assert_eq!(total(&workspace), 2);
    std::fs::write(
        &a,
        "date 2022 A\n\n„Die Grenze bleibt ab morgen für alle geschlossen“, sagte Ministerin Ana Petrova.\n",
    )
    .unwrap();
    std::fs::remove_file(&b).unwrap();
    let summary = workspace.run(&["index", "in"]).ok();
    assert!(summary.contains("1 read, 0 unchanged, 1 removed"), "{summary}");
    assert_eq!(total(&workspace), 1);
    let hits = workspace.run(&["search", "geschlossen", "--format", "json"]).json();
    assert_eq!(hits["total"], 1);
    assert_eq!(workspace.run(&["search", "offen"]).code, 1, "the old statement is gone");
}

/// Writes in/a.txt with one statement and indexes the folder.
fn one_article_indexed(workspace: &Workspace) -> std::path::PathBuf {
    let a = article(
        workspace,
        "in/a.txt",
        "2022",
        "A",
        "„Die Grenze bleibt für alle Händler offen“, sagte Ministerin Ana Petrova.",
    );
    workspace.run(&["index", "in"]).ok();
    a
}

#[test]
fn a_touched_file_is_not_extracted_again() {
    let workspace = Workspace::new();
    let a = one_article_indexed(&workspace);
    let content = std::fs::read(&a).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&a, content).unwrap();
    let summary = workspace.run(&["index", "in"]).ok();
    assert!(summary.contains("0 read, 1 unchanged"), "{summary}");
    assert_eq!(total(&workspace), 1);
}

#[test]
fn a_file_of_the_same_size_and_time_is_not_read_again() {
    // What makes a re-index of a big archive cheap: an unchanged file costs
    // a stat, not a read. (An edit that keeps both is not seen; a real edit
    // changes the modification time.)
    let workspace = Workspace::new();
    let a = one_article_indexed(&workspace);
    let modified = std::fs::metadata(&a).unwrap().modified().unwrap();
    let content = std::fs::read_to_string(&a).unwrap().replace("offen", "zu!!!");
    std::fs::write(&a, content).unwrap();
    std::fs::File::options().write(true).open(&a).unwrap().set_modified(modified).unwrap();
    let summary = workspace.run(&["index", "in"]).ok();
    assert!(summary.contains("0 read, 1 unchanged"), "{summary}");
    assert_eq!(workspace.count(&["offen"]), 1, "the statement as it was first read");
}

#[test]
fn a_fresh_build_equals_an_updated_one() {
    let updated = Workspace::new();
    copy_seed(&updated, "in/seed.txt");
    updated.run(&["index", "in"]).ok();
    article(
        &updated,
        "in/new.txt",
        "2023",
        "N",
        "„Wir kommen wieder, sobald die Lage es zulässt“, sagte Botschafter Ivo Marek.",
    );
    updated.run(&["index", "in"]).ok();
    let fresh = Workspace::new();
    copy_seed(&fresh, "in/seed.txt");
    article(
        &fresh,
        "in/new.txt",
        "2023",
        "N",
        "„Wir kommen wieder, sobald die Lage es zulässt“, sagte Botschafter Ivo Marek.",
    );
    fresh.run(&["index", "in"]).ok();
    assert_eq!(total(&updated), total(&fresh));
    assert_eq!(updated.count(&["--speaker", "Marek"]), 1);
}

#[test]
fn bad_files_are_reported_and_the_rest_indexed() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    workspace.write("in/binary.txt", [0u8, 1, 2, 3, 0, 255]);
    workspace.write("in/latin1.txt", b"date 2021 T\n\n\xabSch\xf6n\xbb, sagte er.\n");
    workspace.write("in/picture.png", [137u8, 80, 78, 71]);
    workspace.write("in/broken.jsonl", "{\"text\": \"„Das ist ein Satz mit Sinn“, sagte Ana Petrova.\"}\n{not json\n");
    workspace.write("in/.hidden.txt", "date 2021 T\n\n„Versteckt und nie gelesen“, sagte Ana Petrova.");
    let run = workspace.run(&["index", "in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("binary.txt: binary file"), "{}", run.stderr);
    assert!(run.stderr.contains("latin1.txt: not UTF-8"), "{}", run.stderr);
    assert!(run.stderr.contains("picture.png: not an article file"), "{}", run.stderr);
    assert!(run.stderr.contains("broken.jsonl:2: not valid JSON"), "{}", run.stderr);
    assert!(!run.stderr.contains("hidden"), "{}", run.stderr);
    assert_eq!(workspace.count(&["--speaker", "Petrova"]), 1);
    assert_eq!(workspace.count(&["--speaker", "Rjabkow", "--kind", "direct"]), 3);
}

#[test]
fn a_missing_path_is_reported_and_the_others_indexed() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    let run = workspace.run(&["index", "in", "missing"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("missing: No such file"), "{}", run.stderr);
    assert!(total(&workspace) >= 5);
}

#[test]
fn bad_options_exit_with_2() {
    let workspace = Workspace::new();
    let run = workspace.run(&["index", ".", "--memory", "3"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--memory must be at least 15"), "{}", run.stderr);
    assert_eq!(workspace.run(&["index"]).code, 2);
}

/// The ids and speakers a search finds (sorted: statements of one date tie,
/// and ties follow the order they were indexed in).
fn found(workspace: &Workspace, index: &str, args: &[&str]) -> Vec<(String, String)> {
    let mut all = vec!["search", "--format", "json", "--limit", "100", "--index", index];
    all.extend_from_slice(args);
    let run = workspace.run(&all);
    if run.code == 1 {
        return Vec::new();
    }
    let results = run.json();
    let mut hits: Vec<(String, String)> = results["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["id"].as_str().unwrap().to_string(), h["speaker"].as_str().unwrap_or("").to_string()))
        .collect();
    hits.sort();
    hits
}

#[test]
fn statements_extracted_elsewhere_index_as_their_articles_do() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "articles/seed.txt");
    let corpus = corpus();
    let corpus = corpus.to_str().unwrap();
    let records = workspace.run(&["extract", "articles", corpus]).ok();
    // As a Spark job writes them: parts, a marker file, hidden checksums.
    // Cut at a line end: the byte halfway may fall inside a character, and the
    // corpus path in every record moves it from one checkout to the next.
    let half = records.lines().count() / 2;
    let cut: usize = records.split_inclusive('\n').take(half).map(str::len).sum();
    workspace.write("statements/part-00000", &records[..cut]);
    workspace.write("statements/part-00001", &records[cut..]);
    workspace.write("statements/_SUCCESS", "");
    workspace.write("statements/.part-00000.crc", "checksum");
    let run = workspace.run(&["index", "--statements", "statements", "--index", "from-records"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    workspace.run(&["index", "articles", corpus, "--index", "from-articles"]).ok();

    for search in [
        vec!["--speaker", "Ryabkov"],
        vec!["Cybersicherheit"],
        vec!["Pelgrad", "--from", "2020", "--to", "2023"],
        vec!["--kind", "direct", "--lang", "en", "--sort=-date"],
    ] {
        let from_records = found(&workspace, "from-records", &search);
        assert!(!from_records.is_empty(), "{search:?}");
        assert_eq!(from_records, found(&workspace, "from-articles", &search), "{search:?}");
    }
    let id = &found(&workspace, "from-records", &["--speaker", "Rjabkow", "--kind", "direct"])[0].0;
    let shown = workspace.run(&["show", id, "--format", "json", "--index", "from-records"]).json();
    assert!(shown["article_text"].as_str().unwrap().contains("Lawrows Vize"), "show reads the article: {shown}");
}

#[test]
fn a_bad_record_is_reported_by_line_and_a_changed_file_replaces_its_statements() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "seed.txt");
    let records = workspace.run(&["extract", "seed.txt"]).ok();
    let lines: Vec<&str> = records.lines().collect();
    let damaged = format!("{}\n{{\"id\": \"broken\"}}\nnot json\n{}\n", lines[0], lines[1..].join("\n"));
    workspace.write("records.jsonl", &damaged);
    let run = workspace.run(&["index", "--statements", "records.jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("records.jsonl:2: not a statement record"), "{}", run.stderr);
    assert!(run.stderr.contains("records.jsonl:3: not a statement record"), "{}", run.stderr);
    assert_eq!(total(&workspace), lines.len() as u64);

    workspace.write("records.jsonl", format!("{}\n", lines[0]));
    workspace.run(&["index", "--statements", "records.jsonl"]).ok();
    assert_eq!(total(&workspace), 1, "the file's old statements are replaced");
    let newer = lines[0].replace(&format!("\"format\":{}", dictum::quote::RECORD_FORMAT), "\"format\":99");
    assert_ne!(newer, lines[0]);
    workspace.write("records.jsonl", format!("{newer}\n"));
    let run = workspace.run(&["index", "--statements", "records.jsonl"]);
    assert!(run.stderr.contains("newer than this dictum reads"), "{}", run.stderr);
    assert_eq!(total(&workspace), 1, "a file with nothing readable keeps what it had");
}
