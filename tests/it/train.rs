//! `dictum train`: the shipped weights of the German statement filter are
//! what training on the gold train split gives, byte for byte.

use crate::util::{Workspace, dictum_in, shared};

#[test]
fn training_on_the_train_split_reproduces_the_shipped_weights() {
    let workspace = Workspace::new();
    let out = workspace.path().join("weights-de.txt");
    let gold = shared().join("gold/wikinews-de/train.jsonl");
    let run = dictum_in(std::path::Path::new("."), &["train", gold.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let trained = std::fs::read_to_string(&out).expect("train writes the weights");
    let shipped = include_str!("../../src/quote/weights-de.txt");
    assert!(trained.lines().count() > 10, "{trained}");
    assert!(trained == shipped, "retrain with `dictum train {} --out src/quote/weights-de.txt`", gold.display());
}

#[test]
fn train_reports_the_filter_on_other_gold_files() {
    let workspace = Workspace::new();
    let gold = shared().join("gold/wikinews-de/dev.jsonl");
    let run = workspace.run(&["train", gold.to_str().unwrap(), "--out", "w.txt", "--report", gold.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.lines().any(|l| l.contains("threshold  none:")), "{}", run.stdout);
    assert!(run.stdout.lines().filter(|l| l.contains("message P")).count() > 2, "{}", run.stdout);
}
