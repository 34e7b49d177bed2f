//! `dictum eval` on the shared gold sets: the figures agree with the
//! reference scorer and do not fall below the floors reached so far.

use std::process::Command;

use crate::util::{Workspace, dictum_in, shared};

/// Parses "message P … F1 x | speaker P … F1 y | joint F1 z" and the name
/// accuracy line into (message F1, speaker F1, name accuracy).
fn figures(output: &str) -> (f64, f64, Option<f64>) {
    let number_after = |line: &str, key: &str| -> f64 {
        let rest = &line[line.find(key).unwrap_or_else(|| panic!("{key} in {line}")) + key.len()..];
        rest.split_whitespace().next().unwrap().parse().unwrap()
    };
    let last = output.lines().last().unwrap();
    let (message, speaker) = last.split_once('|').unwrap();
    let names = output.lines().find(|l| l.starts_with("speaker name accuracy")).map(|l| number_after(l, "accuracy"));
    (number_after(message, "F1"), number_after(speaker, "F1"), names)
}

fn eval(gold: &str) -> String {
    let path = shared().join(gold);
    dictum_in(std::path::Path::new("."), &["eval", path.to_str().unwrap()]).ok()
}

// Floors: the figures reached so far. Raise them as attribution improves;
// never lower them.
const GERMAN_MESSAGE_F1: f64 = 0.813;
const GERMAN_SPEAKER_F1: f64 = 0.744;
const GERMAN_NAME_ACCURACY: f64 = 0.858;
const ENGLISH_MESSAGE_F1: f64 = 0.827;
const ENGLISH_SPEAKER_F1: f64 = 0.733;

#[test]
fn german_dev_stays_above_the_floor() {
    let output = eval("gold/wikinews-de/dev.jsonl");
    let (message, speaker, names) = figures(&output);
    assert!(message >= GERMAN_MESSAGE_F1, "{output}");
    assert!(speaker >= GERMAN_SPEAKER_F1, "{output}");
    assert!(names.unwrap() >= GERMAN_NAME_ACCURACY, "{output}");
}

#[test]
fn english_dev_stays_above_the_floor() {
    let output = eval("gold/polnear-en/dev.jsonl");
    let (message, speaker, _) = figures(&output);
    assert!(message >= ENGLISH_MESSAGE_F1, "{output}");
    assert!(speaker >= ENGLISH_SPEAKER_F1, "{output}");
}

#[test]
fn eval_agrees_with_the_reference_scorer() {
    let gold = shared().join("gold/wikinews-de/dev.jsonl");
    let articles = shared().join("gold/wikinews-de/dev");
    let workspace = Workspace::new();
    let predictions = dictum_in(std::path::Path::new("."), &["extract", articles.to_str().unwrap()]).ok();
    let predicted = workspace.write("pred.jsonl", predictions);
    let scorer = Command::new("python3")
        .arg(shared().join("tools/score_quotes.py"))
        .arg(&gold)
        .arg(&predicted)
        .arg("--by-type")
        .output()
        .expect("python3 runs the reference scorer");
    assert!(scorer.status.success(), "{}", String::from_utf8_lossy(&scorer.stderr));
    let reference = String::from_utf8(scorer.stdout).unwrap();
    let ours = dictum_in(std::path::Path::new("."), &["eval", gold.to_str().unwrap(), "--by-type"]).ok();
    assert_eq!(ours.trim_end(), reference.trim_end());
}

#[test]
fn a_broken_gold_file_is_an_error_with_its_line() {
    let workspace = Workspace::new();
    workspace.write("gold.jsonl", "{\"file\": \"a.txt\", \"quotes\": []}\n{oops\n");
    let run = workspace.run(&["eval", "gold.jsonl"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("gold.jsonl:2:"), "{}", run.stderr);
}
