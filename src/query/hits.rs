//! What a search returns for each matching statement: its stored fields and
//! a snippet of the quote with the matched words highlighted.

use std::ops::Range;

use serde::Serialize;
use tantivy::schema::{Field, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, TantivyDocument};

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
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// All matching statements, not only those returned.
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// Loads the hits at `addresses`, with snippets for the keyword query.
pub fn collect(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    matcher: &Matcher,
    addresses: &[(f32, DocAddress)],
) -> Result<Vec<Hit>> {
    let generators: Vec<(String, Generators)> = match &matcher.keywords {
        Some(keywords) => fields
            .quotes
            .iter()
            .filter_map(|(lang, field)| {
                let mut whole = SnippetGenerator::create(searcher, &**keywords, *field).ok()?;
                whole.set_max_num_chars(WHOLE_QUOTE_CHARS);
                let mut short = SnippetGenerator::create(searcher, &**keywords, *field).ok()?;
                short.set_max_num_chars(SNIPPET_CHARS);
                Some((lang.clone(), Generators { whole, short }))
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
        });
    }
    Ok(hits)
}

/// Snippet generators for one quote field: one for the short snippet, one
/// that finds the matched words anywhere in the quote.
struct Generators {
    whole: SnippetGenerator,
    short: SnippetGenerator,
}

/// Longer than any quote: the whole quote is one fragment.
const WHOLE_QUOTE_CHARS: usize = 1 << 24;

/// The snippet as text and HTML, and the matched words' ranges in the whole quote.
fn snippets(generators: &Generators, quote: &str) -> (String, String, Vec<Range<usize>>) {
    let highlights = generators.whole.snippet(quote).highlighted().to_vec();
    let mut snippet = generators.short.snippet(quote);
    if snippet.is_empty() {
        let plain = truncate(quote, SNIPPET_CHARS);
        return (plain.clone(), html_escape(&plain), highlights);
    }
    snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
    (snippet.fragment().to_string(), snippet.to_html(), highlights)
}

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
