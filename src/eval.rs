//! Scoring extracted statements against gold annotations, with the same
//! measure as the shared reference scorer (`score_quotes.py`): word-overlap
//! precision and recall of messages and speaker mentions over non-nested
//! gold quotes, one-to-one pairing by most shared words, and the accuracy of
//! resolved speaker names.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use rayon::prelude::*;
use regex::Regex;
use serde::Deserialize;

use crate::article::{self, ReadOptions};
use crate::error::{Error, Result};
use crate::quote::{self, Statement};

/// One gold article.
#[derive(Debug, Deserialize)]
pub struct GoldArticle {
    pub file: String,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

/// One gold statement.
#[derive(Debug, Deserialize)]
pub struct GoldQuote {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub nested: bool,
    pub quote: Vec<[usize; 2]>,
    #[serde(default)]
    pub speaker: Vec<[usize; 2]>,
    /// Absent when the gold set does not resolve names; `null` when the
    /// article names no speaker.
    #[serde(default, deserialize_with = "present")]
    pub speaker_name: Option<Option<String>>,
}

fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// Counts summed over articles.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub message_shared: usize,
    pub message_predicted: usize,
    pub message_gold: usize,
    pub speaker_shared: usize,
    pub speaker_predicted: usize,
    pub speaker_gold: usize,
    pub names_gold: usize,
    pub names_right: usize,
}

/// Per gold type: how many quotes, how many paired, and message recall.
#[derive(Debug, Default, Clone)]
pub struct TypeCounts {
    pub gold: usize,
    pub found: usize,
    pub message_gold: usize,
    pub message_shared: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(shared: usize, predicted: usize, gold: usize) -> Prf {
        let precision = if predicted > 0 { shared as f64 / predicted as f64 } else { 0.0 };
        let recall = if gold > 0 { shared as f64 / gold as f64 } else { 0.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Prf { precision, recall, f1 }
    }
}

/// The outcome of an evaluation.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub counts: Counts,
    pub by_type: BTreeMap<String, TypeCounts>,
    pub articles: usize,
}

impl Report {
    pub fn message(&self) -> Prf {
        let c = &self.counts;
        Prf::new(c.message_shared, c.message_predicted, c.message_gold)
    }

    pub fn speaker(&self) -> Prf {
        let c = &self.counts;
        Prf::new(c.speaker_shared, c.speaker_predicted, c.speaker_gold)
    }

    pub fn joint(&self) -> Prf {
        let c = &self.counts;
        Prf::new(
            c.message_shared + c.speaker_shared,
            c.message_predicted + c.speaker_predicted,
            c.message_gold + c.speaker_gold,
        )
    }

    /// Share of paired gold quotes with a gold name whose predicted name
    /// matches; `None` when the gold set has no names.
    pub fn name_accuracy(&self) -> Option<f64> {
        let c = &self.counts;
        (c.names_gold > 0).then(|| c.names_right as f64 / c.names_gold as f64)
    }

    /// The reference scorer's summary lines.
    pub fn summary(&self, by_type: bool) -> String {
        let mut out = String::new();
        if by_type {
            for (kind, t) in &self.by_type {
                let recall = if t.message_gold > 0 { t.message_shared as f64 / t.message_gold as f64 } else { 0.0 };
                out += &format!("type {kind:22} gold {:5} found {:5} message recall {recall:.3}\n", t.gold, t.found);
            }
        }
        if let Some(accuracy) = self.name_accuracy() {
            out += &format!(
                "speaker name accuracy {accuracy:.3} ({}/{} paired quotes with a gold name)\n",
                self.counts.names_right, self.counts.names_gold
            );
        }
        let (m, s, j) = (self.message(), self.speaker(), self.joint());
        out += &format!(
            "message P {:.3} R {:.3} F1 {:.3} | speaker P {:.3} R {:.3} F1 {:.3} | joint F1 {:.3}",
            m.precision, m.recall, m.f1, s.precision, s.recall, s.f1, j.f1
        );
        out
    }

    pub(crate) fn add(&mut self, other: Report) {
        let (a, b) = (&mut self.counts, other.counts);
        a.message_shared += b.message_shared;
        a.message_predicted += b.message_predicted;
        a.message_gold += b.message_gold;
        a.speaker_shared += b.speaker_shared;
        a.speaker_predicted += b.speaker_predicted;
        a.speaker_gold += b.speaker_gold;
        a.names_gold += b.names_gold;
        a.names_right += b.names_right;
        for (kind, t) in other.by_type {
            let into = self.by_type.entry(kind).or_default();
            into.gold += t.gold;
            into.found += t.found;
            into.message_gold += t.message_gold;
            into.message_shared += t.message_shared;
        }
        self.articles += other.articles;
    }
}

