//! What a search returns for each matching statement: its stored fields and
//! a snippet of the quote with the matched words highlighted.

use std::ops::Range;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, TantivyDocument, Term};

use super::matcher::Matcher;
use crate::error::{Error, Result};
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

/// An article that reports a quote.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub id: String,
    pub date: Option<String>,
    pub title: String,
    pub file: String,
    pub article: String,
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

/// Fills in how many articles report the hit's quote, and which.
pub fn add_copies(searcher: &tantivy::Searcher, fields: &Fields, query: &dyn Query, hit: &mut Hit) -> Result<()> {
    let Some(hash) = hit.quote_hash else {
        return Ok(());
    };
    let term = Term::from_field_u64(fields.quote_hash, hash);
    if searcher.doc_freq(&term).map_err(|e| Error::index("", e))? <= 1 {
        return Ok(());
    }
    let same = BooleanQuery::new(vec![
        (Occur::Must, query.box_clone()),
        (Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))),
    ]);
    let (top, count) = searcher
        .search(
            &same,
            &(
                TopDocs::with_limit(MAX_SOURCES)
                    .order_by_fast_field::<i64>(crate::schema::DATE_START, tantivy::Order::Asc),
                Count,
            ),
        )
        .map_err(|e| Error::index("", e))?;
    hit.copies = count as u64;
    for (_, address) in top {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| Error::index("", e))?;
        let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        hit.sources.push(Source {
            id: text(fields.id).unwrap_or_default(),
            date: text(fields.date),
            title: text(fields.title).unwrap_or_default(),
            file: text(fields.file).unwrap_or_default(),
            article: text(fields.article).unwrap_or_default(),
        });
    }
    Ok(())
}

/// Loads the hits at `addresses`, with snippets for the keyword query.
pub fn collect(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    matcher: &Matcher,
    addresses: &[(f32, DocAddress)],
    every_match: bool,
) -> Result<Vec<Hit>> {
    let generators: Vec<(String, Generators)> = match &matcher.keywords {
        Some(keywords) => fields
            .quotes
            .iter()
            .filter_map(|(lang, field)| {
                let mut whole = SnippetGenerator::create(searcher, &**keywords, *field).ok()?;
                whole.set_max_num_chars(WHOLE_QUOTE_CHARS);
                let mut terms = Vec::new();
                keywords.query_terms(&mut |term, _| {
                    if term.field() == *field
                        && let Some(text) = term.value().as_str()
                    {
                        terms.push(text.to_string());
                    }
                });
                Some((lang.clone(), Generators { whole, terms, every_match }))
            })
            .collect(),
        None => Vec::new(),
    };
    let mut hits = Vec::with_capacity(addresses.len());
    for (score, address) in addresses {
        let doc: TantivyDocument = searcher.doc(*address).map_err(|e| Error::index("", e))?;
        let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        let quote = text(fields.quote).unwrap_or_default();
        let lang = text(fields.lang).unwrap_or_default();
        let generator = generators
            .iter()
            .find(|(code, _)| *code == lang)
            .or_else(|| generators.iter().find(|(code, _)| code.is_empty()));
        let (snippet, snippet_html, highlights) = match generator {
            Some((_, generator)) => snippets(generator, &quote),
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
            quote_hash: doc.get_first(fields.quote_hash).and_then(|v| v.as_u64()),
        });
    }
    Ok(hits)
}

/// The snippet generator of one quote field, set to find the matched words
/// anywhere in the text it is given.
struct Generators {
    whole: SnippetGenerator,
    /// The query's terms in this field, to find where a long quote matches.
    terms: Vec<String>,
    /// Find every matched word of the quote, not only those of the snippet.
    every_match: bool,
}

/// Quotes longer than this (whole speeches) are analysed only around their
/// first match, unless every match is wanted.
const LONG_QUOTE_BYTES: usize = 2000;

/// The part of a long quote around the first place a query term occurs,
/// as a byte range; `None` when no term is found as written.
fn match_window(terms: &[String], quote: &str) -> Option<std::ops::Range<usize>> {
    let lower = quote.to_ascii_lowercase();
    let first = terms.iter().filter(|t| !t.is_empty()).filter_map(|t| lower.find(t.as_str())).min()?;
    let mut start = first.saturating_sub(SNIPPET_LEAD_BYTES * 4);
    while !quote.is_char_boundary(start) {
        start += 1;
    }
    let mut end = (first + SNIPPET_CHARS * 4).min(quote.len());
    while !quote.is_char_boundary(end) {
        end -= 1;
    }
    Some(start..end)
}

/// Longer than any quote: the whole quote is one fragment.
const WHOLE_QUOTE_CHARS: usize = 1 << 24;

/// The snippet as text and HTML, and the matched words' ranges in the whole quote.
fn snippets(generators: &Generators, quote: &str) -> (String, String, Vec<Range<usize>>) {
    // One pass of the analyzer over the quote finds every matched word; the
    // snippet is the window around the first of them (speeches are long).
    let window = if generators.every_match || quote.len() <= LONG_QUOTE_BYTES {
        None
    } else {
        match_window(&generators.terms, quote)
    };
    let highlights: Vec<Range<usize>> = match &window {
        Some(window) => generators
            .whole
            .snippet(&quote[window.clone()])
            .highlighted()
            .iter()
            .map(|r| r.start + window.start..r.end + window.start)
            .collect(),
        None => generators.whole.snippet(quote).highlighted().to_vec(),
    };
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
    let fragment = truncate(window, SNIPPET_CHARS);
    let fragment_end = start + fragment.trim_end_matches('…').len();
    let mut html = String::with_capacity(fragment.len() + 32);
    let mut last = start;
    for range in highlights.iter().filter(|r| r.start >= start && r.end <= fragment_end) {
        if range.start < last {
            continue; // a compound's part, highlighted with the word already
        }
        html.push_str(&html_escape(&quote[last..range.start]));
        html.push_str("<mark>");
        html.push_str(&html_escape(&quote[range.clone()]));
        html.push_str("</mark>");
        last = range.end;
    }
    html.push_str(&html_escape(&quote[last..fragment_end]));
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

fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_quote_is_read_around_its_first_match() {
        let quote = format!("{}The border stays open.{}", "Words before. ".repeat(300), " Words after.".repeat(300));
        let window = match_window(&["border".to_string()], &quote).unwrap();
        assert!(quote[window.clone()].contains("The border stays open."));
        assert!(window.len() < 2000 && quote.is_char_boundary(window.start) && quote.is_char_boundary(window.end));
        assert_eq!(match_window(&["absent".to_string()], &quote), None);
        let multibyte = format!("{}é border", "ü".repeat(500));
        let window = match_window(&["border".to_string()], &multibyte).unwrap();
        assert!(multibyte.is_char_boundary(window.start));
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(html_escape("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
        assert_eq!(truncate("abcdef", 3), "abc…");
    }
}
