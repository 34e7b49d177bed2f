//! The JSON shape of an extracted statement: the contract of
//! `dictum extract --format jsonl` that scorers, `dictum index
//! --statements`, Spark jobs and Quickwit read.
//!
//! The format is versioned by `format`: fields may be added without a new
//! version, but a field that changes meaning or goes away raises it.

use serde::{Deserialize, Serialize};

use super::Statement;
use crate::article::Article;
use crate::speaker;

/// A byte span with its text.
#[derive(Debug, Serialize, Deserialize)]
pub struct SpanRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The quote: one span, or several when the attribution interrupts it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum QuoteRecord {
    One(SpanRecord),
    Split { spans: Vec<[usize; 2]>, text: String },
}

/// The speaker as extracted.
#[derive(Debug, Serialize, Deserialize)]
pub struct SpeakerRecord {
    pub name: String,
    pub role: Option<String>,
    pub mention: Option<SpanRecord>,
}

/// The version of the record format.
pub const RECORD_FORMAT: u32 = 1;

/// One statement as `extract` prints it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub file: String,
    /// The record within a JSON input (line or position); absent for text files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<usize>,
    pub kind: String,
    pub quote: QuoteRecord,
    pub speaker: Option<SpeakerRecord>,
    pub cue: Option<SpanRecord>,
    pub rule: String,
    pub date: Option<String>,
    pub title: String,
    pub lang: String,
    /// The file's encoding when it was not UTF-8 (offsets then count bytes of
    /// the text as decoded to UTF-8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// The speaker's name keys: what `--speaker` matches, one per spelling
    /// habit, so that other search engines can match names as dictum does.
    #[serde(default)]
    pub speaker_key: Vec<String>,
    /// The first and the last second of the date's period (a month for
    /// "2021-06"), RFC 3339 in UTC.
    #[serde(default)]
    pub date_start: Option<String>,
    #[serde(default)]
    pub date_end: Option<String>,
    /// The sentence before the statement, or the question a transcript turn answers.
    #[serde(default)]
    pub context: Option<String>,
    /// The quote's words as dictum's analyzer for its language indexes
    /// them, for search engines without that analyzer (`extract --terms`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// The version of this format ([`RECORD_FORMAT`]).
    pub format: u32,
}

/// A moment of a day in RFC 3339, UTC.
fn instant(day: chrono::NaiveDate, time: &str) -> String {
    format!("{}T{time}Z", day.format("%Y-%m-%d"))
}

fn span(text: &str, range: &std::ops::Range<usize>) -> SpanRecord {
    SpanRecord { start: range.start, end: range.end, text: text[range.clone()].to_string() }
}

impl Record {
    /// The record of `statement`, found in `article`.
    pub fn new(article: &Article, statement: &Statement) -> Record {
        let text = &article.text;
        let quote = match statement.spans.as_slice() {
            [one] => QuoteRecord::One(span(text, one)),
            many => QuoteRecord::Split {
                spans: many.iter().map(|s| [s.start, s.end]).collect(),
                text: statement.text(text).into_owned(),
            },
        };
        Record {
            id: statement.id(article),
            file: article.file.display().to_string(),
            record: article.record,
            kind: statement.kind.as_str().to_string(),
            quote,
            speaker: statement.speaker.as_ref().map(|s| SpeakerRecord {
                name: s.name.clone(),
                role: s.role.clone(),
                mention: s.mention.as_ref().map(|m| span(text, m)),
            }),
            cue: statement.cue.as_ref().map(|c| span(text, c)),
            rule: statement.rule.to_string(),
            date: article.date.map(|d| d.to_string()),
            title: article.title.clone(),
            lang: article.lang.clone(),
            encoding: article.encoding.map(ToString::to_string),
            speaker_key: statement.speaker.as_ref().map(|s| speaker::name_keys(&s.name)).unwrap_or_default(),
            date_start: article.date.map(|d| instant(d.first_day(), "00:00:00")),
            date_end: article.date.map(|d| instant(d.last_day(), "23:59:59")),
            context: statement.context(article).map(|c| text[c].to_string()),
            terms: None,
            format: RECORD_FORMAT,
        }
    }
}
