//! Handing statements to Quickwit: the index config whose doc mapping reads
//! the record format of `dictum extract --format jsonl` (see
//! [`crate::quote::Record`]), and the pre-analysed words of a quote for a
//! search engine that lacks dictum's analyzers (Quickwit has no German
//! stemmer and no compound splitting).

use std::sync::OnceLock;

use serde::Serialize;
use tantivy::tokenizer::TokenizerManager;

use crate::schema;

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
            "the speaker's name keys, one per spelling habit: match a name by its keys",
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
    let name = schema::index_analyzer_name(lang);
    let Some(mut analyzer) = analyzers().get(&name) else {
        debug_assert!(false, "every language has an analyzer: {name}");
        return String::new();
    };
    let mut stream = analyzer.token_stream(text);
    let mut out = String::with_capacity(text.len());
    while let Some(token) = stream.next() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&token.text);
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
    fn the_config_names_every_field_once() {
        let fields = field_mappings();
        let mut names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), fields.len());
        assert!(index_config("x-y").contains("index_id: x-y"));
    }
}
