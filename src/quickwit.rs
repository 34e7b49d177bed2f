//! Handing statements to Quickwit: the index config whose doc mapping reads
//! the record format of `dictum extract --format jsonl` (see
//! [`crate::quote::Record`]), and the pre-analysed words of a quote for a
//! search engine that lacks dictum's analyzers (Quickwit has no German
//! stemmer and no compound splitting).

use std::sync::OnceLock;

use serde::Serialize;
use tantivy::tokenizer::TokenizerManager;

use crate::date::Period;
use crate::error::{Error, Result};
use crate::query::SearchRequest;
use crate::schema;
use crate::speaker::{name_words, search_keys};

/// The version of Quickwit's index-config format the config is written in
/// (read by Quickwit 0.7 and later).
pub const CONFIG_VERSION: &str = "0.7";

/// The index id used unless another is given.
pub const DEFAULT_INDEX_ID: &str = "dictum-statements";

#[derive(Debug, Serialize)]
struct IndexConfig {
    version: &'static str,
    index_id: String,
    doc_mapping: DocMapping,
    search_settings: SearchSettings,
    indexing_settings: IndexingSettings,
}

#[derive(Debug, Serialize)]
struct DocMapping {
    mode: &'static str,
    field_mappings: Vec<Field>,
    tag_fields: Vec<&'static str>,
    timestamp_field: &'static str,
}

#[derive(Debug, Serialize)]
struct SearchSettings {
    default_search_fields: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
struct IndexingSettings {
    commit_timeout_secs: u32,
}

/// One field mapping; options that are `None` are left at Quickwit's default.
#[derive(Debug, Default, Serialize)]
struct Field {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    /// Quickwit documents descriptions for leaf fields, not for objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokenizer: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fieldnorms: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    indexed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fast: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    input_formats: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    output_format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fast_precision: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field_mappings: Option<Vec<Field>>,
}

impl Field {
    /// Words to search, with positions for phrases and norms for BM25.
    fn words(name: &'static str, description: &'static str) -> Field {
        Field {
            name,
            kind: "text",
            description: Some(description),
            tokenizer: Some("default"),
            record: Some("position"),
            fieldnorms: Some(true),
            ..Field::default()
        }
    }

    /// A value matched whole (ids, kinds, keys), fast for filters and counts.
    fn exact(name: &'static str, kind: &'static str, description: &'static str) -> Field {
        Field {
            name,
            kind,
            description: Some(description),
            tokenizer: Some("raw"),
            fast: Some(true),
            ..Field::default()
        }
    }

    /// Kept with the document, not searchable.
    fn kept(name: &'static str, kind: &'static str, description: &'static str) -> Field {
        Field { name, kind, description: Some(description), indexed: Some(false), ..Field::default() }
    }

    fn instant(name: &'static str, description: &'static str) -> Field {
        Field {
            name,
            kind: "datetime",
            description: Some(description),
            input_formats: Some(vec!["rfc3339"]),
            output_format: Some("rfc3339"),
            fast_precision: Some("seconds"),
            fast: Some(true),
            ..Field::default()
        }
    }

