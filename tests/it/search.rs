//! `dictum search`: keywords, speakers, date ranges, formats and errors.

use crate::util::{Workspace, article, copy_seed, corpus};

fn seed_index() -> Workspace {
    let workspace = Workspace::new();
    copy_seed(&workspace, "articles/seed.txt");
    workspace.run(&["index", "articles"]).ok();
    workspace
}

#[test]
fn finds_the_seed_quotes_by_speaker_keyword_and_date() {
    let workspace = seed_index();
    let run = workspace.run(&[
        "search",
        "cybersicherheit",
        "--speaker",
        "Rjabkow",
        "--from",
        "2021-01",
        "--to",
        "2021-12",
        "--kind",
        "direct",
        "--format",
        "json",
    ]);
    let results = run.json();
    let hits = results["hits"].as_array().unwrap();
    assert!(!hits.is_empty(), "{results:#}");
    let best = hits[0]["quote"].as_str().unwrap();
    assert!(best.contains("Cybersicherheit"), "the quote that says it ranks first: {results:#}");
    for hit in hits {
        assert_eq!(hit["speaker"], "Sergei Rjabkow");
    }
    let all = workspace.run(&["search", "--speaker", "Rjabkow", "--kind", "direct", "--format", "json"]).json();
    assert_eq!(all["total"], 3);
    for hit in all["hits"].as_array().unwrap() {
        assert_eq!(hit["speaker"], "Sergei Rjabkow");
        assert_eq!(hit["date"], "2021-06");
        assert_eq!(hit["kind"], "direct");
        for field in ["id", "score", "role", "quote", "snippet", "title", "file", "lang"] {
            assert!(hit.get(field).is_some(), "{field} missing in {hit:#}");
        }
    }
}

#[test]
fn speaker_matching_ignores_case_and_accents_and_takes_surnames() {
    let workspace = seed_index();
    for name in ["Rjabkow", "rjabkow", "sergei rjabkow", "Sergei Rjábkow"] {
        let results = workspace.run(&["search", "--speaker", name, "--kind", "direct", "--format", "json"]).json();
        assert_eq!(results["total"], 3, "{name}");
    }
    assert_eq!(workspace.run(&["search", "--speaker", "Lawrow"]).code, 1);
    assert_eq!(workspace.run(&["search", "--speaker", "Sergei Lawrow"]).code, 1);
}

#[test]
fn keywords_are_stemmed() {
    let workspace = seed_index();
    let results = workspace.run(&["search", "Kontakt", "--kind", "direct", "--format", "json"]).json();
    assert!(results["total"].as_u64().unwrap() >= 2, "Kontakt finds Kontakte: {results:#}");
    let snippet = results["hits"][0]["snippet_html"].as_str().unwrap();
    assert!(snippet.contains("<mark>Kontakte</mark>"), "{snippet}");
}

#[test]
fn dates_keep_their_precision() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "in/month.txt",
        "2021-06",
        "M",
        "„Der Vertrag gilt für den ganzen Monat“, sagte Ministerin Ana Petrova.",
    );
    article(
        &workspace,
        "in/day.txt",
        "2021-06-16",
        "D",
        "„Der Vertrag gilt genau an diesem Tag“, sagte Ministerin Ana Petrova.",
    );
    article(
        &workspace,
        "in/year.txt",
        "2021",
        "Y",
        "„Der Vertrag gilt für das ganze Jahr“, sagte Ministerin Ana Petrova.",
    );
    article(
        &workspace,
        "in/later.txt",
        "2022-01-05",
        "L",
        "„Der Vertrag gilt erst im neuen Jahr“, sagte Ministerin Ana Petrova.",
    );
    workspace.run(&["index", "in"]).ok();
    let count = |args: &[&str]| workspace.count(args);
    assert_eq!(
        count(&["--from", "2021-06-10", "--to", "2021-06-20"]),
        3,
        "a day inside June overlaps month, day and year"
    );
    assert_eq!(count(&["--from", "2021-06-10", "--to", "2021-06-20", "--within"]), 1);
    assert_eq!(count(&["--from", "2021-06", "--to", "2021-06", "--within"]), 2);
    assert_eq!(count(&["--from", "2021-07"]), 2, "the year 2021 overlaps July onwards, and 2022");
    assert_eq!(count(&["--to", "2021-05"]), 1, "only the year reaches back to May");
    assert_eq!(count(&["--from", "2021-Q2", "--to", "2021-Q2", "--within"]), 2);
    assert_eq!(count(&["--from", "2022"]), 1);
    let newest = workspace.run(&["search", "--format", "jsonl"]).json_lines();
    assert_eq!(newest[0]["date"], "2022-01-05", "without a query, newest first");
}