/// Reads a gold file: one article per line.
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut gold = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let article = serde_json::from_str(line).map_err(|e| Error::Gold {
            path: path.to_path_buf(),
            line: index + 1,
            reason: e.to_string(),
        })?;
        gold.push(article);
    }
    Ok(gold)
}

/// Extracts statements from every gold article (paths relative to the gold
/// file) and scores them.
pub fn evaluate(gold_path: &Path) -> Result<Report> {
    let gold = read_gold(gold_path)?;
    let base = gold_path.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let reports: Vec<Result<Report>> = gold
        .par_iter()
        .map(|g| {
            let path = base.join(&g.file);
            let loaded = article::read_file(&path, &ReadOptions::default())?;
            let statements: Vec<Statement> = loaded.articles.iter().flat_map(quote::extract).collect();
            let text = loaded.articles.first().map(|a| a.text.as_str()).unwrap_or_default();
            Ok(score_article(text, g, &statements))
        })
        .collect();
    let mut total = Report::default();
    for report in reports {
        total.add(report?);
    }
    Ok(total)
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid pattern"));

/// Indices of the words lying wholly inside any of `spans`.
fn words_in(words: &[Range<usize>], spans: &[Range<usize>]) -> HashSet<usize> {
    let mut out = HashSet::new();
    for span in spans {
        let first = words.partition_point(|w| w.start < span.start);
        for (index, word) in words.iter().enumerate().skip(first) {
            if word.start >= span.end {
                break;
            }
            if word.end <= span.end {
                out.insert(index);
            }
        }
    }
    out
}

fn to_ranges(spans: &[[usize; 2]]) -> Vec<Range<usize>> {
    spans.iter().map(|[s, e]| *s..*e).collect()
}

/// Scores one article's predictions.
pub fn score_article(text: &str, gold: &GoldArticle, predicted: &[Statement]) -> Report {
    let words: Vec<Range<usize>> = WORD.find_iter(text).map(|m| m.range()).collect();
    let quotes: Vec<&GoldQuote> = gold.quotes.iter().filter(|q| !q.nested).collect();
    let gold_words: Vec<HashSet<usize>> = quotes.iter().map(|q| words_in(&words, &to_ranges(&q.quote))).collect();
    let gold_speakers: Vec<HashSet<usize>> = quotes.iter().map(|q| words_in(&words, &to_ranges(&q.speaker))).collect();
    let predicted_words: Vec<HashSet<usize>> = predicted.iter().map(|s| words_in(&words, &s.spans)).collect();
    let predicted_speakers: Vec<HashSet<usize>> =
        predicted.iter().map(|s| words_in(&words, speaker_mention(s).as_slice())).collect();
    let mut report = Report { articles: 1, ..Report::default() };
    let counts = &mut report.counts;
    counts.message_predicted = predicted_words.iter().map(HashSet::len).sum();
    counts.message_gold = gold_words.iter().map(HashSet::len).sum();
    counts.speaker_predicted = predicted_speakers.iter().map(HashSet::len).sum();
    counts.speaker_gold = gold_speakers.iter().map(HashSet::len).sum();
    for (j, quote) in quotes.iter().enumerate() {
        let t = report.by_type.entry(quote.kind.clone()).or_default();
        t.gold += 1;
        t.message_gold += gold_words[j].len();
    }
    for (i, j, shared) in pairs(&predicted_words, &gold_words) {
        let counts = &mut report.counts;
        counts.message_shared += shared;
        counts.speaker_shared += predicted_speakers[i].intersection(&gold_speakers[j]).count();
        let t = report.by_type.entry(quotes[j].kind.clone()).or_default();
        t.found += 1;
        t.message_shared += shared;
        if let Some(Some(gold_name)) = &quotes[j].speaker_name
            && !gold_name.is_empty()
        {
            report.counts.names_gold += 1;
            let predicted_name = predicted[i].speaker.as_ref().and_then(|s| s.name.as_deref()).unwrap_or_default();
            if name_match(predicted_name, gold_name) {
                report.counts.names_right += 1;
            }
        }
    }
    report
}

/// The scorer's one-to-one pairing: predicted and gold quotes by most
/// shared words, greedily. Returns (predicted, gold, shared words).
fn pairs(predicted_words: &[HashSet<usize>], gold_words: &[HashSet<usize>]) -> Vec<(usize, usize, usize)> {
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in predicted_words.iter().enumerate() {
        for (j, g) in gold_words.iter().enumerate() {
            let overlap = p.intersection(g).count();
            if overlap > 0 {
                candidates.push((overlap, i, j));
            }
        }
    }
    candidates.sort_unstable_by(|a, b| b.cmp(a));
    let mut used_predicted = HashSet::new();
    let mut used_gold = HashSet::new();
    let mut paired = Vec::new();
    for (shared, i, j) in candidates {
        if used_predicted.contains(&i) || used_gold.contains(&j) {
            continue;
        }
        used_predicted.insert(i);
        used_gold.insert(j);
        paired.push((i, j, shared));
    }
    paired
}

/// What one predicted statement brings to the joint score: the words of
/// its message and speaker mention, and how many of them the gold quote it
/// is paired with holds (none when it pairs with none).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contribution {
    pub message_words: usize,
    pub message_shared: usize,
    pub speaker_words: usize,
    pub speaker_shared: usize,
}

