//! Reading article files: finding them, telling their format apart and
//! turning each into one or more [`Article`]s with a date, a title, a
//! language and a body whose byte offsets the rest of the pipeline uses.
//!
//! Formats: the seed layout (`date YYYY[-MM[-DD]] Title`, a blank line,
//! paragraphs), Markdown or text with a `---` front-matter block, plain text,
//! JSON Lines and JSON (one object or an array).

mod flat_object;
mod json;
mod lang;
mod tei;
mod text;
mod transcript;
mod walk;

use std::borrow::Cow;
use std::ops::Range;
use std::path::{Path, PathBuf};

pub use lang::detect_language;
pub use walk::{Walk, find_files, find_record_files};

use crate::date::PartialDate;
use crate::error::{Error, Result};

/// Files larger than this are skipped without being read, unless the user
/// raises the limit.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The layout a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `date YYYY-MM Title`, a blank line, paragraphs.
    Seed,
    /// Markdown or text behind a `---` front-matter block.
    FrontMatter,
    /// Text with neither a date line nor front matter.
    Plain,
    /// One article per line of a `.jsonl` file.
    JsonLines,
    /// One article or an array of them in a `.json` file.
    Json,
    /// A parliamentary record in TEI XML.
    Tei,
}

/// One article: the text every offset points into, and what is known about it.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file it came from, as the user named it.
    pub file: PathBuf,
    /// For JSON inputs, the 1-based line (JSON Lines) or array position (JSON).
    pub record: Option<usize>,
    /// The article's own id, when the input gives one.
    pub id: Option<String>,
    pub format: Format,
    /// The text all offsets point into: the whole file for text formats, the
    /// `text` field for JSON inputs.
    pub text: String,
    pub title: String,
    /// Where the title stands in `text`, when it does.
    pub title_span: Option<Range<usize>>,
    /// The part of `text` that holds the article's paragraphs.
    pub body: Range<usize>,
    pub date: Option<PartialDate>,
    /// When set, the body is this speaker's own statement (a speech, a press release).
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// ISO 639-1 code where there is one (`de`, `en`), `und` when unknown.
    pub lang: String,
    /// The file's encoding when it was not UTF-8: offsets then count bytes
    /// of the text decoded to UTF-8, not of the file.
    pub encoding: Option<&'static str>,
    /// For transcripts (press conferences, debates): who spoke where. Empty
    /// for news articles.
    pub turns: Vec<Turn>,
}

/// A turn of a transcript: a speaker's words, and the question they answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// The turn's words in `Article::text`.
    pub span: Range<usize>,
    /// The question the turn answers, if any.
    pub context: Option<Range<usize>>,
}

impl Article {
    /// The body's text.
    pub fn body_text(&self) -> &str {
        &self.text[self.body.clone()]
    }

