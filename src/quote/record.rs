//! The JSON shape of an extracted statement: the contract of
//! `dictum extract --format jsonl` that scorers, `dictum index
//! --statements`, Spark jobs and Quickwit read.
//!
//! The format is versioned by `format`: fields may be added without a new
//! version, but a field that changes meaning or goes away raises it.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::Statement;
use crate::article::Article;
use crate::speaker;

/// A byte span with its text.
#[derive(Debug, Serialize, Deserialize)]
pub struct SpanRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: Cow<'a, str>,
}

/// The quote: one span, or several when the attribution interrupts it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum QuoteRecord<'a> {
    One(SpanRecord<'a>),
    Split { spans: Vec<[usize; 2]>, text: Cow<'a, str> },
}

/// The speaker as extracted.
#[derive(Debug, Serialize, Deserialize)]
pub struct SpeakerRecord<'a> {
    /// `null` for a speaker the article names only by a pronoun it never
    /// resolves (format 2 on).
    pub name: Option<Cow<'a, str>>,
    pub role: Option<Cow<'a, str>>,
    pub mention: Option<SpanRecord<'a>>,
}

/// The version of the record format.
pub const RECORD_FORMAT: u32 = 2;

/// One statement as `extract` prints it. Its texts borrow from the article,
/// the statement and the speaker keys while it is written (copying them was
/// a tenth of the allocations of extracting the gold news), and are owned
/// when it is read back.
#[derive(Debug, Serialize, Deserialize)]
pub struct Record<'a> {
    pub id: String,
    pub file: Cow<'a, str>,
    /// The record within a JSON input (line or position); absent for text files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<usize>,
    pub kind: Cow<'a, str>,
    pub quote: QuoteRecord<'a>,
    pub speaker: Option<SpeakerRecord<'a>>,
    pub cue: Option<SpanRecord<'a>>,
    pub rule: Cow<'a, str>,
    pub date: Option<Cow<'a, str>>,
    pub title: Cow<'a, str>,
    pub lang: Cow<'a, str>,
    /// The file's encoding when it was not UTF-8 (offsets then count bytes of
    /// the text as decoded to UTF-8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<Cow<'a, str>>,
    /// The speaker's name keys: what `--speaker` matches, one per spelling
    /// habit, so that other search engines can match names as dictum does.
    #[serde(default)]
    pub speaker_key: Cow<'a, [String]>,
    /// The first and the last second of the date's period (a month for
    /// "2021-06"), RFC 3339 in UTC.
    #[serde(default)]
    pub date_start: Option<Cow<'a, str>>,
    #[serde(default)]
    pub date_end: Option<Cow<'a, str>>,
    /// The sentence before the statement, or the question a transcript turn answers.
    #[serde(default)]
    pub context: Option<Cow<'a, str>>,
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

fn span<'a>(text: &'a str, range: &std::ops::Range<usize>) -> SpanRecord<'a> {
    SpanRecord { start: range.start, end: range.end, text: Cow::Borrowed(&text[range.clone()]) }
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
        self.keys(name).to_vec()
    }

    /// [`of`](Self::of), borrowed from the cache.
    pub fn keys(&mut self, name: &str) -> &[String] {
        // Looked up twice when found: returning the first look-up's borrow
        // keeps the map borrowed on the other path too (a limit of today's
        // borrow checker).
        if !self.by_name.contains_key(name) {
            let by_word = &mut self.by_word;
            let keys = speaker::name_keys_by(name, |word| remembered(by_word, word, speaker::word_keys));
            if self.by_name.len() >= Self::MAX_ENTRIES {
                self.by_name.clear();
            }
            self.by_name.insert(name.to_string(), keys);
        }
        self.by_name.get(name).map_or(&[], Vec::as_slice)
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

/// An article's date as its records write it, worked out once for all of
/// its statements rather than for each (three strings a record).
#[derive(Debug)]
pub struct RecordDates {
    date: Option<String>,
    start: Option<String>,
    end: Option<String>,
}

impl RecordDates {
    pub fn of(article: &Article) -> RecordDates {
        RecordDates {
            date: article.date.map(|d| d.to_string()),
            start: article.date.map(|d| instant(d.first_day(), "00:00:00")),
            end: article.date.map(|d| instant(d.last_day(), "23:59:59")),
        }
    }
}

impl<'a> Record<'a> {
    /// The record of `statement`, found in `article` (whose `dates` it
    /// borrows); `speaker_keys` keeps the speaker keys of names already seen.
    pub fn new(
        article: &'a Article,
        dates: &'a RecordDates,
        statement: &'a Statement,
        speaker_keys: &'a mut SpeakerKeys,
    ) -> Record<'a> {
        let text = &article.text;
        let quote = match statement.spans.as_slice() {
            [one] => QuoteRecord::One(span(text, one)),
            many => QuoteRecord::Split {
                spans: many.iter().map(|s| [s.start, s.end]).collect(),
                text: statement.text(text),
            },
        };
        Record {
            id: statement.id(article),
            file: article.path_text(),
            record: article.record,
            kind: Cow::Borrowed(statement.kind.as_str()),
            quote,
            speaker: statement.speaker.as_ref().map(|s| SpeakerRecord {
                name: s.name.as_deref().map(Cow::Borrowed),
                role: s.role.as_deref().map(Cow::Borrowed),
                mention: s.mention.as_ref().map(|m| span(text, m)),
            }),
            cue: statement.cue.as_ref().map(|c| span(text, c)),
            rule: Cow::Borrowed(statement.rule),
            date: dates.date.as_deref().map(Cow::Borrowed),
            title: Cow::Borrowed(&article.title),
            lang: Cow::Borrowed(&article.lang),
            encoding: article.encoding.map(Cow::Borrowed),
            speaker_key: statement
                .speaker
                .as_ref()
                .and_then(|s| s.name.as_deref())
                .map_or(Cow::default(), |name| Cow::Borrowed(speaker_keys.keys(name))),
            date_start: dates.start.as_deref().map(Cow::Borrowed),
            date_end: dates.end.as_deref().map(Cow::Borrowed),
            context: statement.context(article).map(|c| Cow::Borrowed(&text[c])),
            terms: None,
            format: RECORD_FORMAT,
        }
    }
}

