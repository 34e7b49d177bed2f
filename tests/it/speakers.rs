//! Speaker identities: the name-pair table and transliteration-aware
//! speaker search on indexed articles.

use crate::util::{Workspace, article, copy_seed};

/// One row of `tests/data/name_pairs.tsv`.
struct Pair {
    same: bool,
    a: String,
    b: String,
}

fn name_pairs() -> Vec<Pair> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/name_pairs.tsv");
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

#[test]
fn name_pairs_match_with_high_precision_and_recall() {
    let pairs = name_pairs();
    assert!(pairs.len() >= 60, "at least 60 pairs");
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
        "name pairs: {} ({} same, {} different)",
        pairs.len(),
        true_positive + false_negative,
        pairs.len() - true_positive - false_negative
    );
    println!("precision {precision:.3} recall {recall:.3}");
    for miss in &misses {
        println!("{miss}");
    }
    assert!(precision >= 0.98, "precision {precision:.3}: {misses:#?}");
    assert!(recall >= 0.95, "recall {recall:.3}: {misses:#?}");
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
