//! `dictum extract` on the seed article, the input formats, and bad input.

use crate::util::{Workspace, article, dictum_in, seed};

fn statements(args: &[&str]) -> Vec<serde_json::Value> {
    dictum_in(std::path::Path::new("."), args).json_lines()
}

#[test]
fn the_seed_yields_its_three_rjabkow_quotes() {
    let seed = seed();
    let found = statements(&["extract", seed.to_str().unwrap()]);
    let direct: Vec<&serde_json::Value> = found.iter().filter(|s| s["kind"] == "direct").collect();
    assert_eq!(direct.len(), 3, "{found:#?}");
    for statement in &direct {
        assert_eq!(statement["speaker"]["name"], "Sergei Rjabkow", "{statement:#}");
        assert_eq!(statement["date"], "2021-06");
        assert_eq!(statement["lang"], "de");
    }
    let first = direct[0]["quote"]["text"].as_str().unwrap();
    assert!(first.starts_with("\"Die Kontakte zur Cybersicherheit"), "{first}");
    let last = direct[2]["quote"]["text"].as_str().unwrap();
    assert!(last.starts_with("\"Selbst in dem engen Segment"), "{last}");
    assert!(last.ends_with("vorgesehen ist\""), "the quote ends at its closing mark: {last}");
    assert_eq!(direct[2]["cue"]["text"], "bemängelte");
    assert_eq!(direct[2]["speaker"]["mention"]["text"], "Lawrows Vize");
}

#[test]
fn the_seed_headline_is_a_statement_of_the_ministry() {
    let seed = seed();
    let found = statements(&["extract", seed.to_str().unwrap()]);
    let headline = found.iter().find(|s| s["rule"] == "headline").expect("a headline statement");
    assert_eq!(headline["speaker"]["name"], "Russlands Außenministerium");
    assert!(headline["quote"]["text"].as_str().unwrap().starts_with("USA verweigern Dialog"));
}

#[test]
fn offsets_point_into_the_file() {
    let seed = seed();
    let bytes = std::fs::read(&seed).unwrap();
    for statement in statements(&["extract", seed.to_str().unwrap()]) {
        let quote = &statement["quote"];
        let spans: Vec<(usize, usize)> = match quote["spans"].as_array() {
            Some(spans) => {
                spans.iter().map(|s| (s[0].as_u64().unwrap() as usize, s[1].as_u64().unwrap() as usize)).collect()
            }
            None => vec![(quote["start"].as_u64().unwrap() as usize, quote["end"].as_u64().unwrap() as usize)],
        };
        let parts: Vec<&str> = spans.iter().map(|&(s, e)| std::str::from_utf8(&bytes[s..e]).unwrap()).collect();
        assert_eq!(parts.join(" … "), quote["text"].as_str().unwrap());
        if let Some(mention) = statement["speaker"]["mention"].as_object() {
            let (s, e) = (mention["start"].as_u64().unwrap() as usize, mention["end"].as_u64().unwrap() as usize);
            assert_eq!(std::str::from_utf8(&bytes[s..e]).unwrap(), mention["text"].as_str().unwrap());
        }
    }
}

