//! What a search returns for each matching statement: its stored fields and
//! a snippet of the quote with the matched words highlighted.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde::Serialize;
use tantivy::schema::document::CompactDocValue;
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::store::StoreReader;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{DocAddress, DocId, DocSet, SegmentReader, TERMINATED, TantivyDocument, Term};

use super::columns::ColumnCache;
use super::distinct::Matches;
use super::matcher::Matcher;
use crate::error::{Error, Result};
use crate::index::{decode_listing, listing_bytes};
use crate::schema::Fields;

/// Characters of quote shown around the matched words.
const SNIPPET_CHARS: usize = 240;

/// One matching statement.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub date: Option<String>,
    pub kind: String,
    pub quote: String,
    /// Byte ranges of the matched words in `quote`.
    #[serde(skip)]
    pub highlights: Vec<Range<usize>>,
    /// The part of the quote around the matched words, as plain text.
    pub snippet: String,
    /// The same with the matched words in `<mark>`, HTML-escaped.
    pub snippet_html: String,
    pub title: String,
    pub file: String,
    pub article: String,
    pub lang: String,
    pub cue: Option<String>,
    pub mention: Option<String>,
    pub rule: Option<String>,
    /// The sentence before the statement in its article.
    pub context: Option<String>,
    /// How many articles report this quote (1 when only this one).
    pub copies: u64,
    /// The articles reporting it, when there are several.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    #[serde(skip)]
    quote_hash: Option<u64>,
}

/// An article that reports a quote: its id, date, title, file and article,
/// kept in one string. A page lists some thirty copies, and a string for
/// each of their five fields was a fifth of a keyword search's allocations.
#[derive(Debug, Clone, Default)]
pub struct Source {
    text: String,
    /// Where the id, date, title, file and article end in `text`.
    ends: [usize; 5],
    dated: bool,
}

impl Source {
    pub fn new(id: &str, date: Option<&str>, title: &str, file: &str, article: &str) -> Source {
        let fields = [id, date.unwrap_or_default(), title, file, article];
        let mut text = String::with_capacity(fields.iter().map(|field| field.len()).sum());
        let ends = fields.map(|field| {
            text.push_str(field);
            text.len()
        });
        Source { text, ends, dated: date.is_some() }
    }

    /// The `n`th field of [`Source::new`].
    fn field(&self, n: usize) -> &str {
        let start = n.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.text[start..self.ends[n]]
    }

    pub fn id(&self) -> &str {
        self.field(0)
    }

    pub fn date(&self) -> Option<&str> {
        self.dated.then(|| self.field(1))
    }

    pub fn title(&self) -> &str {
        self.field(2)
    }

    pub fn file(&self) -> &str {
        self.field(3)
    }

    pub fn article(&self) -> &str {
        self.field(4)
    }
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut fields = serializer.serialize_struct("Source", 5)?;
        fields.serialize_field("id", self.id())?;
        fields.serialize_field("date", &self.date())?;
        fields.serialize_field("title", self.title())?;
        fields.serialize_field("file", self.file())?;
        fields.serialize_field("article", self.article())?;
        fields.end()
    }
}

/// Sources listed per hit at most.
const MAX_SOURCES: usize = 20;

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// All matching statements (copies of one quote each counted), not only those returned.
    pub total: usize,
    pub hits: Vec<Hit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<super::Facets>,
}

/// The statement at `address` with the text of its article, read again
/// from its file.
pub fn with_article(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    address: DocAddress,
    hit: Hit,
) -> Result<super::Shown> {
    let doc: TantivyDocument = searcher.doc(address).map_err(|e| Error::index("", e))?;
    let number = |field: Field| doc.get_first(field).and_then(|v| v.as_u64()).map(|n| n as usize);
    let source = doc.get_first(fields.source).and_then(|v| v.as_str()).unwrap_or_default().to_string();
    let span = number(fields.span_start).zip(number(fields.span_end));
    let unavailable =
        |note: String| super::Shown { hit: hit.clone(), article_text: None, span: None, note: Some(note) };
    let loaded = match crate::article::read_file(std::path::Path::new(&source), &crate::article::ReadOptions::default())
    {
        Ok(loaded) => loaded,
        Err(error) => return Ok(unavailable(format!("the article cannot be read any more: {error}"))),
    };
    let record: Option<usize> =
        hit.article.strip_prefix(hit.file.as_str()).and_then(|r| r.strip_prefix('#')).and_then(|r| r.parse().ok());
    let Some(article) = loaded.articles.into_iter().find(|a| a.record == record) else {
        return Ok(unavailable("the article is no longer in its file".to_string()));
    };
    let Some((start, end)) = span else {
        return Ok(unavailable("the index does not record where the statement stands".to_string()));
    };
    let first_words: String = hit.quote.chars().take(20).collect();
    let still_there = article.text.get(start..end).is_some_and(|text| text.starts_with(first_words.as_str()));
    if !still_there {
        return Ok(unavailable("the file has changed since it was indexed; run `dictum index` again".to_string()));
    }
    Ok(super::Shown { hit, article_text: Some(article.text), span: Some([start, end]), note: None })
}