    /// The sentence before `offset` in the body, for showing a statement in
    /// context: back to the previous sentence end or paragraph break, at most
    /// [`CONTEXT_BYTES`] long. `None` at the start of the body.
    pub fn sentence_before(&self, offset: usize) -> Option<Range<usize>> {
        let body_start = self.body.start;
        if offset <= body_start || offset > self.text.len() {
            return None;
        }
        let before = &self.text[body_start..offset];
        let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || is_opening_mark(c));
        let end = body_start + trimmed.len();
        if end == body_start {
            return None;
        }
        let mut start = end.saturating_sub(CONTEXT_BYTES).max(body_start);
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        let window = &self.text[start..end];
        // The sentence starts after the last sentence end or paragraph break
        // that is not the one ending this sentence itself.
        let inner = window.trim_end_matches(['.', '!', '?', ':', '"', '“', '”', '«', '»', '„']);
        // Searched from the end: the marks are ASCII, and decoding the whole
        // window for them cost as much as the rest of making a record. A
        // paragraph break is looked for only after the sentence end, the
        // only place where it is the later cut: searched for in the whole
        // window, it went through all of it whenever the sentence was not a
        // paragraph's first.
        let marks = inner.as_bytes();
        let sentence_end = memchr::memrchr3_iter(b'.', b'!', b'?', marks)
            .find(|&i| inner[i + 1..].starts_with(char::is_whitespace))
            .map(|i| i + 1);
        let after_end = sentence_end.unwrap_or(0);
        let paragraph_break = last_blank_line(&marks[after_end..]).map(|i| after_end + i + 2);
        let cut = paragraph_break.or(sentence_end).unwrap_or(0);
        let sentence = &window[cut..];
        let lead = sentence.len() - sentence.trim_start().len();
        let range = start + cut + lead..end;
        (!range.is_empty()).then_some(range)
    }

    /// A key that tells this article apart from every other in the same file.
    ///
    /// The path is read as [`path_text`](Self::path_text) reads it, the same text as
    /// `display` (invalid bytes become U+FFFD either way, so statement ids
    /// stay as they were) but checks a valid path in one pass: `display`
    /// formatted it a chunk at a time, 3 % of extracting the gold news.
    pub fn locator(&self) -> String {
        match self.record {
            Some(record) => format!("{}#{record}", self.path_text()),
            None => self.path_text().into_owned(),
        }
    }

    /// The file's path as text, as `to_string_lossy` gives it. A valid path
    /// is checked by `to_str`, which passes over ASCII a word at a time:
    /// `to_string_lossy` goes through it in chunks of invalid bytes, and
    /// each statement's id and record read the path (19 M instructions on
    /// the gold news).
    pub fn path_text(&self) -> Cow<'_, str> {
        self.file.to_str().map_or_else(|| self.file.to_string_lossy(), Cow::Borrowed)
    }
}

/// An article's date, or why it is not used: unreadable, impossible, or
/// far in the future (the article is then indexed without a date).
fn checked_date(value: &str) -> Result<PartialDate, String> {
    let date: PartialDate = value.parse().map_err(|e| format!("{e}; the article is indexed without a date"))?;
    let today = chrono::Utc::now().date_naive();
    if date.is_far_future(today) {
        return Err(format!("date {date} is in the future; the article is indexed without a date"));
    }
    Ok(date)
}

static DATE_IN_TEXT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(\d{4})-(\d{2})-(\d{2})\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{1,2})\.?\s+(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december)\s+(\d{4})\b",
    )
    .expect("valid pattern")
});

/// The first date written out in a text: `2019-07-24`, `July 24, 2019`,
/// `24. Juli 2019`, `24 July 2019`.
pub fn date_in(text: &str) -> Option<PartialDate> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "januar"],
        &["february", "februar"],
        &["march", "märz"],
        &["april"],
        &["may", "mai"],
        &["june", "juni"],
        &["july", "juli"],
        &["august"],
        &["september"],
        &["october", "oktober"],
        &["november"],
        &["december", "dezember"],
    ];
    let month_number = |name: &str| {
        let lower = name.to_lowercase();
        MONTHS.iter().position(|names| names.contains(&lower.as_str())).map(|i| i as u32 + 1)
    };
    for captures in DATE_IN_TEXT.captures_iter(text) {
        let number = |i: usize| captures.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let found = if let (Some(year), Some(month), Some(day)) = (number(1), number(2), number(3)) {
            PartialDate::day(year as i32, month, day)
        } else if let (Some(month), Some(day), Some(year)) =
            (captures.get(4).and_then(|m| month_number(m.as_str())), number(5), number(6))
        {
            PartialDate::day(year as i32, month, day)
        } else if let (Some(day), Some(month), Some(year)) =
            (number(7), captures.get(8).and_then(|m| month_number(m.as_str())), number(9))
        {
            PartialDate::day(year as i32, month, day)
        } else {
            continue;
        };
        if let Ok(date) = found {
            return Some(date);
        }
    }
    None
}

/// The longest context shown before a statement.
pub const CONTEXT_BYTES: usize = 400;