#[test]
fn output_formats() {
    let workspace = seed_index();
    let csv = workspace.run(&["search", "--speaker", "Rjabkow", "--kind", "direct", "--format", "csv"]).ok();
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), "id,date,speaker,role,kind,quote,title,file,lang,score,copies");
    assert!(csv.contains("\"\"\"Die Kontakte zur Cybersicherheit"), "quotes inside fields are doubled: {csv}");
    let jsonl =
        workspace.run(&["search", "--speaker", "Rjabkow", "--kind", "direct", "--format", "jsonl"]).json_lines();
    assert_eq!(jsonl.len(), 3);
    let text = workspace.run(&["search", "--speaker", "Rjabkow", "--kind", "direct"]).ok();
    assert!(text.contains("2021-06  Sergei Rjabkow"), "{text}");
    assert!(text.contains("3 statements matched"), "{text}");
    let count = workspace.run(&["search", "--speaker", "Rjabkow", "--limit", "0", "--format", "json"]).json();
    assert!(count["hits"].as_array().unwrap().is_empty());
    assert!(count["total"].as_u64().unwrap() >= 3);
}

#[test]
fn searches_the_sample_corpus_in_both_languages() {
    let workspace = Workspace::new();
    let corpus = corpus();
    workspace.run(&["index", corpus.to_str().unwrap()]).ok();
    let german = workspace.run(&["search", "Wahlen", "--lang", "de", "--format", "json"]).json();
    assert!(german["total"].as_u64().unwrap() >= 1, "{german:#}");
    let english = workspace.run(&["search", "treaty", "--lang", "en", "--format", "json"]).json();
    assert!(english["total"].as_u64().unwrap() >= 1, "{english:#}");
    let falkner = workspace.run(&["search", "--speaker", "Falkner", "--format", "json", "--limit", "100"]).json();
    assert!(falkner["total"].as_u64().unwrap() >= 3, "{falkner:#}");
    for hit in falkner["hits"].as_array().unwrap() {
        assert!(hit["speaker"].as_str().unwrap().ends_with("Falkner"), "{hit:#}");
    }
}

#[test]
fn bad_requests_are_clear_errors() {
    let workspace = seed_index();
    let cases: [(&[&str], &str); 6] = [
        (&["search", "--from", "2021-13"], "invalid date \"2021-13\": month must be 01 to 12"),
        (&["search", "--from", "2022", "--to", "2021"], "--from 2022 is after --to 2021"),
        (&["search", "--to", "June"], "invalid date \"June\""),
        (&["search", "(unclosed"], "invalid query \"(unclosed\""),
        (&["search", "--within"], "--within needs --from or --to"),
        (&["search", "--limit", "100000"], "over the maximum"),
    ];
    for (args, message) in cases {
        let run = workspace.run(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "one line: {}", run.stderr);
    }
}