/// Fills in, for each hit, how many matching statements report its quote,
/// and which (earliest first, undated last): the documents of each quote
/// hash that are among the search's `matches` (`total` of them).
pub fn add_copies(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    columns: &ColumnCache,
    matches: &Matches,
    total: usize,
    hits: &mut [Hit],
    addresses: &[(f32, DocAddress)],
) -> Result<()> {
    let failed = |e: tantivy::TantivyError| Error::index("", e);
    let mut hashes: Vec<u64> = hits.iter().filter_map(|hit| hit.quote_hash).collect();
    hashes.sort_unstable();
    hashes.dedup();
    // Each segment's columns fetched once: a fetch locks the cache and
    // hashes the segment's id, and a page of copies asks about seventy times.
    let fetched: Vec<std::sync::Arc<super::columns::Columns>> = searcher
        .segment_readers()
        .iter()
        .map(|segment| columns.get(segment))
        .collect::<Result<_, _>>()
        .map_err(failed)?;
    let segment_columns = |ordinal: u32| -> Result<std::sync::Arc<super::columns::Columns>> {
        fetched.get(ordinal as usize).cloned().ok_or_else(|| Error::index("", format!("no segment {ordinal}")))
    };
    let matching = if total <= FEW_MATCHES {
        copies_among_matches(searcher, fields, &hashes, matches, &segment_columns)?
    } else {
        copies_by_hash(searcher, fields, &hashes, matches, &segment_columns)?
    };
    // (hash, undated, first day, address) of each matching copy, sorted: a
    // hit's copies are a run of them, earliest first. One array, where a
    // map of a list for each hash was an allocation for each hit.
    let mut copies: Vec<(u64, bool, i64, DocAddress)> = Vec::with_capacity(matching.len());
    for (hash, address) in matching {
        let date = segment_columns(address.segment_ord)?.dates.first(address.doc_id);
        copies.push((hash, date.is_none(), date.unwrap_or(0), address));
    }
    copies.sort_unstable();
    // Each copy's listing is read from its segment's column into `listing`.
    let mut listing: Vec<u8> = Vec::new();
    for (hit, &(_, own)) in hits.iter_mut().zip(addresses) {
        let Some(hash) = hit.quote_hash else {
            continue;
        };
        let found = &copies[copies.partition_point(|c| c.0 < hash)..copies.partition_point(|c| c.0 <= hash)];
        if found.is_empty() {
            continue;
        }
        hit.copies = found.len() as u64;
        hit.sources.reserve_exact(found.len().min(MAX_SOURCES));
        for &(_, _, _, address) in found.iter().take(MAX_SOURCES) {
            if address == own {
                // The hit itself, loaded already.
                let source = Source::new(&hit.id, hit.date.as_deref(), &hit.title, &hit.file, &hit.article);
                hit.sources.push(source);
                continue;
            }
            let columns = segment_columns(address.segment_ord)?;
            listing_bytes(columns.listings.values_for_doc(address.doc_id), &mut listing);
            let Some([id, date, title, file, article]) = decode_listing(&listing) else {
                return Err(broken_listing(address, if listing.is_empty() { "missing" } else { "unreadable" }));
            };
            let source = Source::new(
                id.unwrap_or_default(),
                date,
                title.unwrap_or_default(),
                file.unwrap_or_default(),
                article.unwrap_or_default(),
            );
            hit.sources.push(source);
        }
    }
    Ok(())
}

/// A copy's listing (see [`crate::schema::LISTING`]) that cannot be read.
fn broken_listing(address: DocAddress, reason: &str) -> Error {
    Error::index("", format!("the listing of document {} in segment {}: {reason}", address.doc_id, address.segment_ord))
}

/// Searches with at most this many matches find the copies of their hits
/// among the matches, by their quote hash column, rather than among the
/// documents of each hit's quote hash in every segment (then a term lookup
/// each, most of a search by speaker's time for its copies).
const FEW_MATCHES: usize = 1024;

/// The matches that have a quote of `hashes` (sorted), with its hash,
/// found among the documents of each hash (as its postings hold them); only
/// quotes that more than one document ever had, matching or not, deleted
/// or not: a quote of one document lists no sources.
fn copies_by_hash(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    hashes: &[u64],
    matches: &Matches,
    segment_columns: &dyn Fn(u32) -> Result<std::sync::Arc<super::columns::Columns>>,
) -> Result<Vec<(u64, DocAddress)>> {
    let mut held: HashMap<u64, usize> = HashMap::new();
    let mut matching: Vec<(u64, DocAddress)> = Vec::new();
    let mut in_postings: Vec<DocId> = Vec::new();
    for (ordinal, segment) in (0u32..).zip(searcher.segment_readers()) {
        let columns = segment_columns(ordinal)?;
        let by_hash = columns.by_hash();
        for &hash in hashes {
            let docs = match by_hash {
                Some(made) => made.docs_of(hash),
                None => {
                    docs_in_postings(segment, fields, hash, &mut in_postings)?;
                    &in_postings
                }
            };
            *held.entry(hash).or_default() += docs.len();
            for &doc in docs {
                let address = DocAddress::new(ordinal, doc);
                if matches.contains(address) {
                    matching.push((hash, address));
                }
            }
        }
    }
    matching.retain(|(hash, _)| held.get(hash).is_some_and(|&count| count > 1));
    Ok(matching)
}

/// The documents of `hash` in `segment`, deleted ones too, read from its
/// postings into `docs`: a term look-up, for a segment whose array of
/// hashes is not made yet.
fn docs_in_postings(segment: &SegmentReader, fields: &Fields, hash: u64, docs: &mut Vec<DocId>) -> Result<()> {
    let failed = |e: tantivy::TantivyError| Error::index("", e);
    docs.clear();
    let postings = segment.inverted_index(fields.quote_hash).map_err(failed)?;
    let term = Term::from_field_u64(fields.quote_hash, hash);
    let Some(mut list) = postings.read_postings(&term, IndexRecordOption::Basic).map_err(|e| Error::index("", e))?
    else {
        return Ok(());
    };
    while list.doc() != TERMINATED {
        docs.push(list.doc());
        list.advance();
    }
    Ok(())
}