/// Where the last "\n\n" in `bytes` starts, as `memmem::rfind` finds it:
/// from the line ends that memrchr finds many bytes at a time, where
/// `memmem`'s reverse search set up a searcher for every call and then went
/// a byte at a time (three fifths of finding the records' contexts in the gold
/// news: 21.9 M instructions, now 8.8 M).
fn last_blank_line(bytes: &[u8]) -> Option<usize> {
    memchr::memrchr_iter(b'\n', bytes).find(|&end| end > 0 && bytes[end - 1] == b'\n').map(|end| end - 1)
}

fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '„' | '“' | '«' | '»' | '‚' | '(')
}

/// What one file yielded: its articles, and problems that did not stop it
/// (a JSON line that does not parse, an impossible date).
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub problems: Vec<Error>,
    /// xxh3 of the file's bytes: tells a rewritten file from a touched one.
    /// 0 when the read options leave it out.
    pub hash: u64,
}

/// Options for reading files.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub max_file_bytes: u64,
    /// JSON inputs: which key holds each of dictum's fields (`speaker` →
    /// `spokesperson`), for keys other than dictum's own.
    pub fields: FieldMap,
    /// Whether to hash each file's bytes ([`Loaded::hash`]), which only
    /// re-indexing reads.
    pub hash_files: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_file_bytes: DEFAULT_MAX_FILE_BYTES, fields: FieldMap::default(), hash_files: true }
    }
}

/// dictum's article fields, and the JSON keys read for each by default.
pub const FIELDS: &[(&str, &[&str])] = &[
    ("text", &["text", "body"]),
    ("title", &["title", "headline"]),
    ("date", &["date", "published"]),
    ("speaker", &["speaker", "spokesperson"]),
    ("role", &["role"]),
    ("source", &["source"]),
    ("url", &["url"]),
    ("id", &["id"]),
    ("lang", &["lang", "language"]),
];

/// The user's mapping of dictum's fields to the keys of their JSON input.
#[derive(Debug, Clone, Default)]
pub struct FieldMap {
    mapped: Vec<(String, String)>,
}

impl FieldMap {
    /// Reads `FIELD=KEY` pairs (`speaker=spokesperson`).
    pub fn parse(pairs: &[String]) -> Result<FieldMap> {
        let mut mapped = Vec::new();
        for pair in pairs {
            let Some((field, key)) = pair.split_once('=') else {
                return Err(Error::Usage(format!("--field {pair:?}: expected FIELD=KEY, as speaker=spokesperson")));
            };
            let field = field.trim();
            if !FIELDS.iter().any(|(name, _)| *name == field) {
                let names: Vec<&str> = FIELDS.iter().map(|(name, _)| *name).collect();
                return Err(Error::Usage(format!("--field {pair:?}: {field:?} is not one of {}", names.join(", "))));
            }
            mapped.push((field.to_string(), key.trim().to_string()));
        }
        Ok(FieldMap { mapped })
    }

    /// The keys to read a field from, the user's first; not collected into a
    /// list, which was an allocation for each field of each record.
    pub fn keys<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a str> {
        let mapped = self.mapped.iter().filter(move |(name, _)| name == field).map(|(_, key)| key.as_str());
        let defaults = FIELDS.iter().find(|(name, _)| *name == field).map_or(&[][..], |(_, defaults)| *defaults);
        mapped.chain(defaults.iter().copied())
    }
}