impl Record<'_> {
    /// Appends the record to `out` as one line of JSON, byte for byte as
    /// `serde_json::to_writer` writes it, and a line end. Written by hand
    /// because serde_json escapes a string byte by byte through a table: on
    /// the gold news, whose records are twice the size of their input (quote,
    /// context and title), that was 118 M instructions of 1,731 M.
    pub fn write_line(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        push_string(out, &self.id);
        push_key(out, "file");
        push_string(out, &self.file);
        if let Some(record) = self.record {
            push_key(out, "record");
            push_number(out, record);
        }
        push_key(out, "kind");
        push_string(out, &self.kind);
        push_key(out, "quote");
        match &self.quote {
            QuoteRecord::One(one) => push_span(out, one),
            QuoteRecord::Split { spans, text } => {
                out.extend_from_slice(b"{\"spans\":[");
                for (index, [start, end]) in spans.iter().enumerate() {
                    if index > 0 {
                        out.push(b',');
                    }
                    out.push(b'[');
                    push_number(out, *start);
                    out.push(b',');
                    push_number(out, *end);
                    out.push(b']');
                }
                out.push(b']');
                push_key(out, "text");
                push_string(out, text);
                out.push(b'}');
            }
        }
        push_key(out, "speaker");
        match &self.speaker {
            None => out.extend_from_slice(b"null"),
            Some(speaker) => {
                out.extend_from_slice(b"{\"name\":");
                push_optional_string(out, speaker.name.as_deref());
                push_key(out, "role");
                push_optional_string(out, speaker.role.as_deref());
                push_key(out, "mention");
                push_optional_span(out, speaker.mention.as_ref());
                out.push(b'}');
            }
        }
        push_key(out, "cue");
        push_optional_span(out, self.cue.as_ref());
        push_key(out, "rule");
        push_string(out, &self.rule);
        push_key(out, "date");
        push_optional_string(out, self.date.as_deref());
        push_key(out, "title");
        push_string(out, &self.title);
        push_key(out, "lang");
        push_string(out, &self.lang);
        if let Some(encoding) = &self.encoding {
            push_key(out, "encoding");
            push_string(out, encoding);
        }
        push_key(out, "speaker_key");
        out.push(b'[');
        for (index, key) in self.speaker_key.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            push_string(out, key);
        }
        out.push(b']');
        push_key(out, "date_start");
        push_optional_string(out, self.date_start.as_deref());
        push_key(out, "date_end");
        push_optional_string(out, self.date_end.as_deref());
        push_key(out, "context");
        push_optional_string(out, self.context.as_deref());
        if let Some(terms) = &self.terms {
            push_key(out, "terms");
            push_string(out, terms);
        }
        push_key(out, "format");
        push_number(out, RECORD_FORMAT as usize);
        out.extend_from_slice(b"}\n");
    }
}

/// `,"key":`, what comes before every field but the first.
fn push_key(out: &mut Vec<u8>, key: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\":");
}