/// The same as [`copies_by_hash`], found by reading the hash of every
/// match: only a quote with a single matching document needs its number
/// of documents from the index.
fn copies_among_matches(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    hashes: &[u64],
    matches: &Matches,
    segment_columns: &dyn Fn(u32) -> Result<std::sync::Arc<super::columns::Columns>>,
) -> Result<Vec<(u64, DocAddress)>> {
    let mut matching: Vec<(u64, DocAddress)> = Vec::new();
    let mut segment: Option<(u32, std::sync::Arc<super::columns::Columns>)> = None;
    for address in matches.addresses() {
        let columns = match &segment {
            Some((ordinal, columns)) if *ordinal == address.segment_ord => columns,
            _ => &segment.insert((address.segment_ord, segment_columns(address.segment_ord)?)).1,
        };
        if let Some(hash) = columns.hashes.first(address.doc_id).filter(|hash| hashes.binary_search(hash).is_ok()) {
            matching.push((hash, address));
        }
    }
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for (hash, _) in &matching {
        *counts.entry(*hash).or_default() += 1;
    }
    let mut single: Vec<u64> = Vec::new();
    for (hash, count) in counts {
        if count > 1 {
            continue;
        }
        let held =
            searcher.doc_freq(&Term::from_field_u64(fields.quote_hash, hash)).map_err(|e| Error::index("", e))?;
        if held <= 1 {
            single.push(hash);
        }
    }
    matching.retain(|(hash, _)| !single.contains(hash));
    Ok(matching)
}

/// Loads the hits at `addresses`, with snippets for the keyword query.
pub fn collect(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    columns: &ColumnCache,
    matcher: &Matcher,
    addresses: &[(f32, DocAddress)],
    every_match: bool,
) -> Result<Vec<Hit>> {
    // Each language's highlighter is made when a hit in that language first
    // needs it: a page is mostly of one language, and making one clones the
    // field's analyzer and walks the query for its terms.
    let mut highlighters = Highlighters {
        searcher,
        keywords: matcher.keywords.as_deref(),
        every_match,
        made: fields.quotes.iter().map(|(lang, field)| (lang.as_str(), *field, None)).collect(),
    };
    let schema_fields = searcher.schema().num_fields();
    let mut hits = Vec::with_capacity(addresses.len());
    for (score, address) in addresses {
        let failed = |e: tantivy::TantivyError| Error::index("", e);
        let segment = columns.get(searcher.segment_reader(address.segment_ord)).map_err(failed)?;
        let bytes = segment.store.get_document_bytes(address.doc_id).map_err(failed)?;
        let mut document = None;
        let doc =
            StoredFields::load(&segment.store, address.doc_id, &bytes, schema_fields, &mut document).map_err(failed)?;
        let text = |field: Field| doc.text(field);
        let quote = text(fields.quote).unwrap_or_default();
        let lang = text(fields.lang).unwrap_or_default();
        let (snippet, snippet_html, highlights) = match highlighters.of(&lang) {
            Some(highlighter) => snippets(highlighter, &quote),
            None => {
                let plain = truncate(&quote, SNIPPET_CHARS);
                (plain.clone(), html_escape(&plain), Vec::new())
            }
        };
        hits.push(Hit {
            id: text(fields.id).unwrap_or_default(),
            score: *score,
            speaker: text(fields.speaker),
            role: text(fields.role),
            date: text(fields.date),
            kind: text(fields.kind).unwrap_or_default(),
            quote,
            highlights,
            snippet,
            snippet_html,
            title: text(fields.title).unwrap_or_default(),
            file: text(fields.file).unwrap_or_default(),
            article: text(fields.article).unwrap_or_default(),
            lang,
            cue: text(fields.cue),
            mention: text(fields.mention),
            rule: text(fields.rule),
            context: text(fields.context),
            copies: 1,
            sources: Vec::new(),
            quote_hash: doc.first_u64(fields.quote_hash),
        });
    }
    Ok(hits)
}

/// The highlighters of a search's keywords in each quote field, made on
/// first use.
struct Highlighters<'a> {
    searcher: &'a tantivy::Searcher,
    /// `None` without keywords: no highlighting at all.
    keywords: Option<&'a dyn tantivy::query::Query>,
    every_match: bool,
    /// Each language, its quote field and, once asked for, its highlighter
    /// (`None` inside when the field has no analyzer).
    made: Vec<(&'a str, Field, Option<Option<Highlighter>>)>,
}

impl Highlighters<'_> {
    /// The highlighter of the quote field of `lang`, or else of the field
    /// of other languages (code ""), if that field has an analyzer.
    fn of(&mut self, lang: &str) -> Option<&mut Highlighter> {
        let keywords = self.keywords?;
        let at = self.position(keywords, |code| code == lang).or_else(|| self.position(keywords, str::is_empty))?;
        self.made[at].2.as_mut().and_then(Option::as_mut)
    }

    /// The first language that `wanted` and whose field has an analyzer,
    /// its highlighter made.
    fn position(&mut self, keywords: &dyn tantivy::query::Query, wanted: impl Fn(&str) -> bool) -> Option<usize> {
        let (searcher, every_match) = (self.searcher, self.every_match);
        self.made.iter_mut().position(|(code, field, made)| {
            wanted(code)
                && made
                    .get_or_insert_with(|| {
                        let analyzer = searcher.index().tokenizer_for_field(*field).ok()?;
                        let mut terms = HashSet::new();
                        keywords.query_terms(&mut |term, _| {
                            if term.field() == *field
                                && let Some(text) = term.value().as_str()
                            {
                                terms.insert(text.to_string());
                            }
                        });
                        Some(Highlighter::new(analyzer, terms, every_match))
                    })
                    .is_some()
        })
    }
}

/// A statement's stored fields, borrowed from the store's bytes (or from
/// tantivy's document, for a layout [`StoredFields::parse`] leaves to it):
/// a hit copies only the texts it takes, each once. A [`TantivyDocument`]
/// copies every value three times, and the quote can be a whole speech.
/// Kept by field number, each field's first value: a hit looks up fourteen
/// fields, and a search of the list for each mispredicted its way out.
struct StoredFields<'a>(Vec<Option<Stored<'a>>>);

/// A stored value: texts and u64s are what dictum stores.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stored<'a> {
    Text(&'a str),
    U64(u64),
    Other,
}