/// Reads one file and parses it by its extension and content.
pub fn read_file(path: &Path, options: &ReadOptions) -> Result<Loaded> {
    let metadata = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if metadata.len() > options.max_file_bytes {
        return Err(Error::Unsupported {
            path: path.to_path_buf(),
            reason: format!(
                "file is {} bytes, over the limit of {} (raise it with --max-file-size)",
                metadata.len(),
                options.max_file_bytes
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let hash = if options.hash_files { xxhash_rust::xxh3::xxh3_64(&bytes) } else { 0 };
    let decoded = decode(path, bytes)?;
    // The file's bytes are hashed above; `parse_with` would hash the
    // decoded text again, for a hash that this one replaces.
    let mut loaded = Loaded { hash, ..parse_articles(path, decoded.text, &options.fields) };
    if let Some(encoding) = decoded.encoding {
        for article in &mut loaded.articles {
            article.encoding = Some(encoding);
        }
        loaded.problems.push(Error::Notice {
            path: path.to_path_buf(),
            message: format!("not UTF-8: read as {encoding}; offsets count bytes of the text as decoded to UTF-8"),
        });
    }
    Ok(loaded)
}

/// A file's bytes as text, and the encoding they were read in.
struct Decoded {
    text: String,
    /// `None` for UTF-8; the encoding's name otherwise.
    encoding: Option<&'static str>,
}

/// Bytes looked at to tell text from binary data.
const SNIFF_BYTES: usize = 8192;

/// Turns a file's bytes into text. UTF-8 (a byte-order mark is dropped),
/// UTF-16 with a byte-order mark, and single-byte encodings such as
/// Windows-1252 and Latin-1 (guessed by chardetng) are read; binary data is
/// refused. Lone CR line ends become LF, which keeps every offset.
fn decode(path: &Path, bytes: Vec<u8>) -> Result<Decoded> {
    let binary = || Error::Unsupported { path: path.to_path_buf(), reason: "binary file (not text)".to_string() };
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes)
        && encoding != encoding_rs::UTF_8
    {
        let (text, _, errors) = encoding.decode(&bytes[bom..]);
        if errors {
            return Err(binary());
        }
        return Ok(Decoded { text: line_ends(text.into_owned()), encoding: Some(encoding.name()) });
    }
    let sniff = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let controls = control_bytes(sniff);
    if sniff.contains(&0) || controls * 20 > sniff.len() {
        return Err(binary());
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(Decoded { text: line_ends(text), encoding: None })
        }
        Err(error) => {
            let bytes = error.into_bytes();
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(&bytes, true);
            let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
            let (text, _, _) = encoding.decode(&bytes);
            Ok(Decoded { text: line_ends(text.into_owned()), encoding: Some(encoding.name()) })
        }
    }
}

/// The control bytes in `sniff` other than tabs, line ends and form feeds.
/// Counted as a sum of comparisons, which the compiler does many bytes at a
/// time: filtering and counting went a byte at a time, over the whole of
/// every news article (2 % of extracting the gold news).
fn control_bytes(sniff: &[u8]) -> usize {
    let is_control = |b: u8| {
        u8::from(b < 0x20) & u8::from(b != b'\t') & u8::from(b != b'\n') & u8::from(b != b'\r') & u8::from(b != 0x0c)
    };
    // Counted in bytes, as many at once as a vector register holds, a chunk
    // at a time so that no count overflows.
    sniff.chunks(usize::from(u8::MAX)).map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + is_control(b)))).sum()
}

/// Old Mac line ends (a lone CR) become LF: one byte for one, so offsets hold.
fn line_ends(text: String) -> String {
    // memchr's vectorised search: `str::contains` went a byte at a time.
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    for (index, &byte) in bytes.iter().enumerate() {
        let lone_cr = byte == b'\r' && bytes.get(index + 1) != Some(&b'\n');
        out.push(if lone_cr { b'\n' } else { byte });
    }
    String::from_utf8(out).expect("replacing ASCII with ASCII keeps UTF-8 valid")
}

/// Parses a file's text by its extension: JSON Lines, JSON, or one of the
/// text layouts.
pub fn parse(path: &Path, text: String) -> Loaded {
    parse_with(path, text, &ReadOptions::default())
}

/// [`parse`] with the user's read options (the JSON field mapping).
pub fn parse_with(path: &Path, text: String, options: &ReadOptions) -> Loaded {
    let hash = if options.hash_files { xxhash_rust::xxh3::xxh3_64(text.as_bytes()) } else { 0 };
    Loaded { hash, ..parse_articles(path, text, &options.fields) }
}