fn push_number(out: &mut Vec<u8>, value: usize) {
    let mut digits = [0u8; 20];
    let mut first = digits.len();
    let mut rest = value;
    loop {
        first -= 1;
        digits[first] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[first..]);
}

fn push_span(out: &mut Vec<u8>, span: &SpanRecord<'_>) {
    out.extend_from_slice(b"{\"start\":");
    push_number(out, span.start);
    push_key(out, "end");
    push_number(out, span.end);
    push_key(out, "text");
    push_string(out, &span.text);
    out.push(b'}');
}

fn push_optional_span(out: &mut Vec<u8>, span: Option<&SpanRecord<'_>>) {
    match span {
        Some(span) => push_span(out, span),
        None => out.extend_from_slice(b"null"),
    }
}

fn push_optional_string(out: &mut Vec<u8>, text: Option<&str>) {
    match text {
        Some(text) => push_string(out, text),
        None => out.extend_from_slice(b"null"),
    }
}

/// `text` as a JSON string, escaped as serde_json escapes it: quotation
/// mark, backslash and control characters, the five with a short form in
/// it, the others as `\u00xx`. Runs of eight bytes that need none are
/// passed over in one test.
fn push_string(out: &mut Vec<u8>, text: &str) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    // Non-zero when some byte of `word` is zero (exact as a whole, not per byte).
    let has_zero_byte = |word: u64| word.wrapping_sub(ONES) & !word & HIGH_BITS;
    let bytes = text.as_bytes();
    out.push(b'"');
    let mut copied = 0;
    let mut index = 0;
    while index < bytes.len() {
        if let Some(chunk) = bytes.get(index..index + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_ne_bytes(word);
            let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH_BITS;
            if below_space
                | has_zero_byte(word ^ (ONES * u64::from(b'"')))
                | has_zero_byte(word ^ (ONES * u64::from(b'\\')))
                == 0
            {
                index += 8;
                continue;
            }
        }
        let byte = bytes[index];
        let short = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0c => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0..0x20 => b'u',
            _ => {
                index += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[copied..index]);
        out.push(b'\\');
        out.push(short);
        if short == b'u' {
            const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[
                b'0',
                b'0',
                HEX_DIGITS[usize::from(byte >> 4)],
                HEX_DIGITS[usize::from(byte & 0xf)],
            ]);
        }
        index += 1;
        copied = index;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
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
    fn lines_are_written_as_serde_json_writes_them() {
        let every_ascii: String = (0u8..128).map(char::from).collect();
        let awkward = [
            String::new(),
            "Lena Brandt".to_string(),
            every_ascii.clone(),
            format!("„Wir bleiben“, sagte sie.\\ {every_ascii} \"zitiert\"\u{7f}\u{2028}"),
            "abcdefg\"abcdefgh\\abcdefghijklmno\n".to_string(),
        ];
        let keys = ["nev".to_string(), "brant".to_string()];
        for text in &awkward {
            let span = || SpanRecord { start: 7, end: 1234567, text: Cow::Borrowed(text) };
            let full = || Record {
                id: text.clone(),
                file: Cow::Borrowed(text),
                record: Some(42),
                kind: Cow::Borrowed("direct"),
                quote: QuoteRecord::Split { spans: vec![[0, 9], [18, 27]], text: Cow::Borrowed(text) },
                speaker: Some(SpeakerRecord {
                    name: Some(Cow::Borrowed(text)),
                    role: Some(Cow::Borrowed(text)),
                    mention: Some(span()),
                }),
                cue: Some(span()),
                rule: Cow::Borrowed(text),
                date: Some(Cow::Borrowed(text)),
                title: Cow::Borrowed(text),
                lang: Cow::Borrowed(text),
                encoding: Some(Cow::Borrowed(text)),
                speaker_key: Cow::Borrowed(&keys),
                date_start: Some(Cow::Borrowed(text)),
                date_end: Some(Cow::Borrowed(text)),
                context: Some(Cow::Borrowed(text)),
                terms: Some(text.clone()),
                format: RECORD_FORMAT,
            };
            let sparse = Record {
                record: None,
                quote: QuoteRecord::One(span()),
                speaker: Some(SpeakerRecord { name: None, role: None, mention: None }),
                cue: None,
                date: None,
                encoding: None,
                speaker_key: Cow::default(),
                date_start: None,
                date_end: None,
                context: None,
                terms: None,
                ..full()
            };
            let unspoken = Record { speaker: None, id: String::new(), terms: None, ..full() };
            for record in [&full(), &sparse, &unspoken] {
                let mut line = Vec::new();
                record.write_line(&mut line);
                let expected = serde_json::to_string(record).unwrap() + "\n";
                assert_eq!(String::from_utf8(line).unwrap(), expected);
            }
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