impl<'a> StoredFields<'a> {
    /// The stored fields of document `doc` of `store`, of a schema of
    /// `fields` fields, whose bytes are `bytes`; read by tantivy into
    /// `document` when their layout is not one [`StoredFields::parse`] reads.
    fn load(
        store: &StoreReader,
        doc: DocId,
        bytes: &'a [u8],
        fields: usize,
        document: &'a mut Option<TantivyDocument>,
    ) -> tantivy::Result<StoredFields<'a>> {
        if let Some(stored) = StoredFields::parse(bytes, fields) {
            return Ok(stored);
        }
        Ok(StoredFields::of_document(document.insert(store.get(doc)?), fields))
    }

    /// The values of a document tantivy has read, of a schema of `fields` fields.
    fn of_document(document: &'a TantivyDocument, fields: usize) -> StoredFields<'a> {
        let value = |value: CompactDocValue<'a>| match (value.as_str(), value.as_u64()) {
            (Some(text), _) => Stored::Text(text),
            (None, Some(number)) => Stored::U64(number),
            (None, None) => Stored::Other,
        };
        let mut kept = StoredFields(vec![None; fields]);
        for (field, stored) in document.field_values() {
            kept.keep(field, value(stored));
        }
        kept
    }

    /// Keeps `value` unless `field` has one already; `false` for a field
    /// beyond the schema's `fields`.
    fn keep(&mut self, field: Field, value: Stored<'a>) -> bool {
        let Some(slot) = self.0.get_mut(field.field_id() as usize) else {
            return false;
        };
        slot.get_or_insert(value);
        true
    }

    fn first(&self, field: Field) -> Option<Stored<'a>> {
        self.0.get(field.field_id() as usize).copied().flatten()
    }

    /// Reads tantivy's layout of a stored document (the number of values,
    /// then each value's field as 4 bytes little-endian, its type code and
    /// the value) for the types dictum stores, text and u64; `None` for
    /// anything else, left to tantivy to read.
    fn parse(mut bytes: &'a [u8], fields: usize) -> Option<StoredFields<'a>> {
        let count = read_vint(&mut bytes)?;
        let mut values = StoredFields(vec![None; fields]);
        for _ in 0..count {
            let (field, rest) = bytes.split_first_chunk::<4>()?;
            let (&code, rest) = rest.split_first()?;
            bytes = rest;
            let value = match code {
                STORED_TEXT => {
                    let length = usize::try_from(read_vint(&mut bytes)?).ok()?;
                    let (text, rest) = bytes.split_at_checked(length)?;
                    bytes = rest;
                    Stored::Text(std::str::from_utf8(text).ok()?)
                }
                STORED_U64 => {
                    let (number, rest) = bytes.split_first_chunk::<8>()?;
                    bytes = rest;
                    Stored::U64(u64::from_le_bytes(*number))
                }
                _ => return None,
            };
            values.keep(Field::from_field_id(u32::from_le_bytes(*field)), value).then_some(())?;
        }
        bytes.is_empty().then_some(values)
    }

    /// The first text of `field`, as a string of its own.
    fn text(&self, field: Field) -> Option<String> {
        match self.first(field)? {
            Stored::Text(text) => Some(text.to_string()),
            _ => None,
        }
    }

    fn first_u64(&self, field: Field) -> Option<u64> {
        match self.first(field)? {
            Stored::U64(number) => Some(number),
            _ => None,
        }
    }
}

/// tantivy's type codes of a stored text and u64 (its `type_codes`, not public).
const STORED_TEXT: u8 = 0;
const STORED_U64: u8 = 1;

/// A number in tantivy's variable-length encoding: 7 bits a byte, lowest
/// first, the last byte marked by its high bit.
fn read_vint(bytes: &mut &[u8]) -> Option<u64> {
    let mut value: u64 = 0;
    for (at, &byte) in bytes.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * at);
        if byte & 0x80 != 0 {
            *bytes = &bytes[at + 1..];
            return Some(value);
        }
    }
    None
}

/// Finds the words of a quote that match the query's terms in one quote
/// field. Only the words that could match are run through the field's
/// analyzer: stemming every word of a window cost more than the rest of
/// a search.
struct Highlighter {
    /// The field's own analyzer, as the quote was indexed with.
    analyzer: TextAnalyzer,
    /// The query's terms in this field.
    terms: HashSet<String>,
    /// The first letters of each term, lowercase: a word that contains none
    /// of them cannot analyse to a term.
    prefixes: Vec<String>,
    /// Find every matched word of the quote, not only those of the snippet.
    every_match: bool,
    /// The text searched, lowercase, kept from quote to quote: a fresh copy
    /// of each was an allocation the size of a speech, freed again.
    lower: String,
    /// The words that could match, kept from quote to quote as `lower` is.
    words: Vec<Range<usize>>,
}

impl Highlighter {
    fn new(analyzer: TextAnalyzer, terms: HashSet<String>, every_match: bool) -> Highlighter {
        let prefixes = terms.iter().map(|term| stem_prefix(term).to_string()).filter(|p| !p.is_empty()).collect();
        Highlighter { analyzer, terms, prefixes, every_match, lower: String::new(), words: Vec::new() }
    }