    /// A span of the article: offsets and text.
    fn span(name: &'static str) -> Field {
        Field {
            name,
            kind: "object",
            field_mappings: Some(vec![
                Field::kept("start", "u64", "UTF-8 byte offset in the article's text"),
                Field::kept("end", "u64", "UTF-8 byte offset in the article's text"),
                Field::words("text", "the span's text"),
            ]),
            ..Field::default()
        }
    }
}

/// The doc mapping, one field per field of the record format.
fn field_mappings() -> Vec<Field> {
    vec![
        Field::exact("id", "text", "the statement's id, as dictum search and show print it"),
        Field { fast: None, ..Field::exact("file", "text", "the article's file, as given to dictum extract") },
        Field::kept("record", "u64", "the article's line or position within a JSON input"),
        Field::exact("kind", "text", "direct, indirect, free_indirect or speech"),
        Field {
            name: "quote",
            kind: "json",
            description: Some(
                "the message: {start, end, text}, or {spans, text} when the attribution interrupts it; search quote.text",
            ),
            tokenizer: Some("default"),
            record: Some("position"),
            ..Field::default()
        },
        Field {
            name: "speaker",
            kind: "object",
            field_mappings: Some(vec![
                Field::words("name", "the speaker's name"),
                Field::words("role", "the speaker's role, titles included"),
                Field::span("mention"),
            ]),
            ..Field::default()
        },
        Field::span("cue"),
        Field::exact("rule", "text", "the extraction rule that found the statement"),
        Field::exact("date", "text", "the article's date as written: YYYY, YYYY-MM or YYYY-MM-DD"),
        Field::words("title", "the article's title"),
        Field::exact("lang", "text", "ISO 639-1 code of the article's language"),
        Field::exact("encoding", "text", "the file's encoding when it was not UTF-8"),
        Field::exact(
            "speaker_key",
            "array<text>",
            "the speaker's name keys, one per spelling habit and one of each word read aloud: match a name by its keys",
        ),
        Field::instant("date_start", "the first second of the date's period"),
        Field::instant("date_end", "the last second of the date's period"),
        Field::words("context", "the sentence before the statement, or the question a transcript turn answers"),
        Field::kept("format", "u64", "the version of dictum's record format"),
        Field::words(
            "terms",
            "the quote's words as dictum's analyzer for its language indexes them: stemmed, accents folded, German compounds split (dictum extract --terms)",
        ),
    ]
}

/// The Quickwit index config for statements, as YAML.
pub fn index_config(index_id: &str) -> String {
    let config = IndexConfig {
        version: CONFIG_VERSION,
        index_id: index_id.to_string(),
        doc_mapping: DocMapping {
            mode: "strict",
            field_mappings: field_mappings(),
            tag_fields: vec!["lang", "kind"],
            timestamp_field: "date_start",
        },
        search_settings: SearchSettings { default_search_fields: vec!["quote", "title", "terms"] },
        indexing_settings: IndexingSettings { commit_timeout_secs: 30 },
    };
    let yaml = serde_norway::to_string(&config).expect("the config is plain data");
    format!(
        "# Quickwit index config for dictum statements (record format {}), made by `dictum quickwit-config`.\n\
         # Documents: `dictum extract --terms --format jsonl`, one statement per line.\n{yaml}",
        crate::quote::RECORD_FORMAT
    )
}

/// dictum's analyzers, outside any index.
fn analyzers() -> &'static TokenizerManager {
    static MANAGER: OnceLock<TokenizerManager> = OnceLock::new();
    MANAGER.get_or_init(|| {
        let index = tantivy::Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        index.tokenizers().clone()
    })
}

/// The words of `text` as dictum indexes them for `lang`, space-separated:
/// what a search engine without dictum's analyzers indexes instead.
pub fn terms(text: &str, lang: &str) -> String {
    analysed(text, &schema::index_analyzer_name(lang)).join(" ")
}

/// The Quickwit query that asks the statement index what `request` asks
/// dictum (its filters; paging and order are Quickwit's own parameters).
///
/// Keywords translate when they are words and "phrases": they are analysed
/// as dictum analyses query words for `request.lang` and searched in
/// `terms`; without a language, in `quote.text` (lowercased only).
pub fn query(request: &SearchRequest) -> Result<String> {
    let mut clauses = Vec::new();
    if let Some(keywords) = &request.query {
        clauses.extend(keyword_clauses(keywords, request.lang.as_deref())?);
    }
    if let Some(speaker) = &request.speaker {
        let words = name_words(speaker);
        if words.is_empty() {
            return Err(Error::Usage(format!("speaker {speaker:?} has no name words")));
        }
        // Every word of the name must match one of the speaker's keys, as in dictum.
        for word in words {
            let keys: Vec<String> =
                search_keys(&word).iter().map(|key| format!("speaker_key:{}", escape(key))).collect();
            clauses.push(format!("({})", keys.join(" OR ")));
        }
    }
    if let Some(role) = &request.role {
        for word in role.split_whitespace() {
            clauses.push(format!("speaker.role:{}", escape(&word.to_lowercase())));
        }
    }
    if let Some(period) = request.period {
        clauses.extend(period_clauses(period, request.within));
    }
    if !request.kinds.is_empty() {
        let kinds: Vec<String> = request.kinds.iter().map(|k| format!("kind:{}", k.as_str())).collect();
        clauses.push(format!("({})", kinds.join(" OR ")));
    }
    if let Some(lang) = &request.lang {
        clauses.push(format!("lang:{}", escape(lang)));
    }
    if clauses.is_empty() {
        return Ok("*".to_string());
    }
    Ok(clauses.join(" AND "))
}

/// A date overlap as two range clauses: the statement's period starts
/// before the range ends and ends after it starts (or lies within it).
fn period_clauses(period: Period, within: bool) -> Vec<String> {
    // An open side of the range is NaiveDate::MIN or MAX: no clause for it.
    let first =
        (period.start != chrono::NaiveDate::MIN).then(|| format!("{}T00:00:00Z", period.start.format("%Y-%m-%d")));
    let last = (period.end != chrono::NaiveDate::MAX).then(|| format!("{}T23:59:59Z", period.end.format("%Y-%m-%d")));
    let (bounded_below, bounded_above) = if within { ("date_start", "date_end") } else { ("date_end", "date_start") };
    let mut clauses = Vec::new();
    if let Some(last) = last {
        clauses.push(format!("{bounded_above}:[* TO {last}]"));
    }
    if let Some(first) = first {
        clauses.push(format!("{bounded_below}:[{first} TO *]"));
    }
    clauses
}