/// The articles of a file's text, by its extension, without its hash.
fn parse_articles(path: &Path, text: String, fields: &FieldMap) -> Loaded {
    match extension(path).as_deref() {
        Some("jsonl" | "ndjson") => json::parse_lines(path, &text, fields),
        Some("json") => json::parse_document(path, &text, fields),
        Some("xml") => tei::parse(path, &text),
        _ => text::parse(path, text),
    }
}

/// The file's extension in lowercase.
fn extension(path: &Path) -> Option<String> {
    path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase)
}

/// True when a file found in a folder walk is one dictum reads.
pub fn is_article_file(path: &Path) -> bool {
    matches!(extension(path).as_deref(), Some("txt" | "text" | "md" | "markdown" | "jsonl" | "ndjson" | "json" | "xml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_last_blank_line_is_where_memmem_finds_it(
            bytes in proptest::collection::vec(proptest::sample::select(b"\n\r .a".to_vec()), 0..64),
        ) {
            proptest::prop_assert_eq!(last_blank_line(&bytes), memchr::memmem::rfind(&bytes, b"\n\n"));
        }

        #[test]
        fn control_bytes_are_counted_as_filtering_counts_them(
            bytes in proptest::collection::vec(proptest::prop_oneof![0u8..0x21, proptest::num::u8::ANY], 0..300),
        ) {
            let filtered = bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
            proptest::prop_assert_eq!(control_bytes(&bytes), filtered);
        }
    }

    #[test]
    fn the_sentence_before_a_statement() {
        let text = "date 2021 T\n\nErster Satz. Dies erklärte der Minister am Mittwoch.\n\n\"Wir kommen.\"";
        let article = parse(Path::new("a.txt"), text.to_string()).articles.remove(0);
        let quote = text.find("\"Wir").unwrap();
        let context = article.sentence_before(quote).unwrap();
        assert_eq!(&text[context], "Dies erklärte der Minister am Mittwoch.");
        let first = text.find("Erster").unwrap();
        assert_eq!(article.sentence_before(first), None);
        let second = text.find("Dies").unwrap();
        assert_eq!(&text[article.sentence_before(second).unwrap()], "Erster Satz.");
    }

    #[test]
    fn the_sentence_before_starts_after_the_later_sentence_end_or_paragraph_break() {
        let cases = [
            ("Ein Satz. Noch einer ohne Ende\n\nNun der Absatz, den sie meinte.", "Nun der Absatz, den sie meinte."),
            ("Erster Absatz\n\nZweiter. Dritter Satz!", "Dritter Satz!"),
            (
                "Ein Satz.\n\n\nDer Wert stieg um 3.5 Prozent, sagte Lena Brandt.",
                "Der Wert stieg um 3.5 Prozent, sagte Lena Brandt.",
            ),
            ("Wer kommt? Dr.Brandt kommt.\u{a0}Sie sagte:", "Sie sagte:"),
            ("Ohne ein Ende davor", "Ohne ein Ende davor"),
        ];
        for (body, expected) in cases {
            let text = format!("date 2021 T\n\n{body} \"Wir kommen.\"");
            let article = parse(Path::new("a.txt"), text.clone()).articles.remove(0);
            let quote = text.find("\"Wir").unwrap();
            assert_eq!(&text[article.sentence_before(quote).unwrap()], expected);
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_locator_reads_a_path_as_display_shows_it() {
        use std::os::unix::ffi::OsStrExt;
        let odd = Path::new(std::ffi::OsStr::from_bytes(b"news/caf\xe9 \xff\xfe.txt"));
        let mut article = parse(odd, "date 2021 T\n\nText.".to_string()).articles.remove(0);
        assert_eq!(article.locator(), odd.display().to_string());
        article.record = Some(7);
        assert_eq!(article.locator(), format!("{}#7", odd.display()));
        assert_eq!(article.path_text(), odd.to_string_lossy());
        let valid = parse(Path::new("news/café.txt"), "date 2021 T\n\nText.".to_string()).articles.remove(0);
        assert!(matches!(valid.path_text(), Cow::Borrowed("news/café.txt")));
    }
}