    /// The byte ranges of the matched words (or compound parts) in `text`,
    /// in order, overlaps merged.
    fn highlights(&mut self, text: &str) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = Vec::new();
        if self.terms.is_empty() {
            return found;
        }
        self.candidates(text);
        for word in &self.words {
            // The analyzers start with the simple tokenizer, so a word
            // analysed alone gives the tokens it gives within the text.
            let mut parts = self.analyzer.token_stream(&text[word.clone()]);
            while let Some(part) = parts.next() {
                if self.terms.contains(&part.text) {
                    found.push(word.start + part.offset_from..word.start + part.offset_to);
                }
            }
        }
        found.sort_by_key(|range| (range.start, std::cmp::Reverse(range.end)));
        found.dedup_by(|range, last| {
            let overlaps = range.start < last.end;
            if overlaps {
                last.end = last.end.max(range.end);
            }
            overlaps
        });
        found
    }

    /// The words of `text` (runs of letters and digits, as the simple
    /// tokenizer splits them) that could analyse to a term: those that
    /// contain a term's first letters, lowercase, and those with a character
    /// beyond ASCII, which folding and stemming may change anywhere. Found
    /// by searching the text for those letters rather than splitting all of
    /// it into words, which cost most of the highlighting of a quote with a
    /// single curly quotation mark.
    fn candidates(&mut self, text: &str) -> &[Range<usize>] {
        let lower = lowercase_into(&mut self.lower, text);
        let words = &mut self.words;
        words.clear();
        for prefix in &self.prefixes {
            for at in memchr::memmem::find_iter(lower.as_bytes(), prefix.as_bytes()) {
                let word = word_around(text, at);
                // The letters must lie within one word, as in a word alone.
                if word.end >= at + prefix.len() {
                    words.push(word);
                }
            }
        }
        let bytes = text.as_bytes();
        let mut from = 0;
        // The first byte of each character beyond ASCII is 0xC0 or more.
        while let Some(found) = bytes[from..].iter().position(|&byte| byte >= 0xC0) {
            let at = from + found;
            let c = text[at..].chars().next().unwrap_or_default();
            if !c.is_alphanumeric() {
                from = at + c.len_utf8();
                continue;
            }
            let word = word_around(text, at);
            from = word.end;
            words.push(word);
        }
        words.sort_by_key(|word| word.start);
        words.dedup();
        words
    }
}

/// The word (letters and digits, as the simple tokenizer sees them) of
/// `text` around the character at byte `at`; empty at `at` when that
/// character is none.
fn word_around(text: &str, at: usize) -> Range<usize> {
    let start = at - text[..at].chars().rev().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum::<usize>();
    let end = at + text[at..].chars().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum::<usize>();
    start..end
}

/// The first letters of a stem that its words share, as a byte prefix.
fn stem_prefix(term: &str) -> &str {
    let mut end = MIN_STEM_PREFIX.min(term.len());
    while !term.is_char_boundary(end) {
        end -= 1;
    }
    &term[..end]
}

/// Quotes longer than this (whole speeches) are analysed only around their
/// first match, unless every match is wanted.
const LONG_QUOTE_BYTES: usize = 2000;

/// The shortest part of a stem looked for when the whole stem is not in
/// the text as written.
const MIN_STEM_PREFIX: usize = 4;

/// The part of a long quote around the first place a query term occurs,
/// as a byte range; `None` when no term is found as written. A stem need
/// not be a prefix of its words ("economi" of "economy"), so a stem not
/// found is looked for again without its last letters.
fn match_window<'a>(
    terms: impl IntoIterator<Item = &'a String>,
    quote: &str,
    lower: &mut String,
) -> Option<std::ops::Range<usize>> {
    let first = first_match(terms, lowercase_into(lower, quote))?;
    let mut start = first.saturating_sub(SNIPPET_LEAD_BYTES * 2);
    while !quote.is_char_boundary(start) {
        start += 1;
    }
    let mut end = (first + SNIPPET_CHARS * 2).min(quote.len());
    while !quote.is_char_boundary(end) {
        end -= 1;
    }
    Some(start..end)
}

/// `text` in ASCII lowercase, written over `buffer`.
fn lowercase_into<'a>(buffer: &'a mut String, text: &str) -> &'a str {
    buffer.clear();
    buffer.push_str(text);
    buffer.make_ascii_lowercase();
    buffer
}

/// The earliest of the places where each term's longest prefix found in
/// `lower` first occurs.
fn first_match<'a>(terms: impl IntoIterator<Item = &'a String>, lower: &str) -> Option<usize> {
    let mut found: Option<usize> = None;
    for term in terms.into_iter().filter(|t| !t.is_empty()) {
        if let Some(earliest) = found
            && !starts_before(lower, term, earliest)
        {
            continue;
        }
        if let Some(at) = first_of_longest_prefix(lower, term) {
            found = Some(found.map_or(at, |earliest| earliest.min(at)));
        }
    }
    found
}

/// The shortest prefix of `term` looked for (or the whole term when shorter).
fn shortest_prefix(term: &str) -> &str {
    &term[..term.ceil_char_boundary(MIN_STEM_PREFIX.min(term.len()))]
}

/// Where the longest prefix of `term` that occurs in `lower` (down to its
/// [`shortest_prefix`]) first occurs. Searched with `memmem`, vectorised for
/// any needle: the standard library's `find` is not, and its `contains`
/// only for short needles (with them, a seventh of loading two keywords' hits).
fn first_of_longest_prefix(lower: &str, term: &str) -> Option<usize> {
    let shortest = shortest_prefix(term).len();
    (shortest..=term.len())
        .rev()
        .filter(|&end| term.is_char_boundary(end))
        .find_map(|end| memchr::memmem::find(lower.as_bytes(), &term.as_bytes()[..end]))
}

/// Whether `term` (or a prefix of it looked for) may occur in `lower`
/// before byte `bound`: a second term of a query is then looked for only
/// up to where the first one was found, not through the rest of a speech.
fn starts_before(lower: &str, term: &str, bound: usize) -> bool {
    let shortest = shortest_prefix(term);
    let end = lower.ceil_char_boundary(bound + shortest.len() - 1);
    memchr::memmem::find(&lower.as_bytes()[..end], shortest.as_bytes()).is_some()
}