#[test]
fn reads_every_input_format() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "a.txt",
        "2021-06-16",
        "Titel",
        "„Wir sind bereit zu Gesprächen“, sagte Ministerin Ana Petrova.",
    );
    workspace.write(
        "b.md",
        "---\ndate: 2022-03\ntitle: Speech\nspeaker: Ana Petrova\nrole: Foreign Minister\nlang: en\n---\nWe will never accept this, and we will say so at every table.\n",
    );
    workspace.write(
        "c.jsonl",
        "{\"date\": \"2023\", \"title\": \"Wire\", \"text\": \"“The border stays open,” said spokesman Ivo Marek.\"}\n",
    );
    workspace.write(
        "d.json",
        "[{\"date\": \"2024-01-02\", \"title\": \"J\", \"body\": \"“Talks resume on Monday,” the envoy Lena Ost said.\"}]",
    );
    let found = workspace.run(&["extract", "."]).json_lines();
    let by_file = |name: &str| found.iter().filter(|s| s["file"].as_str().unwrap().ends_with(name)).collect::<Vec<_>>();
    assert_eq!(by_file("a.txt")[0]["speaker"]["name"], "Ana Petrova");
    assert_eq!(by_file("a.txt")[0]["date"], "2021-06-16");
    let speech = by_file("b.md");
    assert_eq!(speech[0]["kind"], "speech");
    assert_eq!(speech[0]["speaker"]["role"], "Foreign Minister");
    assert_eq!(speech[0]["date"], "2022-03");
    assert_eq!(by_file("c.jsonl")[0]["speaker"]["name"], "Ivo Marek");
    assert_eq!(by_file("c.jsonl")[0]["record"], 1);
    assert_eq!(by_file("d.json")[0]["speaker"]["name"], "Lena Ost");
    assert_eq!(by_file("d.json")[0]["date"], "2024-01-02");
}

#[test]
fn text_format_explains_each_attribution() {
    let seed = seed();
    let text = dictum_in(std::path::Path::new("."), &["extract", "--format", "text", seed.to_str().unwrap()]).ok();
    assert!(text.contains("cue: bemängelte | mention: Lawrows Vize | rule: colon-introduction"), "{text}");
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let workspace = Workspace::new();
    let run = workspace.run(&["extract", "nowhere.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nowhere.txt"), "{}", run.stderr);
}

#[test]
fn files_are_written_in_path_order_however_long_each_takes() {
    // More files than threads, every other one long, so that they finish
    // out of order; the output must not.
    let workspace = Workspace::new();
    let filler = "Die Sitzung dauerte lange und endete ohne Ergebnis. ".repeat(400);
    for number in 0..40 {
        let text = format!("„Wir bleiben bei Nummer {number}“, sagte Ministerin Ana Petrova.");
        let body = if number % 2 == 0 { format!("{filler}\n\n{text}") } else { text };
        article(&workspace, &format!("f{number:02}.txt"), "2021", "T", &body);
    }
    let files: Vec<String> = workspace
        .run(&["extract", "."])
        .json_lines()
        .iter()
        .map(|statement| statement["file"].as_str().unwrap().rsplit('/').next().unwrap().to_string())
        .collect();
    let expected: Vec<String> = (0..40).map(|number| format!("f{number:02}.txt")).collect();
    assert_eq!(files, expected);
}

#[test]
fn a_bad_file_is_reported_and_the_others_extracted() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "good.txt",
        "2021",
        "T",
        "„Das ist unser letztes Wort in dieser Frage“, sagte Minister Jan Kos.",
    );
    workspace.write("bad.txt", [0u8, 159, 146, 150, 0, 1, 2]);
    let run = workspace.run(&["extract", "."]);
    assert_eq!(run.code, 2, "problems give exit code 2");
    assert!(run.stderr.contains("bad.txt: binary file"), "{}", run.stderr);
    assert!(run.stdout.contains("Jan Kos"), "{}", run.stdout);
}

#[test]
fn usage_errors_exit_with_2() {
    let run = dictum_in(std::path::Path::new("."), &["extract", "--format", "xml", "x"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("invalid value 'xml'"), "{}", run.stderr);
    let run = dictum_in(std::path::Path::new("."), &["extract"]);
    assert_eq!(run.code, 2);
}

#[test]
fn a_role_word_before_a_name_is_the_role() {
    let workspace = Workspace::new();
    workspace.write(
        "host.txt",
        "date 2024-04-19 Summit ends\n\nHost Mara Velden said the talks had \"changed the tone\" between both capitals.\n",
    );
    let records = workspace.run(&["extract", "host.txt"]).json_lines();
    let speakers: Vec<&str> = records.iter().filter_map(|r| r["speaker"]["name"].as_str()).collect();
    assert!(speakers.contains(&"Mara Velden"), "{speakers:?}");
}
