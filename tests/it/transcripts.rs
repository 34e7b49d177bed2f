//! Speeches, press conferences and parliamentary records: statements whose
//! speaker comes from the structure, next to news articles in one index.

use crate::util::{Workspace, copy_seed, shared};

fn datasets() -> std::path::PathBuf {
    shared().join("datasets")
}

/// The press conferences, three Bundestag sittings and the seed, in one index.
fn mixed_index() -> Workspace {
    let workspace = Workspace::new();
    copy_seed(&workspace, "news/seed.txt");
    for sitting in ["BT_18_008.xml", "BT_18_042.xml", "BT_18_074.xml"] {
        let xml = std::fs::read(datasets().join("germaparl-wp18-foreign-minister/18").join(sitting)).unwrap();
        workspace.write(&format!("bundestag/{sitting}"), xml);
    }
    let press = datasets().join("cmfa-pressconf-en");
    let run = workspace.run(&["index", "news", "bundestag", press.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    workspace
}

#[test]
fn press_conference_answers_are_the_spokespersons_with_the_question_as_context() {
    let workspace = mixed_index();
    let results = workspace
        .run(&[
            "search",
            "virus",
            "--speaker",
            "Zhao Lijian",
            "--from",
            "2020-01",
            "--to",
            "2020-03",
            "--format",
            "json",
        ])
        .json();
    let hits = results["hits"].as_array().unwrap();
    assert!(!hits.is_empty(), "{results:#}");
    for hit in hits {
        assert_eq!(hit["speaker"], "Zhao Lijian");
        assert!(hit["date"].as_str().unwrap().starts_with("2020-0"), "{hit:#}");
        assert_eq!(hit["rule"], "transcript-turn");
        assert!(hit["context"].as_str().is_some_and(|q| !q.is_empty()), "the question is the context: {hit:#}");
        assert!(!hit["quote"].as_str().unwrap().starts_with("Q:"));
    }
    // Questions are searchable, but not as statements of the spokesperson.
    let question_only = workspace.run(&["search", "context:\"Fox News host\"", "--format", "json"]).json();
    assert!(question_only["total"].as_u64().unwrap() >= 1, "{question_only:#}");
    for hit in question_only["hits"].as_array().unwrap() {
        assert!(!hit["quote"].as_str().unwrap().contains("Fox News host said"), "{hit:#}");
    }
}

#[test]
fn bundestag_turns_are_statements_of_their_speakers() {
    let workspace = mixed_index();
    let results = workspace
        .run(&[
            "search",
            "--speaker",
            "Steinmeier",
            "--from",
            "2014",
            "--to",
            "2014",
            "--kind",
            "speech",
            "--format",
            "json",
        ])
        .json();
    let hits = results["hits"].as_array().unwrap();
    assert!(!hits.is_empty(), "{results:#}");
    for hit in hits {
        assert_eq!(hit["speaker"], "Frank-Walter Steinmeier");
        assert_eq!(hit["role"], "Bundesminister des Auswärtigen (SPD)");
        assert!(hit["date"].as_str().unwrap().starts_with("2014"));
        let quote = hit["quote"].as_str().unwrap();
        assert!(!quote.contains("(Beifall"), "stage directions are not his words: {quote}");
    }
    // News and transcripts share the index.
    assert_eq!(workspace.count(&["--speaker", "Rjabkow", "--kind", "direct"]), 3);
}

#[test]
fn json_fields_can_be_mapped() {
    let workspace = Workspace::new();
    workspace.write(
        "in/scraped.jsonl",
        "{\"who\": \"Ana Petrova\", \"published\": \"2022-05-03\", \"headline\": \"Briefing\", \"content\": \"Q: Will the border open?\\n\\nA: It opens on Monday for all traffic.\"}\n",
    );
    workspace.run(&["index", "in", "--field", "speaker=who", "--field", "text=content"]).ok();
    let results = workspace.run(&["search", "border", "--format", "json"]).json();
    assert_eq!(results["hits"][0]["speaker"], "Ana Petrova");
    assert_eq!(results["hits"][0]["date"], "2022-05-03");
    assert_eq!(results["hits"][0]["context"], "Will the border open?");
    let bad = workspace.run(&["index", "in", "--field", "speakers=who"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("\"speakers\" is not one of text, title, date, speaker"), "{}", bad.stderr);
}

#[test]
fn plain_text_transcripts_with_name_labels() {
    let workspace = Workspace::new();
    workspace.write(
        "in/briefing.txt",
        "date 2023-02-01 Daily press briefing\n\nMR MAREK: Good afternoon, everyone. The talks resume on Friday.\n\nQUESTION: Where will they be held?\n\nMR MAREK: In Ardeny, at the foreign ministry.\n\nMS. OST: And the minister attends in person.\n",
    );
    workspace.run(&["index", "in"]).ok();
    let marek = workspace.run(&["search", "--speaker", "Marek", "--format", "json", "--sort", "date"]).json();
    assert_eq!(marek["total"], 2, "{marek:#}");
    let answer = marek["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["quote"].as_str().unwrap().starts_with("In Ardeny"))
        .unwrap();
    assert_eq!(answer["context"], "Where will they be held?");
    assert_eq!(workspace.count(&["--speaker", "Ost"]), 1);
}

#[test]
fn broken_transcripts_are_reported_and_the_rest_indexed() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    workspace.write(
        "in/unclosed.xml",
        "<TEI><teiHeader><publicationStmt><date>2014-01-16</date></publicationStmt></teiHeader><text><body>\n<sp name=\"Petra Pau\"><p>Die Sitzung ist eröffnet.</p></sp>\n<sp name=\"Jan Kos\"><p>Danke.\n",
    );
    workspace.write("in/nobody.xml", "<TEI><text><body>\n<sp><p>Wer spricht hier?</p></sp>\n</body></text></TEI>");
    workspace.write("in/press.jsonl", "{\"spokesperson\": \"Ana Petrova\", \"date\": \"2022\", \"text\": \"Q: Yes?\\n\\nA: No.\"}\n{\"spokesperson\": \n");
    let run = workspace.run(&["index", "in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("unclosed.xml:3: malformed XML"), "{}", run.stderr);
    assert!(run.stderr.contains("nobody.xml:2: a turn (<sp>) names no speaker"), "{}", run.stderr);
    assert!(run.stderr.contains("press.jsonl:2: not valid JSON"), "{}", run.stderr);
    assert_eq!(workspace.count(&["--speaker", "Pau"]), 1, "the turn before the break is kept");
    assert_eq!(workspace.count(&["--speaker", "Petrova"]), 1);
    assert_eq!(workspace.count(&["--speaker", "Rjabkow", "--kind", "direct"]), 3);
}
