//! The JSON shape of an extracted statement: the contract of
//! `dictum extract --format jsonl` that scorers and other tools read.

use serde::Serialize;

use super::Statement;
use crate::article::Article;

/// A byte span with its text.
#[derive(Debug, Serialize)]
pub struct SpanRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The quote: one span, or several when the attribution interrupts it.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum QuoteRecord {
    One(SpanRecord),
    Split { spans: Vec<[usize; 2]>, text: String },
}

/// The speaker as extracted.
#[derive(Debug, Serialize)]
pub struct SpeakerRecord {
    pub name: String,
    pub role: Option<String>,
    pub mention: Option<SpanRecord>,
}

/// One statement as `extract` prints it.
#[derive(Debug, Serialize)]
pub struct Record {
    pub id: String,
    pub file: String,
    /// The record within a JSON input (line or position); absent for text files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<usize>,
    pub kind: &'static str,
    pub quote: QuoteRecord,
    pub speaker: Option<SpeakerRecord>,
    pub cue: Option<SpanRecord>,
    pub rule: &'static str,
    pub date: Option<String>,
    pub title: String,
    pub lang: String,
    /// The file's encoding when it was not UTF-8 (offsets then count bytes of
    /// the text as decoded to UTF-8).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
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
            kind: statement.kind.as_str(),
            quote,
            speaker: statement.speaker.as_ref().map(|s| SpeakerRecord {
                name: s.name.clone(),
                role: s.role.clone(),
                mention: s.mention.as_ref().map(|m| span(text, m)),
            }),
            cue: statement.cue.as_ref().map(|c| span(text, c)),
            rule: statement.rule,
            date: article.date.map(|d| d.to_string()),
            title: article.title.clone(),
            lang: article.lang.clone(),
            encoding: article.encoding,
        }
    }
}
