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
    by_word: foldhash::HashMap<speaker::NameWord, Vec<String>>,
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
            let keys = speaker::name_keys_by(name, |word, keys| {
                if by_word.len() >= Self::MAX_ENTRIES && !by_word.contains_key(&word) {
                    by_word.clear();
                }
                let word_keys = by_word.entry(word).or_insert_with_key(speaker::word_keys);
                speaker::add_new_keys(keys, word_keys);
            });
            if self.by_name.len() >= Self::MAX_ENTRIES {
                self.by_name.clear();
            }
            self.by_name.insert(name.to_string(), keys);
        }
        self.by_name.get(name).map_or(&[], Vec::as_slice)
    }
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
        let file = article.path_text();
        Record {
            id: statement.id_in(&file, article.record),
            file,
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
    /// Appends the record's JSON and a line end to `out`. The derived
    /// `Serialize` is written by sonic-rs, which looks for bytes to escape
    /// 32 at a time, where serde_json tested each byte of every string (the
    /// records of the gold news are 2.4 times their text, and escaping them
    /// was 7 % of extracting it). The bytes are serde_json's, a test checks.
    pub fn write_json_line(&self, out: &mut Vec<u8>) -> sonic_rs::Result<()> {
        sonic_rs::to_writer(&mut *out, self)?;
        out.push(b'\n');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record with `text` in every text field and `number` in every number.
    fn record_of<'a>(text: &'a str, keys: &'a [String], number: usize) -> Record<'a> {
        let span = || SpanRecord { start: number, end: number, text: Cow::Borrowed(text) };
        Record {
            id: text.to_string(),
            file: Cow::Borrowed(text),
            record: Some(number),
            kind: Cow::Borrowed(text),
            quote: QuoteRecord::Split { spans: vec![[0, number], [number, usize::MAX]], text: Cow::Borrowed(text) },
            speaker: Some(SpeakerRecord { name: Some(Cow::Borrowed(text)), role: None, mention: Some(span()) }),
            cue: Some(span()),
            rule: Cow::Borrowed(text),
            date: None,
            title: Cow::Borrowed(text),
            lang: Cow::Borrowed(text),
            encoding: Some(Cow::Borrowed(text)),
            speaker_key: Cow::Borrowed(keys),
            date_start: Some(Cow::Borrowed(text)),
            date_end: None,
            context: Some(Cow::Borrowed(text)),
            terms: Some(text.to_string()),
            format: RECORD_FORMAT,
        }
    }

    proptest::proptest! {
        #[test]
        fn json_lines_are_serde_jsons_bytes(
            text in "([\\x00-\\x7f]|[\"\\\\/]|ä|€|\u{2028}|😀){0,80}",
            number: usize,
        ) {
            let keys = [text.clone(), String::new(), "Vogt Hanna".to_string()];
            let record = record_of(&text, &keys, number);
            let mut written = b"earlier line\n".to_vec();
            record.write_json_line(&mut written).unwrap();
            let mut expected = b"earlier line\n".to_vec();
            expected.extend(serde_json::to_vec(&record).unwrap());
            expected.push(b'\n');
            proptest::prop_assert_eq!(String::from_utf8_lossy(&written), String::from_utf8_lossy(&expected));
        }
    }

    #[test]
    fn a_one_span_record_is_written_as_serde_json_writes_it() {
        let text = "Sie sagte: \"Nein\u{1}\"\t\r\n\\ – 😀\u{7f}";
        let mut record = record_of(text, &[], 7);
        record.quote = QuoteRecord::One(span(text, &(0..3)));
        record.speaker = None;
        let mut written = Vec::new();
        record.write_json_line(&mut written).unwrap();
        assert_eq!(written, [serde_json::to_vec(&record).unwrap(), b"\n".to_vec()].concat());
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