#[test]
fn a_missing_or_empty_index_says_so() {
    let workspace = Workspace::new();
    let run = workspace.run(&["search", "x"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no index at index: run `dictum index PATH` first"), "{}", run.stderr);
    std::fs::create_dir(workspace.path().join("empty")).unwrap();
    workspace.run(&["index", "empty", "--index", "ix"]).ok();
    let run = workspace.run(&["search", "x", "--index", "ix"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("is empty"), "{}", run.stderr);
}

#[test]
fn nothing_matched_exits_with_1() {
    let workspace = seed_index();
    let run = workspace.run(&["search", "zyxwvut"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("0 statements matched"), "{}", run.stdout);
}

fn syntax_index() -> Workspace {
    let workspace = Workspace::new();
    article(
        &workspace,
        "in/a.txt",
        "2021-06",
        "Gespräche über Cybersicherheit",
        "„Die Cybersicherheit ist uns wichtig“, sagte Minister Jan Kos.",
    );
    article(
        &workspace,
        "in/b.txt",
        "2021-07",
        "Sitzung in New York",
        "„Der Sicherheitsrat muss heute noch handeln“, sagte Botschafterin Lena Ost.",
    );
    article(
        &workspace,
        "in/c.txt",
        "2021-08",
        "Handel",
        "„Der Handel mit Getreide läuft wieder an“, sagte Minister Jan Kos.",
    );
    workspace.write(
        "in/d.jsonl",
        "{\"date\": \"2021-09\", \"title\": \"Grain talks\", \"lang\": \"en\", \"text\": \"“The grain corridor will stay open for all ships,” said foreign minister Ana Petrova.\"}\n",
    );
    workspace.run(&["index", "in"]).ok();
    workspace
}

#[test]
fn german_compounds_are_found_by_their_parts() {
    let workspace = syntax_index();
    assert_eq!(workspace.count(&["sicherheit"]), 2, "Cybersicherheit and Sicherheitsrat");
    let hits = workspace.run(&["search", "sicherheit", "--format", "json"]).json();
    let html: Vec<&str> =
        hits["hits"].as_array().unwrap().iter().map(|h| h["snippet_html"].as_str().unwrap()).collect();
    assert!(html.iter().any(|h| h.contains("<mark>Cybersicherheit</mark>")), "{html:?}");
    assert_eq!(workspace.count(&["cybersicherheit"]), 1, "the compound asks for itself, not its parts");
}

#[test]
fn query_syntax() {
    let workspace = syntax_index();
    let cases: [(&str, u64); 14] = [
        ("\"grain corridor\"", 1),
        ("\"corridor grain\"", 0),
        ("handel OR sicherheitsrat", 2),
        ("handel AND sicherheitsrat", 1),
        ("getreide AND sicherheitsrat", 0),
        ("minister -handel", 2),
        ("speaker:kos", 2),
        ("speaker:\"jan kos\" handel", 1),
        ("title:york", 1),
        ("(handel OR getreide) AND speaker:Kos", 1),
        ("getreid~1", 1),
        ("corrid*", 1),
        ("NOT handel", 2),
        ("ships", 1),
    ];
    for (query, expected) in cases {
        assert_eq!(workspace.count(&[query]), expected, "{query}");
    }
}

/// Phrases of frequent words are found through the pair field, the others
/// by positions: either way the same statements.
#[test]
fn phrases_by_pairs_and_by_positions() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "in/a.txt",
        "2021-06",
        "Security council meets",
        "“The security council must protect human rights, and human rights first,” said minister Ana Petrova.",
    );
    article(
        &workspace,
        "in/b.txt",
        "2021-07",
        "Sitzung in Genf",
        "„Die Bundesregierung schützt die Sicherheit der Welt und den Frieden Europas“, sagte Ministerin Lena Ost.",
    );
    workspace.run(&["index", "in"]).ok();
    let cases: [(&str, u64); 18] = [
        ("\"security council\"", 1),
        ("\"council security\"", 0),
        ("\"human right\"", 1),
        ("\"protect human rights\"", 1),
        ("\"human rights first\"", 1),
        ("\"rights human\"", 0),
        ("\"security rights\"~5", 1),
        ("\"security rights\"", 0),
        ("\"security\"", 1),
        ("\"and human\"", 1),
        ("title:\"council meets\"", 1),
        ("title:\"meets council\"", 0),
        ("\"Sicherheit der Welt\"", 1),
        ("\"Welt Sicherheit\"", 0),
        ("\"die Bundesregierung\"", 1),
        ("\"Frieden Europas\"", 1),
        ("\"Europas Frieden\"", 0),
        ("quote:\"security council\" AND \"sicherheit\"", 0),
    ];
    for (query, expected) in cases {
        assert_eq!(workspace.count(&[query]), expected, "{query}");
    }
}

#[test]
fn bad_queries_say_what_and_where() {
    let workspace = syntax_index();
    let cases: [(&str, &str); 6] = [
        ("(handel", "expected ')' at character 8"),
        ("\"handel", "missing delimiter"),
        ("handel~3", "~3 is too fuzzy: at most ~2"),
        ("ha*", "ha* is too short a prefix"),
        ("date:2021", "unknown field \"date\""),
        ("/ha.*/", "regular expressions are not supported"),
    ];
    for (query, message) in cases {
        let run = workspace.run(&["search", query]);
        assert_eq!(run.code, 2, "{query}");
        assert!(run.stderr.contains(message), "{query}: {}", run.stderr);
    }
}

#[test]
fn hits_carry_the_sentence_before_them() {
    let workspace = seed_index();
    let hits = workspace
        .run(&["search", "--speaker", "Rjabkow", "--kind", "direct", "--sort", "date", "--format", "json"])
        .json();
    let contexts: Vec<&str> = hits["hits"].as_array().unwrap().iter().filter_map(|h| h["context"].as_str()).collect();
    assert!(
        contexts.iter().any(|c| c.starts_with("Dies erklärte der stellvertretende russische Außenminister")),
        "{contexts:?}"
    );
    assert!(contexts.contains(&"Lawrows Vize bemängelte:"), "{contexts:?}");
}

#[test]
fn copies_of_one_quote_are_shown_once_with_their_sources() {
    let workspace = Workspace::new();
    let body = "„Wir werden die Grenze nicht schließen, solange ich Ministerin bin“, sagte Ministerin Ana Petrova.";
    article(&workspace, "in/agency.txt", "2022-01-10", "Grenze bleibt offen", body);
    article(&workspace, "in/paper.txt", "2022-01-11", "Grenze bleibt offen", body);
    article(
        &workspace,
        "in/other.txt",
        "2022-01-12",
        "Anderes",
        "„Der Handel geht weiter wie bisher“, sagte Ministerin Ana Petrova.",
    );
    workspace.run(&["index", "in"]).ok();
    let results = workspace.run(&["search", "--speaker", "Petrova", "--format", "json"]).json();
    let hits = results["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2, "{results:#}");
    let copied = hits.iter().find(|h| h["copies"] == 2).expect("one hit with two copies");
    assert_eq!(copied["sources"].as_array().unwrap().len(), 2);
    let all = workspace.run(&["search", "--speaker", "Petrova", "--all-copies", "--format", "json"]).json();
    assert_eq!(all["hits"].as_array().unwrap().len(), 3);
    let text = workspace.run(&["search", "Grenze"]).ok();
    assert!(text.contains("also reported by 1 more"), "{text}");
    let paged =
        workspace.run(&["search", "--speaker", "Petrova", "--limit", "1", "--offset", "1", "--format", "json"]).json();
    assert_eq!(paged["hits"].as_array().unwrap().len(), 1);
    assert_ne!(paged["hits"][0]["id"], results["hits"][0]["id"], "the second page starts after the first");
}

#[test]
fn facets_count_the_whole_result_set() {
    let workspace = Workspace::new();
    let corpus = corpus();
    workspace.run(&["index", corpus.to_str().unwrap()]).ok();
    let results =
        workspace.run(&["search", "--speaker", "Falkner", "--facets", "--limit", "1", "--format", "json"]).json();
    let total = results["total"].as_u64().unwrap();
    assert!(total > 1);
    let facets = &results["facets"];
    let sum = |key: &str| -> u64 { facets[key].as_array().unwrap().iter().map(|c| c["count"].as_u64().unwrap()).sum() };
    assert_eq!(sum("languages"), total, "{facets:#}");
    assert_eq!(sum("kinds"), total);
    assert_eq!(sum("years") + facets["undated"].as_u64().unwrap(), total);
    assert_eq!(facets["speakers"][0]["value"], "Henrike Falkner", "spellings grouped under the full name: {facets:#}");
    let languages: Vec<&str> =
        facets["languages"].as_array().unwrap().iter().map(|c| c["value"].as_str().unwrap()).collect();
    assert!(languages.contains(&"de") && languages.contains(&"en"), "{languages:?}");
    let text = workspace.run(&["search", "--speaker", "Falkner", "--facets", "--limit", "0"]).ok();
    assert!(text.contains("speakers: Henrike Falkner"), "{text}");
}

#[test]
fn timelines_in_every_format() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "in/a.txt",
        "2021-01-05",
        "A",
        "„Wir verhandeln weiter, solange es nötig ist“, sagte Ministerin Ana Petrova.",
    );
    article(
        &workspace,
        "in/b.txt",
        "2021-03",
        "B",
        "„Wir verhandeln nicht mehr mit dieser Regierung“, sagte Ministerin Ana Petrova.",
    );
    article(
        &workspace,
        "in/c.txt",
        "2021",
        "C",
        "„Wir verhandeln, wenn die Waffen schweigen“, sagte Ministerin Ana Petrova.",
    );
    workspace.run(&["index", "in"]).ok();
    let json = workspace.run(&["timeline", "verhandeln", "--format", "json"]).json();
    let periods: Vec<(String, u64)> = json["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["value"].as_str().unwrap().to_string(), p["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(periods, [("2021-01".to_string(), 1), ("2021-02".to_string(), 0), ("2021-03".to_string(), 1)]);
    assert_eq!(json["year_only"][0]["value"], "2021");
    assert_eq!(json["total"], 3);
    let yearly = workspace.run(&["timeline", "verhandeln", "--by", "year", "--format", "csv"]).ok();
    assert_eq!(yearly, "period,statements\n2021,3\n");
    let text = workspace.run(&["timeline", "--speaker", "Petrova"]).ok();
    assert!(text.contains("2021-02   0") && text.contains("█"), "{text}");
    let svg = workspace.run(&["timeline", "verhandeln", "--format", "svg"]).ok();
    assert!(
        svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>") && svg.matches("<rect").count() == 3,
        "{svg}"
    );
    assert_eq!(workspace.run(&["timeline", "zyxwvu"]).code, 1);
}

#[test]
fn show_prints_a_statement_in_its_article() {
    let workspace = seed_index();
    let hit = workspace.run(&["search", "Segment", "--format", "jsonl"]).json_lines().remove(0);
    let id = hit["id"].as_str().unwrap();
    let text = workspace.run(&["show", id]).ok();
    assert!(text.contains("speaker: Sergei Rjabkow"), "{text}");
    assert!(text.contains("Lawrows Vize bemängelte:\n\n»»\"Selbst in dem engen Segment"), "{text}");
    let json = workspace.run(&["show", id, "--format", "json"]).json();
    let [start, end] = [json["span"][0].as_u64().unwrap() as usize, json["span"][1].as_u64().unwrap() as usize];
    assert!(json["article_text"].as_str().unwrap()[start..end].starts_with("\"Selbst"));
    let missing = workspace.run(&["show", "0000000000000000"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("no statement with id"), "{}", missing.stderr);
}
