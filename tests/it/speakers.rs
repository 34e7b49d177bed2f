//! Speaker identities: the name-pair table and transliteration-aware
//! speaker search on indexed articles.

use crate::util::{Workspace, article, copy_seed};

/// One row of a name-pair table in `tests/data`.
struct Pair {
    same: bool,
    a: String,
    b: String,
}

fn name_pairs(table: &str) -> Vec<Pair> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(table);
    std::fs::read_to_string(path)
        .expect("the name-pair table")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            assert!(matches!(fields[0], "same" | "different"), "{line}");
            Pair { same: fields[0] == "same", a: fields[1].to_string(), b: fields[2].to_string() }
        })
        .collect()
}

/// Precision and recall of speaker matching on a name-pair table, printed
/// with the pairs it gets wrong.
fn score_name_pairs(table: &str) -> (f64, f64, Vec<String>) {
    let pairs = name_pairs(table);
    assert!(pairs.len() >= 40, "at least 40 pairs in {table}");
    let (mut true_positive, mut false_positive, mut false_negative) = (0, 0, 0);
    let mut misses = Vec::new();
    for pair in &pairs {
        let matched = dictum::speaker::matches(&pair.a, &pair.b) || dictum::speaker::matches(&pair.b, &pair.a);
        match (pair.same, matched) {
            (true, true) => true_positive += 1,
            (true, false) => {
                false_negative += 1;
                misses.push(format!("not joined: {} / {}", pair.a, pair.b));
            }
            (false, true) => {
                false_positive += 1;
                misses.push(format!("wrongly joined: {} / {}", pair.a, pair.b));
            }
            (false, false) => {}
        }
    }
    let precision = true_positive as f64 / (true_positive + false_positive) as f64;
    let recall = true_positive as f64 / (true_positive + false_negative) as f64;
    println!(
        "{table}: {} pairs ({} same, {} different)",
        pairs.len(),
        true_positive + false_negative,
        pairs.len() - true_positive - false_negative
    );
    println!("precision {precision:.3} recall {recall:.3}");
    for miss in &misses {
        println!("{miss}");
    }
    (precision, recall, misses)
}

#[test]
fn name_pairs_match_with_high_precision_and_recall() {
    let (precision, recall, misses) = score_name_pairs("name_pairs.tsv");
    assert!(precision >= 0.98, "precision {precision:.3}: {misses:#?}");
    assert!(recall >= 0.97, "recall {recall:.3}: {misses:#?}");
}

#[test]
fn name_pairs_german_in_cyrillic_match_with_high_precision_and_recall() {
    let (precision, recall, misses) = score_name_pairs("name_pairs_cyrillic.tsv");
    assert!(precision >= 0.98, "precision {precision:.3}: {misses:#?}");
    assert!(recall >= 0.97, "recall {recall:.3}: {misses:#?}");
}

#[test]
fn every_spelling_finds_the_seed_quotes() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "in/seed.txt");
    workspace.run(&["index", "in"]).ok();
    for spelling in ["Ryabkov", "Rjabkow", "Riabkov", "Рябков", "sergej rjabkow", "Sergey Ryabkov", "Sergueï Riabkov"]
    {
        assert_eq!(workspace.count(&["--speaker", spelling, "--kind", "direct"]), 3, "{spelling}");
    }
    for other in ["Lavrov", "Lawrow", "Sergei Lavrov", "Rjabow"] {
        assert_eq!(workspace.count(&["--speaker", other]), 0, "{other}");
    }
}

#[test]
fn english_and_german_spellings_find_each_other() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "in/de.txt",
        "2022-03",
        "D",
        "„Wir lehnen jede weitere Runde ab“, sagte Kremlsprecher Dmitri Peskow.",
    );
    workspace.write(
        "in/en.jsonl",
        "{\"date\": \"2022-04\", \"title\": \"E\", \"lang\": \"en\", \"text\": \"“We reject any further round of talks,” Kremlin spokesman Dmitry Peskov said.\"}\n",
    );
    workspace.run(&["index", "in"]).ok();
    for spelling in ["Peskow", "Peskov", "Песков", "dmitrij peskow"] {
        assert_eq!(workspace.count(&["--speaker", spelling]), 2, "{spelling}");
    }
}

#[test]
fn a_german_name_written_in_cyrillic_finds_its_speaker() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "in/de.txt",
        "2023-05",
        "D",
        "„Wir bleiben bei unserem Angebot“, sagte Staatssekretär Heiko Steinfelder.",
    );
    workspace.run(&["index", "in"]).ok();
    for spelling in ["Хайко Штайнфельдер", "Штайнфельдер", "Heiko Steinfelder"] {
        assert_eq!(workspace.count(&["--speaker", spelling]), 1, "{spelling}");
    }
    for other in ["Штайнфельд", "Хайко Шпан", "Steinfeld"] {
        assert_eq!(workspace.count(&["--speaker", other]), 0, "{other}");
    }
}

