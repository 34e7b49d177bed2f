//! The JSON shape of an extracted statement: the contract of
//! `dictum extract --format jsonl` that scorers, `dictum index
//! --statements`, Spark jobs and Quickwit read.
//!
//! The format is versioned by `format`: fields may be added without a new
//! version, but a field that changes meaning or goes away raises it.

use std::collections::HashMap;
use std::io::{self, Write};

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
    by_name: HashMap<String, Vec<String>>,
    by_word: HashMap<String, Vec<String>>,
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
    cache: &mut HashMap<String, Vec<String>>,
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
            speaker_key: statement.speaker.as_ref().map(|s| speaker_keys.of(&s.name)).unwrap_or_default(),
            date_start: article.date.map(|d| instant(d.first_day(), "00:00:00")),
            date_end: article.date.map(|d| instant(d.last_day(), "23:59:59")),
            context: statement.context(article).map(|c| text[c].to_string()),
            terms: None,
            format: RECORD_FORMAT,
        }
    }

    /// Writes the record as one line of JSON, byte for byte what
    /// `serde_json::to_writer` writes, without its per-byte escaping loop:
    /// printing statements ran on one thread and cost as much as finding them
    /// in a UN speech.
    pub fn write_json_line(&self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(b"{\"id\":")?;
        write_json_str(out, &self.id)?;
        out.write_all(b",\"file\":")?;
        write_json_str(out, &self.file)?;
        if let Some(record) = self.record {
            write!(out, ",\"record\":{record}")?;
        }
        out.write_all(b",\"kind\":")?;
        write_json_str(out, &self.kind)?;
        out.write_all(b",\"quote\":")?;
        match &self.quote {
            QuoteRecord::One(span) => span.write_json(out)?,
            QuoteRecord::Split { spans, text } => {
                out.write_all(b"{\"spans\":[")?;
                for (index, [start, end]) in spans.iter().enumerate() {
                    let comma = if index == 0 { "" } else { "," };
                    write!(out, "{comma}[{start},{end}]")?;
                }
                out.write_all(b"],\"text\":")?;
                write_json_str(out, text)?;
                out.write_all(b"}")?;
            }
        }
        out.write_all(b",\"speaker\":")?;
        match &self.speaker {
            Some(speaker) => {
                out.write_all(b"{\"name\":")?;
                write_json_str(out, &speaker.name)?;
                out.write_all(b",\"role\":")?;
                write_json_option(out, speaker.role.as_deref())?;
                out.write_all(b",\"mention\":")?;
                write_json_span(out, speaker.mention.as_ref())?;
                out.write_all(b"}")?;
            }
            None => out.write_all(b"null")?,
        }
        out.write_all(b",\"cue\":")?;
        write_json_span(out, self.cue.as_ref())?;
        out.write_all(b",\"rule\":")?;
        write_json_str(out, &self.rule)?;
        out.write_all(b",\"date\":")?;
        write_json_option(out, self.date.as_deref())?;
        out.write_all(b",\"title\":")?;
        write_json_str(out, &self.title)?;
        out.write_all(b",\"lang\":")?;
        write_json_str(out, &self.lang)?;
        if let Some(encoding) = &self.encoding {
            out.write_all(b",\"encoding\":")?;
            write_json_str(out, encoding)?;
        }
        out.write_all(b",\"speaker_key\":[")?;
        for (index, key) in self.speaker_key.iter().enumerate() {
            if index > 0 {
                out.write_all(b",")?;
            }
            write_json_str(out, key)?;
        }
        out.write_all(b"],\"date_start\":")?;
        write_json_option(out, self.date_start.as_deref())?;
        out.write_all(b",\"date_end\":")?;
        write_json_option(out, self.date_end.as_deref())?;
        out.write_all(b",\"context\":")?;
        write_json_option(out, self.context.as_deref())?;
        if let Some(terms) = &self.terms {
            out.write_all(b",\"terms\":")?;
            write_json_str(out, terms)?;
        }
        writeln!(out, ",\"format\":{}}}", self.format)
    }
}

impl SpanRecord {
    fn write_json(&self, out: &mut impl Write) -> io::Result<()> {
        write!(out, "{{\"start\":{},\"end\":{},\"text\":", self.start, self.end)?;
        write_json_str(out, &self.text)?;
        out.write_all(b"}")
    }
}

fn write_json_span(out: &mut impl Write, span: Option<&SpanRecord>) -> io::Result<()> {
    match span {
        Some(span) => span.write_json(out),
        None => out.write_all(b"null"),
    }
}

