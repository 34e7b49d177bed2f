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
    use chrono::Datelike;
    let year = day.year();
    if !(0..=9999).contains(&year) {
        return format!("{}T{time}Z", day.format("%Y-%m-%d"));
    }
    // Digit by digit: chrono's `format` reads its pattern anew and
    // `format!` pads through the formatting machinery, twice per record,
    // which cost as much as the speaker keys.
    let mut out = String::with_capacity(12 + time.len());
    for (value, digits) in [(year.unsigned_abs(), 4), (day.month(), 2), (day.day(), 2)] {
        if !out.is_empty() {
            out.push('-');
        }
        for place in (0..digits).rev() {
            out.push(char::from(b'0' + (value / 10u32.pow(place) % 10) as u8));
        }
    }
    out.push('T');
    out.push_str(time);
    out.push('Z');
    out
}

fn span(text: &str, range: &std::ops::Range<usize>) -> SpanRecord {
    SpanRecord { start: range.start, end: range.end, text: text[range.clone()].to_string() }
}

/// Speaker keys of names, each name's and each word's worked out once: a run
/// quotes the same people again and again, under ever new combinations of
/// first names, surnames and titles (5,849 names, 16,897 attributions in the
/// gold news), and a word's keys (three spelling habits, a dozen folds) cost
/// some 5,000 instructions.
#[derive(Debug, Default)]
pub struct SpeakerKeys {
    // foldhash rather than SipHash: the maps are looked up for every
    // attributed statement.
    by_name: foldhash::HashMap<String, Vec<String>>,
    by_word: foldhash::HashMap<String, Vec<String>>,
}

impl SpeakerKeys {
    /// Names or words kept before the cache starts afresh, which bounds its
    /// memory on corpora of many speakers.
    const MAX_ENTRIES: usize = 1 << 16;

    /// The keys of `name`, as [`speaker::name_keys`] gives them.
    pub fn of(&mut self, name: &str) -> Vec<String> {
        if let Some(keys) = self.by_name.get(name) {
            return keys.clone();
        }
        let by_word = &mut self.by_word;
        let keys = speaker::name_keys_by(name, |word| remembered(by_word, word, speaker::word_keys));
        remembered(&mut self.by_name, name, |_| keys)
    }
}

/// The value for `key` from `cache`, or else from `compute`, remembered.
fn remembered(
    cache: &mut foldhash::HashMap<String, Vec<String>>,
    key: &str,
    compute: impl FnOnce(&str) -> Vec<String>,
) -> Vec<String> {
    if let Some(value) = cache.get(key) {
        return value.clone();
    }
    if cache.len() >= SpeakerKeys::MAX_ENTRIES {
        cache.clear();
    }
    let value = compute(key);
    cache.insert(key.to_string(), value.clone());
    value
}

impl Record {
    /// The record of `statement`, found in `article`; `speaker_keys` keeps
    /// the speaker keys of names already seen.
    pub fn new(article: &Article, statement: &Statement, speaker_keys: &mut SpeakerKeys) -> Record {
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
            file: article.file.to_string_lossy().into_owned(),
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
            speaker_key: statement.speaker.as_ref().map(|s| speaker_keys.of(&s.name)).unwrap_or_default(),
            date_start: article.date.map(|d| instant(d.first_day(), "00:00:00")),
            date_end: article.date.map(|d| instant(d.last_day(), "23:59:59")),
            context: statement.context(article).map(|c| text[c].to_string()),
            terms: None,
            format: RECORD_FORMAT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_are_written_as_chrono_writes_them() {
        for (year, month, day) in [(1, 1, 1), (2021, 6, 30), (9999, 12, 31), (10000, 1, 1), (-44, 3, 15)] {
            let date = chrono::NaiveDate::from_ymd_opt(year, month, day).unwrap();
            assert_eq!(instant(date, "23:59:59"), format!("{}T23:59:59Z", date.format("%Y-%m-%d")));
        }
    }

    #[test]
    fn speaker_keys_are_the_names_keys() {
        let mut keys = SpeakerKeys::default();
        for name in
            ["Sergei Rjabkow", "Lena Brandt", "Rjabkow", "Sergej Lawrow", "H.E. Mr. Sergei Rjabkow", "Lena Brandt"]
        {
            assert_eq!(keys.of(name), speaker::name_keys(name));
        }
    }
}