/// The UN General Debate speeches of a few countries, converted by the
/// shared tool, as JSON Lines in the workspace.
fn un_speeches(workspace: &Workspace, countries: &[&str]) {
    let out = workspace.path().join("converted");
    let status = std::process::Command::new("python3")
        .arg(crate::util::shared().join("tools/ungdc_to_jsonl.py"))
        .arg(&out)
        .arg("--years")
        .arg("2000-2022")
        .stdout(std::process::Stdio::null())
        .status()
        .expect("python3 runs the converter");
    assert!(status.success());
    let mut kept = String::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        for line in std::fs::read_to_string(entry.unwrap().path()).unwrap().lines() {
            let record: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = record["id"].as_str().unwrap();
            if countries.iter().any(|c| id.starts_with(&format!("{c}_"))) {
                kept.push_str(line);
                kept.push('\n');
            }
        }
    }
    std::fs::remove_dir_all(&out).unwrap();
    workspace.write("un/speeches.jsonl", kept);
}

#[test]
fn the_un_speeches_list_lavrov_once_with_every_spelling_and_year() {
    let workspace = Workspace::new();
    un_speeches(&workspace, &["RUS", "USA", "DEU"]);
    workspace.run(&["index", "un"]).ok();
    let listing = workspace.run(&["speakers", "Lavrov", "--format", "json"]).json();
    assert_eq!(listing["total"], 1, "{listing:#}");
    let lavrov = &listing["speakers"][0];
    assert_eq!(lavrov["name"], "Sergey Lavrov");
    let spellings: Vec<&str> =
        lavrov["spellings"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    for spelling in ["Sergey Lavrov", "Sergei Lavrov", "Sergey V. Lavrov"] {
        assert!(spellings.contains(&spelling), "{spelling} in {spellings:?}");
    }
    let years: Vec<i64> = lavrov["years"].as_array().unwrap().iter().map(|y| y.as_i64().unwrap()).collect();
    assert!(years.contains(&2004) && years.contains(&2022) && !years.contains(&2003), "{years:?}");
    assert_eq!(lavrov["count"], 15, "one statement per speech: {lavrov:#}");
    let text = workspace.run(&["speakers", "Lawrow"]).ok();
    assert!(text.starts_with("Sergey Lavrov  "), "the German spelling finds him too: {text}");
}

#[test]
fn speakers_lists_roles_dates_and_filters() {
    let workspace = Workspace::new();
    article(
        &workspace,
        "in/a.txt",
        "2021-03",
        "A",
        "„Wir bleiben bei unserer Linie“, sagte Außenministerin Ana Petrova.",
    );
    article(
        &workspace,
        "in/b.txt",
        "2023-05-02",
        "B",
        "„Die Gespräche sind beendet“, sagte Regierungschefin Ana Petrova.",
    );
    article(
        &workspace,
        "in/c.txt",
        "2022",
        "C",
        "„Wir warten ab, was die andere Seite vorschlägt“, sagte Botschafter Ivo Marek.",
    );
    workspace.run(&["index", "in"]).ok();
    let all = workspace.run(&["speakers", "--format", "json"]).json();
    assert_eq!(all["total"], 2, "{all:#}");
    let petrova = &all["speakers"][0];
    assert_eq!(petrova["name"], "Ana Petrova");
    assert_eq!(petrova["count"], 2);
    assert_eq!(petrova["first"], "2021-03");
    assert_eq!(petrova["last"], "2023-05-02");
    let roles: Vec<&str> = petrova["roles"].as_array().unwrap().iter().map(|r| r["role"].as_str().unwrap()).collect();
    assert!(roles.contains(&"Außenministerin") && roles.contains(&"Regierungschefin"), "{roles:?}");
    let in_2022 = workspace.run(&["speakers", "--from", "2022", "--to", "2022", "--format", "json"]).json();
    assert_eq!(in_2022["total"], 1);
    assert_eq!(in_2022["speakers"][0]["name"], "Ivo Marek");
    let csv = workspace.run(&["speakers", "--format", "csv"]).ok();
    assert!(csv.starts_with("name,statements,first,last,years,spellings,roles\n"), "{csv}");
    assert_eq!(workspace.run(&["speakers", "Nobody"]).code, 1);
    assert_eq!(workspace.count(&["--role", "außenministerin"]), 1);
    assert_eq!(workspace.count(&["--role", "aussenministerin"]), 1);
    assert_eq!(workspace.count(&["--role", "Botschafter", "--speaker", "Petrova"]), 0);
}

#[test]
fn a_pronoun_no_article_resolves_is_no_speaker_to_list_or_search() {
    let workspace = Workspace::new();
    let unresolved =
        "Die Brücke über den Fluss bleibt gesperrt. Er sagte am Montag, die Reparatur werde Monate dauern.";
    article(&workspace, "in/a.txt", "2024-05", "Brücke", unresolved);
    article(
        &workspace,
        "in/b.txt",
        "2024-06",
        "Fähre",
        "Die Fähre fährt wieder. Er sagte, der Fahrplan gelte ab Juni.",
    );
    article(&workspace, "in/c.txt", "2024-06", "Hafen", "„Wir sind zufrieden“, sagte Ministerin Lena Brandt.");
    let records = workspace.run(&["extract", "in", "--format", "jsonl"]).json_lines();
    let unnamed: Vec<&serde_json::Value> = records.iter().filter(|r| r["speaker"]["name"].is_null()).collect();
    assert_eq!(unnamed.len(), 2, "{records:#?}");
    for record in unnamed {
        assert_eq!(record["speaker"]["mention"]["text"], "Er", "the mention stays for the reader: {record:#}");
        assert_eq!(record["speaker_key"], serde_json::json!([]), "no key to search it under: {record:#}");
    }
    workspace.run(&["index", "in"]).ok();
    let listing = workspace.run(&["speakers", "--format", "json"]).json();
    assert_eq!(listing["total"], 1, "two articles' \"Er\" are no one speaker: {listing:#}");
    assert_eq!(listing["speakers"][0]["name"], "Lena Brandt");
    assert_eq!(workspace.count(&["--speaker", "Er"]), 0);
    assert_eq!(workspace.count(&["Reparatur"]), 1, "the statement is still found by its words");
}

#[test]
fn the_alias_file_merges_and_splits_people() {
    let workspace = Workspace::new();
    article(&workspace, "in/a.txt", "2021", "A", "„Wir bleiben bei unserer Linie“, sagte Regierungssprecher Jan Kos.");
    article(&workspace, "in/b.txt", "2021", "B", "„Das ist nicht verhandelbar“, sagte Minister Jan Kos.");
    article(&workspace, "in/c.txt", "2021", "C", "„Keine Einigung in Sicht“, sagte Sprecherin Lena Ost.");
    article(&workspace, "in/d.txt", "2019", "D", "„Wir prüfen den Vorschlag“, sagte Sprecherin Lena Weber.");
    workspace.run(&["index", "in"]).ok();
    workspace.write(
        "aliases.toml",
        "[[person]]\nname = \"Jan Kos (Minister)\"\nmatch = \"Jan Kos\"\nrole = \"Minister\"\n\n[[person]]\nname = \"Lena Ost\"\naliases = [\"Lena Weber\"]\n",
    );
    let listing = workspace.run(&["speakers", "--aliases", "aliases.toml", "--format", "json"]).json();
    let speakers = listing["speakers"].as_array().unwrap();
    let named =
        |name: &str| speakers.iter().find(|s| s["name"] == name).unwrap_or_else(|| panic!("{name} in {listing:#}"));
    assert_eq!(named("Jan Kos (Minister)")["count"], 1, "split off by role");
    assert_eq!(named("Jan Kos")["count"], 1, "the other Jan Kos");
    assert_eq!(named("Lena Ost")["count"], 2, "merged with her other name");
    assert_eq!(listing["total"], 3);
    assert_eq!(workspace.count(&["--speaker", "Jan Kos (Minister)", "--aliases", "aliases.toml"]), 1);
    assert_eq!(workspace.count(&["--speaker", "Lena Ost", "--aliases", "aliases.toml"]), 2);
    assert_eq!(workspace.count(&["--speaker", "Lena Ost"]), 1, "without the file, one name");
    let broken = workspace.write("broken.toml", "[[person]]\nname = 3\n");
    let run = workspace.run(&["speakers", "--aliases", broken.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("broken.toml:2:"), "{}", run.stderr);
}

#[test]
fn the_issue_examples_work_on_indexed_articles() {
    // Records with a speaker in their metadata and a placeholder text: the
    // names are real, so no words are put in anyone's mouth.
    let workspace = Workspace::new();
    let people = [
        ("de", "Sergej Lawrow"),
        ("en", "Sergey Lavrov"),
        ("de", "Maria Sacharowa"),
        ("en", "Maria Zakharova"),
        ("de", "Sergei Schoigu"),
        ("en", "Sergei Shoigu"),
        ("de", "Wolodymyr Selenskyj"),
        ("en", "Volodymyr Zelenskyy"),
        ("en", "Xi Jinping"),
        ("de", "Alexander Lawrentjew"),
    ];
    let mut lines = String::new();
    for (i, (lang, name)) in people.iter().enumerate() {
        lines += &serde_json::json!({
            "id": i, "date": "2022", "title": "Placeholder", "lang": lang, "speaker": name,
            "text": "[transcript not reproduced here]",
        })
        .to_string();
        lines.push('\n');
    }
    workspace.write("in/records.jsonl", lines);
    workspace.run(&["index", "in"]).ok();
    let cases: [(&str, u64); 12] = [
        ("Lawrow", 2),
        ("Lavrov", 2),
        ("Лавров", 2),
        ("Sacharowa", 2),
        ("Zakharova", 2),
        ("Schoigu", 2),
        ("Shoigu", 2),
        ("Selenskyj", 2),
        ("Zelensky", 2),
        ("Zelenskyy", 2),
        ("Xi Jinping", 1),
        ("Lawrentjew", 1),
    ];
    for (name, expected) in cases {
        assert_eq!(workspace.count(&["--speaker", name]), expected, "{name}");
    }
    let listing = workspace.run(&["speakers", "--format", "json"]).json();
    assert_eq!(listing["total"], 6, "five people and Lawrentjew: {listing:#}");
}