/// Words and "phrases", analysed as dictum analyses query words.
fn keyword_clauses(keywords: &str, lang: Option<&str>) -> Result<Vec<String>> {
    let refuse = |reason: &str| Error::Query { input: keywords.to_string(), reason: reason.to_string() };
    let (field, analyzer) = match lang {
        Some(lang) => ("terms", schema::query_analyzer_name(lang)),
        None => ("quote.text", schema::FOLD_ANALYZER.to_string()),
    };
    let mut clauses = Vec::new();
    for (position, part) in keywords.split('"').enumerate() {
        let phrase = position % 2 == 1;
        if part.contains([':', '(', ')', '*', '~', '^', '[', ']', '{', '}']) {
            return Err(refuse("only words and \"phrases\" translate to a Quickwit query"));
        }
        let groups: Vec<&str> = if phrase { vec![part] } else { part.split_whitespace().collect() };
        for group in groups {
            if !phrase && (matches!(group, "AND" | "OR" | "NOT") || group.starts_with(['-', '+'])) {
                return Err(refuse("only words and \"phrases\" translate to a Quickwit query"));
            }
            let words = analysed(group, &analyzer);
            match words.as_slice() {
                [] => {}
                [word] if !phrase => clauses.push(format!("{field}:{}", escape(word))),
                _ => clauses.push(format!("{field}:\"{}\"", words.join(" "))),
            }
        }
    }
    if keywords.matches('"').count() % 2 == 1 {
        return Err(refuse("a phrase's quotation mark is not closed"));
    }
    Ok(clauses)
}

fn analysed(text: &str, analyzer: &str) -> Vec<String> {
    let Some(mut tokenizer) = analyzers().get(analyzer) else {
        debug_assert!(false, "every language has an analyzer: {analyzer}");
        return Vec::new();
    };
    let mut stream = tokenizer.token_stream(text);
    let mut words = Vec::new();
    while let Some(token) = stream.next() {
        words.push(token.text.clone());
    }
    words
}

/// A value as one term of Quickwit's query language.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if !c.is_alphanumeric() && c != '_' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_terms_are_stemmed_and_split_into_compound_parts() {
        let terms = terms("Die Kontakte zur Cybersicherheit", "de");
        let words: Vec<&str> = terms.split(' ').collect();
        assert!(words.contains(&"kontakt"), "{terms}");
        let sicherheit = super::terms("Sicherheit", "de");
        let stem = sicherheit.split(' ').next().unwrap();
        assert!(words.contains(&stem), "{stem} in {terms}");
        assert!(super::terms("Kontakten", "de").split(' ').any(|w| w == "kontakt"));
    }

    #[test]
    fn languages_without_a_stemmer_are_folded_only() {
        assert_eq!(terms("Ça VA", "und"), "ca va");
    }

    #[test]
    fn searches_translate_to_quickwit_queries() {
        let request = SearchRequest {
            query: Some("Kontakten \"politischen Gründen\"".to_string()),
            speaker: Some("Ryabkov".to_string()),
            period: Period::between(Some("2021-06"), Some("2021-06")).unwrap(),
            kinds: vec![crate::quote::Kind::Direct],
            lang: Some("de".to_string()),
            ..SearchRequest::default()
        };
        let query = query(&request).unwrap();
        assert!(query.starts_with("terms:kontakt AND terms:\"polit grund\" AND ("), "{query}");
        assert!(
            query.contains("(speaker_key:riabkov OR speaker_key:\\>riabkof)"),
            "the key of Ryabkov, which Rjabkow shares, and its reading aloud, which a Cyrillic spelling is stored under: {query}"
        );
        assert!(query.contains("date_start:[* TO 2021-06-30T23:59:59Z]"), "{query}");
        assert!(query.contains("date_end:[2021-06-01T00:00:00Z TO *]"), "{query}");
        assert!(query.ends_with("(kind:direct) AND lang:de"), "{query}");
        assert_eq!(super::query(&SearchRequest::default()).unwrap(), "*");
    }

    #[test]
    fn what_does_not_translate_is_refused() {
        for keywords in ["a OR b", "-wort", "title:x", "wor*", "\"open"] {
            let request = SearchRequest { query: Some(keywords.to_string()), ..SearchRequest::default() };
            assert!(query(&request).is_err(), "{keywords}");
        }
    }

    #[test]
    fn the_config_names_every_field_once() {
        let fields = field_mappings();
        let mut names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), fields.len());
        assert!(index_config("x-y").contains("index_id: x-y"));
    }
}