/// The contribution of each predicted statement, paired as the scorer
/// pairs them: what a trained filter learns to tell apart.
pub fn contributions(text: &str, gold: &GoldArticle, predicted: &[Statement]) -> Vec<Contribution> {
    let words: Vec<Range<usize>> = WORD.find_iter(text).map(|m| m.range()).collect();
    let quotes: Vec<&GoldQuote> = gold.quotes.iter().filter(|q| !q.nested).collect();
    let gold_words: Vec<HashSet<usize>> = quotes.iter().map(|q| words_in(&words, &to_ranges(&q.quote))).collect();
    let predicted_words: Vec<HashSet<usize>> = predicted.iter().map(|s| words_in(&words, &s.spans)).collect();
    let mut out: Vec<Contribution> = predicted
        .iter()
        .zip(&predicted_words)
        .map(|(statement, message)| Contribution {
            message_words: message.len(),
            speaker_words: words_in(&words, speaker_mention(statement).as_slice()).len(),
            ..Contribution::default()
        })
        .collect();
    for (i, j, shared) in pairs(&predicted_words, &gold_words) {
        let speaker = words_in(&words, speaker_mention(&predicted[i]).as_slice());
        out[i].message_shared = shared;
        out[i].speaker_shared = speaker.intersection(&words_in(&words, &to_ranges(&quotes[j].speaker))).count();
    }
    out
}

fn speaker_mention(statement: &Statement) -> Option<Range<usize>> {
    statement.speaker.as_ref().and_then(|speaker| speaker.mention.clone())
}

/// The scorer's name comparison: equal after folding, or the same last word.
pub fn name_match(predicted: &str, gold: &str) -> bool {
    let fold = |s: &str| quote::fold(s).replace('ß', "ss").trim().to_string();
    let (p, g) = (fold(predicted), fold(gold));
    if p.is_empty() || g.is_empty() {
        return false;
    }
    p == g || p.split_whitespace().last() == g.split_whitespace().last()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::{Kind, Speaker};

    #[test]
    fn scores_overlap_and_names() {
        let text = "Er sagte: „Wir kommen morgen früh.“ Dann ging er.";
        let quote_start = text.find('„').unwrap();
        let quote_end = text.find('“').unwrap() + '“'.len_utf8();
        let gold: GoldArticle = serde_json::from_value(serde_json::json!({
            "file": "a.txt",
            "quotes": [{"type": "Direct", "nested": false, "quote": [[quote_start, quote_end]], "speaker": [[0, 2]], "speaker_name": "Hans Meier"}]
        }))
        .unwrap();
        let statement = |spans: Vec<Range<usize>>, name: &str| Statement {
            kind: Kind::Direct,
            spans,
            speaker: Some(Speaker { name: Some(name.to_string()), role: None, mention: Some(0..2) }),
            cue: None,
            rule: "test",
            filter_score: None,
        };
        let perfect = score_article(text, &gold, &[statement(vec![quote_start..quote_end], "Meier")]);
        assert_eq!(perfect.message().f1, 1.0);
        assert_eq!(perfect.speaker().f1, 1.0);
        assert_eq!(perfect.name_accuracy(), Some(1.0));
        let half = score_article(text, &gold, &[statement(vec![quote_start..quote_start + 12], "Schulz")]);
        assert!(half.message().recall < 0.5 && half.message().precision == 1.0);
        assert_eq!(half.name_accuracy(), Some(0.0));
        let none = score_article(text, &gold, &[]);
        assert_eq!(none.message().f1, 0.0);
    }

    #[test]
    fn names_match_by_last_word_after_folding() {
        assert!(name_match("Sergei Rjabkow", "rjabkow"));
        assert!(name_match("Außenministerium", "AUSSENMINISTERIUM"));
        assert!(!name_match("", "Rjabkow"));
        assert!(!name_match("Lawrow", "Rjabkow"));
    }
}