fn write_json_option(out: &mut impl Write, value: Option<&str>) -> io::Result<()> {
    match value {
        Some(value) => write_json_str(out, value),
        None => out.write_all(b"null"),
    }
}

/// A JSON string as serde_json writes it: `"` and `\\` escaped, control
/// characters as `\n`, `\t`, … or `\u00XX`, everything else as it is.
/// Eight bytes are looked at in one step, and runs with nothing to escape
/// (nearly all of a statement) are copied whole.
fn write_json_str(out: &mut impl Write, value: &str) -> io::Result<()> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    /// True when a byte of `word` is zero (exact, as a whole-word test).
    fn has_zero(word: u64) -> bool {
        word.wrapping_sub(ONES) & !word & HIGHS != 0
    }
    let bytes = value.as_bytes();
    let needs_escape = |byte: u8| byte < 0x20 || byte == b'"' || byte == b'\\';
    out.write_all(b"\"")?;
    let mut copied = 0;
    let mut index = 0;
    while index < bytes.len() {
        while let Some(chunk) = bytes.get(index..index + 8) {
            let word = u64::from_ne_bytes(chunk.try_into().expect("eight bytes"));
            let control = word.wrapping_sub(ONES * 0x20) & !word & HIGHS != 0;
            if control || has_zero(word ^ (ONES * u64::from(b'"'))) || has_zero(word ^ (ONES * u64::from(b'\\'))) {
                break;
            }
            index += 8;
        }
        // The byte to escape is among the next eight, or there is none.
        let stop = bytes.len().min(index + 8);
        let Some(found) = bytes[index..stop].iter().position(|&byte| needs_escape(byte)) else {
            index = stop;
            continue;
        };
        index += found;
        let byte = bytes[index];
        out.write_all(&bytes[copied..index])?;
        match byte {
            b'"' => out.write_all(b"\\\"")?,
            b'\\' => out.write_all(b"\\\\")?,
            b'\n' => out.write_all(b"\\n")?,
            b'\r' => out.write_all(b"\\r")?,
            b'\t' => out.write_all(b"\\t")?,
            0x08 => out.write_all(b"\\b")?,
            0x0c => out.write_all(b"\\f")?,
            _ => write!(out, "\\u{byte:04x}")?,
        }
        index += 1;
        copied = index;
    }
    out.write_all(&bytes[copied..])?;
    out.write_all(b"\"")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn span(start: usize, text: &str) -> SpanRecord {
        SpanRecord { start, end: start + text.len(), text: text.to_string() }
    }

    fn record(quote: QuoteRecord) -> Record {
        Record {
            id: "0123456789abcdef".to_string(),
            file: "news/a \"b\".txt".to_string(),
            record: None,
            kind: "direct".to_string(),
            quote,
            speaker: None,
            cue: None,
            rule: "colon-introduction".to_string(),
            date: None,
            title: "Tab\there, back\\slash".to_string(),
            lang: "de".to_string(),
            encoding: None,
            speaker_key: Vec::new(),
            date_start: None,
            date_end: None,
            context: None,
            terms: None,
            format: RECORD_FORMAT,
        }
    }

    fn written(record: &Record) -> String {
        let mut out = Vec::new();
        record.write_json_line(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn records_are_written_as_serde_json_writes_them() {
        let bare = record(QuoteRecord::One(span(10, "„Wir kommen.“\n\u{1}")));
        let full = Record {
            record: Some(7),
            speaker: Some(SpeakerRecord {
                name: "Lena Brandt".to_string(),
                role: Some("Direktorin".to_string()),
                mention: Some(span(40, "Lena Brandt")),
            }),
            cue: Some(span(30, "sagte")),
            date: Some("2021-06".to_string()),
            encoding: Some("windows-1252".to_string()),
            speaker_key: vec!["lena".to_string(), "brandt".to_string()],
            date_start: Some("2021-06-01T00:00:00Z".to_string()),
            date_end: Some("2021-06-30T23:59:59Z".to_string()),
            context: Some("Der Satz davor.\r\n\u{8}\u{c}\u{1f}\u{7f}".to_string()),
            terms: Some("wir komm".to_string()),
            ..record(QuoteRecord::Split { spans: vec![[1, 5], [9, 12]], text: "Eins … zwei".to_string() })
        };
        for record in [bare, full] {
            assert_eq!(written(&record), serde_json::to_string(&record).unwrap() + "\n");
        }
    }

    proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(text in "(.|[\\x00-\\x1f\"\\\\])*") {
            let mut out = Vec::new();
            write_json_str(&mut out, &text).unwrap();
            prop_assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&text).unwrap());
        }
    }

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