/// The snippet as text and HTML, and the matched words' ranges in the whole quote.
fn snippets(highlighter: &mut Highlighter, quote: &str) -> (String, String, Vec<Range<usize>>) {
    // The snippet is the window around the first matched word: a long
    // quote (a speech) is read only around the first place a term occurs.
    let windowed = !highlighter.every_match && quote.len() > LONG_QUOTE_BYTES;
    let window = if windowed { match_window(&highlighter.terms, quote, &mut highlighter.lower) } else { None };
    let around: Vec<Range<usize>> = match &window {
        Some(window) => highlighter
            .highlights(&quote[window.clone()])
            .into_iter()
            .map(|r| r.start + window.start..r.end + window.start)
            .collect(),
        None => Vec::new(),
    };
    // An ASCII quote without any term's first letters has no match (it
    // matched by its title or role); otherwise, without a window or with a
    // window around a word that only looks like a match, read it all.
    let no_match = windowed && window.is_none() && quote.is_ascii();
    let highlights = if !around.is_empty() || no_match { around } else { highlighter.highlights(quote) };
    let Some(first) = highlights.first() else {
        let plain = truncate(quote, SNIPPET_CHARS);
        return (plain.clone(), html_escape(&plain), highlights);
    };
    let mut start = first.start.saturating_sub(SNIPPET_LEAD_BYTES);
    while !quote.is_char_boundary(start) {
        start += 1;
    }
    if start > 0
        && let Some(space) = quote[start..first.start].find(char::is_whitespace)
    {
        start += space + 1;
    }
    let mut end = (start + SNIPPET_CHARS * 2).min(quote.len());
    while !quote.is_char_boundary(end) {
        end -= 1;
    }
    let window = &quote[start..end];
    let cut = window.char_indices().nth(SNIPPET_CHARS).map(|(at, _)| at);
    let kept = &window[..cut.unwrap_or(window.len())];
    let fragment_end = start + kept.trim_end_matches('…').len();
    // A snippet that starts inside the quote says so, as one cut at its end
    // does. Written into one string each: a string per piece was a third of
    // the allocations of a page.
    let mut fragment = String::with_capacity(kept.len() + 2 * '…'.len_utf8());
    if start > 0 {
        fragment.push('…');
    }
    fragment.push_str(kept);
    if cut.is_some() {
        fragment.push('…');
    }
    let mut html = String::with_capacity(fragment.len() + 32);
    if start > 0 {
        html.push('…');
    }
    let mut last = start;
    for range in highlights.iter().filter(|r| r.start >= start && r.end <= fragment_end) {
        if range.start < last {
            continue; // a compound's part, highlighted with the word already
        }
        push_escaped(&mut html, &quote[last..range.start]);
        html.push_str("<mark>");
        push_escaped(&mut html, &quote[range.clone()]);
        html.push_str("</mark>");
        last = range.end;
    }
    push_escaped(&mut html, &quote[last..fragment_end]);
    if fragment.ends_with('…') {
        html.push('…');
    }
    (fragment, html, highlights)
}

/// Bytes of quote shown before the first matched word.
const SNIPPET_LEAD_BYTES: usize = 60;

fn truncate(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// `text` with the characters special in HTML escaped.
fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// Copies the text between the characters to escape as whole slices, not
/// a character at a time. They are ASCII, so never inside a character.
fn push_escaped(out: &mut String, text: &str) {
    let mut copied = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'&' => "&amp;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[copied..at]);
        out.push_str(escaped);
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{SimpleTokenizer, Tokenizer};

    use super::*;

    #[test]
    fn a_long_quote_is_read_around_its_first_match() {
        let quote = format!("{}The border stays open.{}", "Words before. ".repeat(300), " Words after.".repeat(300));
        let window = match_window(&["border".to_string()], &quote, &mut String::new()).unwrap();
        assert!(quote[window.clone()].contains("The border stays open."));
        assert!(window.len() < 2000 && quote.is_char_boundary(window.start) && quote.is_char_boundary(window.end));
        assert_eq!(match_window(&["absent".to_string()], &quote, &mut String::new()), None);
        let stemmed = match_window(
            &["economi".to_string()],
            &format!("{}The economy grows.", "Words. ".repeat(400)),
            &mut String::new(),
        );
        assert!(stemmed.is_some_and(|w| w.start > 2000));
        let multibyte = format!("{}é border", "ü".repeat(500));
        let window = match_window(&["border".to_string()], &multibyte, &mut String::new()).unwrap();
        assert!(multibyte.is_char_boundary(window.start));
    }

    /// The first match as it was defined: for each term, the first place of
    /// its longest prefix found, looked for from the whole term down.
    fn first_match_by_prefixes(terms: &[String], lower: &str) -> Option<usize> {
        let find = |term: &String| {
            (MIN_STEM_PREFIX.min(term.len())..=term.len())
                .rev()
                .filter(|&end| term.is_char_boundary(end))
                .find_map(|end| lower.find(&term[..end]))
        };
        terms.iter().filter(|t| !t.is_empty()).filter_map(find).min()
    }

    proptest::proptest! {
        #[test]
        fn the_first_match_is_the_one_of_each_prefix_in_turn(
            filler in 0usize..3000,
            text in "[abcé ]{0,120}",
            terms in proptest::collection::vec("[abcé]{0,7}", 1..4),
        ) {
            // Matches after filler, and again after them.
            let lower = format!("{}{text}{}", "x".repeat(filler), text.repeat(filler % 3));
            proptest::prop_assert_eq!(first_match(&terms, &lower), first_match_by_prefixes(&terms, &lower));
        }
    }

    /// A highlighter of the quote field of `lang` for `words`, analysed as queries are.
    fn highlighter(lang: &str, words: &str) -> Highlighter {
        let index = tantivy::Index::create_in_ram(crate::schema::build());
        crate::schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let query = crate::schema::query_analyzer_name(lang);
        let mut analyzer = index.tokenizers().get(&query).unwrap();
        let mut stream = analyzer.token_stream(words);
        let mut terms = HashSet::new();
        while let Some(token) = stream.next() {
            terms.insert(token.text.clone());
        }
        Highlighter::new(index.tokenizer_for_field(fields.quote_for(lang)).unwrap(), terms, false)
    }

    #[test]
    fn matched_words_are_found_as_the_index_analyses_them() {
        let text = "The NEGOTIATIONS on the economy; Economies negotiate.";
        let found: Vec<&str> =
            highlighter("en", "negotiation economy").highlights(text).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["NEGOTIATIONS", "economy", "Economies", "negotiate"]);
        let german = "Die Cybersicherheit und der Sicherheitsrat, nicht die Sicht.";
        let found: Vec<&str> =
            highlighter("de", "Sicherheit").highlights(german).iter().map(|r| &german[r.clone()]).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|word| word.to_lowercase().contains("sicherheit")), "{found:?}");
        let french = "La sécurité d'abord.";
        let found: Vec<&str> =
            highlighter("fr", "Sécurité").highlights(french).iter().map(|r| &french[r.clone()]).collect();
        assert_eq!(found, ["sécurité"]);
    }

    #[test]
    fn a_snippet_cut_at_either_end_says_so() {
        let early = "The border stays open, said the minister.";
        let (text, html, _) = snippets(&mut highlighter("en", "border"), early);
        assert_eq!(text, early);
        assert!(html.starts_with("The <mark>border</mark>"), "{html}");
        let late = format!("{}The border stays open.{}", "Words before. ".repeat(30), " Words after.".repeat(30));
        let (text, html, _) = snippets(&mut highlighter("en", "border"), &late);
        assert!(text.starts_with('…') && text.ends_with('…') && text.contains("The border stays open."), "{text}");
        assert!(html.starts_with('…') && html.ends_with('…') && html.contains("<mark>border</mark>"), "{html}");
    }

    /// The words of `text` that could match, found as before: every word
    /// of the simple tokenizer, kept if it has a prefix or is not ASCII.
    fn candidates_by_tokenizer(prefixes: &[&str], text: &str) -> Vec<Range<usize>> {
        let mut tokenizer = SimpleTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut words = Vec::new();
        while let Some(word) = stream.next() {
            let lower = word.text.to_ascii_lowercase();
            if !lower.is_ascii() || prefixes.iter().any(|p| lower.contains(p)) {
                words.push(word.offset_from..word.offset_to);
            }
        }
        words
    }

    #[test]
    fn candidates_are_the_words_that_the_tokenizer_gives() {
        let texts = [
            "The Peacekeepers' peace, “peace” — PEACE-building; appeased 2peace peace2",
            "Die Friedensgespräche: Frieden ist möglich, sagte Åsa Ödegård in Göteborg.",
            "Мир и безопасность: мирный процесс, МИРНЫЙ договор, «мир».",
            "peac e pea ce ’peac’ é",
            "",
        ];
        for prefixes in [vec!["peac"], vec!["frie", "mög"], vec!["мир", "безо"], vec!["pea", "ce"]] {
            let mut highlighter = highlighter("en", "x");
            highlighter.prefixes = prefixes.iter().map(|p| p.to_string()).collect();
            for text in texts {
                let expected = candidates_by_tokenizer(&prefixes, text);
                assert_eq!(highlighter.candidates(text), expected, "{prefixes:?} in {text:?}");
            }
        }
    }

    /// An index in memory with dictum's schema, and its writer.
    fn empty_index() -> (tantivy::Index, Fields, tantivy::IndexWriter) {
        let index = tantivy::Index::create_in_ram(crate::schema::build());
        crate::schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        (index, fields, writer)
    }

    #[test]
    fn copies_are_those_that_match_earliest_first_undated_last() {
        let (index, fields, mut writer) = empty_index();
        for (id, day, text) in [
            ("a", Some(200), "border open"),
            ("b", Some(100), "border open"),
            ("c", None, "border"),
            ("d", Some(50), "closed"),
        ] {
            let mut doc = TantivyDocument::default();
            doc.add_text(fields.id, id);
            doc.add_text(fields.quote_for("en"), text);
            doc.add_u64(fields.quote_hash, 7);
            crate::index::encode_listing([Some(id), None, Some(""), Some(""), Some("")], |word| {
                doc.add_u64(fields.listing, word);
            });
            if let Some(day) = day {
                doc.add_i64(fields.date_start, day);
            }
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let query = tantivy::query::TermQuery::new(
            Term::from_field_text(fields.quote_for("en"), "border"),
            IndexRecordOption::Basic,
        );
        let matcher = Matcher { query: Box::new(query), keywords: None };
        let columns = std::sync::Arc::new(ColumnCache::default());
        let distinct = super::super::distinct::DistinctTop {
            limit: 1,
            sort: super::super::Sort::Relevance,
            columns: std::sync::Arc::clone(&columns),
        };
        let (first, matches) = searcher.search(&*matcher.query, &distinct).unwrap();
        assert_eq!(first.len(), 1, "the copies are one quote");
        let mut hits = collect(&searcher, &fields, &columns, &matcher, &first, false).unwrap();
        add_copies(&searcher, &fields, &columns, &matches, 3, &mut hits, &first).unwrap();
        assert_eq!(hits[0].copies, 3);
        let ids: Vec<&str> = hits[0].sources.iter().map(Source::id).collect();
        assert_eq!(ids, ["b", "a", "c"]);
    }

    /// A listing is several values of its column, which must come back in
    /// their order after segments are merged, deleted documents dropped.
    #[test]
    fn listings_read_back_in_order_after_a_merge() {
        let (index, fields, mut writer) = empty_index();
        let title = |n: usize| format!("Article {n} {}", "about borders ".repeat(n % 5));
        for n in 0..40usize {
            let mut doc = TantivyDocument::default();
            doc.add_text(fields.id, format!("s{n}"));
            let date = (!n.is_multiple_of(3)).then(|| format!("20{n:02}"));
            crate::index::encode_listing(
                [
                    Some(&format!("s{n}")),
                    date.as_deref(),
                    Some(&title(n)),
                    Some("dir/news.jsonl"),
                    Some(&format!("dir/news.jsonl#{n}")),
                ],
                |word| doc.add_u64(fields.listing, word),
            );
            writer.add_document(doc).unwrap();
            if n % 10 == 9 {
                writer.commit().unwrap();
            }
        }
        writer.delete_term(Term::from_field_text(fields.id, "s12"));
        writer.commit().unwrap();
        let segments = index.searchable_segment_ids().unwrap();
        assert!(segments.len() > 1);
        writer.merge(&segments).wait().unwrap();
        writer.wait_merging_threads().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 1);
        let segment = searcher.segment_reader(0);
        let columns = ColumnCache::default().get(segment).unwrap();
        let mut bytes = Vec::new();
        let mut seen = 0;
        for doc in 0..segment.max_doc() {
            listing_bytes(columns.listings.values_for_doc(doc), &mut bytes);
            let [Some(id), date, Some(title_read), _, Some(article)] = decode_listing(&bytes).unwrap() else {
                panic!("document {doc}");
            };
            let n: usize = id[1..].parse().unwrap();
            assert_eq!(title_read, title(n));
            assert_eq!(date.is_some(), !n.is_multiple_of(3));
            assert_eq!(article, format!("dir/news.jsonl#{n}"));
            seen += 1;
        }
        assert_eq!(seen, 39);
    }

    #[test]
    fn copies_among_few_matches_are_those_of_the_postings() {
        let (index, fields, mut writer) = empty_index();
        // Quote 7 matches thrice, 8 once with a copy that does not match,
        // 9 once and alone; 10 is not a hit's.
        let docs = [(7, "border"), (7, "border"), (8, "border"), (8, "closed"), (9, "border"), (10, "border")];
        for (n, (hash, text)) in docs.into_iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_text(fields.quote_for("en"), text);
            doc.add_u64(fields.quote_hash, hash);
            writer.add_document(doc).unwrap();
            if n == 2 {
                writer.commit().unwrap(); // copies in two segments
            }
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let query = tantivy::query::TermQuery::new(
            Term::from_field_text(fields.quote_for("en"), "border"),
            IndexRecordOption::Basic,
        );
        let columns = std::sync::Arc::new(ColumnCache::default());
        let distinct = super::super::distinct::DistinctTop {
            limit: 10,
            sort: super::super::Sort::Relevance,
            columns: std::sync::Arc::clone(&columns),
        };
        let (_, matches) = searcher.search(&query, &distinct).unwrap();
        let hashes = [7, 8, 9];
        let segment_columns = |ordinal: u32| Ok(columns.get(searcher.segment_reader(ordinal)).unwrap());
        let mut among = copies_among_matches(&searcher, &fields, &hashes, &matches, &segment_columns).unwrap();
        among.sort_unstable();
        // The first searches read the postings, the later ones the array.
        for search in 0..=super::super::columns::SEARCHES_BEFORE_HASH_ARRAY + 1 {
            let mut by_hash = copies_by_hash(&searcher, &fields, &hashes, &matches, &segment_columns).unwrap();
            by_hash.sort_unstable();
            assert_eq!(among, by_hash, "search {search}");
        }
        let found: Vec<u64> = among.iter().map(|(hash, _)| *hash).collect();
        assert_eq!(found, [7, 7, 8]);
    }

    #[test]
    fn stored_fields_are_read_as_tantivy_reads_them() {
        let (index, fields, mut writer) = empty_index();
        let long = "Ünïcödé words, “quoted”. ".repeat(40);
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.id, "a1");
        doc.add_text(fields.quote, &long);
        doc.add_u64(fields.quote_hash, u64::MAX - 7);
        doc.add_text(fields.context, "");
        doc.add_u64(fields.span_start, 300);
        writer.add_document(doc).unwrap();
        writer.add_document(TantivyDocument::default()).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let store = searcher.segment_reader(0).get_store_reader(1).unwrap();
        let count = searcher.schema().num_fields();
        for doc in 0..2 {
            let bytes = store.get_document_bytes(doc).unwrap();
            let ours = StoredFields::parse(&bytes, count).expect("text and u64 values only");
            let document: TantivyDocument = store.get(doc).unwrap();
            assert_eq!(ours.0, StoredFields::of_document(&document, count).0);
        }
        let bytes = store.get_document_bytes(0).unwrap();
        let ours = StoredFields::parse(&bytes, count).unwrap();
        assert_eq!(ours.text(fields.quote).as_deref(), Some(long.as_str()));
        assert_eq!(ours.first_u64(fields.quote_hash), Some(u64::MAX - 7));
        // A cut or foreign layout is left to tantivy, not misread.
        assert!(StoredFields::parse(&bytes[..bytes.len() - 1], count).is_none());
        assert!(StoredFields::parse(&bytes, fields.id.field_id() as usize).is_none(), "a field beyond the schema");
        let mut bytes_value = bytes.to_vec();
        bytes_value[5] = 4; // the first value's type code, as bytes
        assert!(StoredFields::parse(&bytes_value, count).is_none());
    }

    #[test]
    fn a_source_gives_and_writes_its_five_fields() {
        let source = Source::new("a1", Some("2020-05"), "Título", "dir/f.jsonl", "dir/f.jsonl#3");
        let read = (source.id(), source.date(), source.title(), source.file(), source.article());
        assert_eq!(read, ("a1", Some("2020-05"), "Título", "dir/f.jsonl", "dir/f.jsonl#3"));
        let json = serde_json::to_string(&source).unwrap();
        assert_eq!(
            json,
            r#"{"id":"a1","date":"2020-05","title":"Título","file":"dir/f.jsonl","article":"dir/f.jsonl#3"}"#
        );
        let undated = Source::new("", None, "", "", "x");
        let json = serde_json::to_string(&undated).unwrap();
        assert_eq!(json, r#"{"id":"","date":null,"title":"","file":"","article":"x"}"#);
        assert_eq!(Source::new("a", Some(""), "t", "", "").date(), Some(""), "an empty date is still one");
        assert_eq!(Source::default().date(), None);
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(html_escape("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
        assert_eq!(html_escape("é<ü>ß & ’x’"), "é&lt;ü&gt;ß &amp; ’x’");
        assert_eq!(truncate("abcdef", 3), "abc…");
    }
}
