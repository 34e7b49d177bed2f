//! The tantivy schema of the statement index: field names, the analyzers
//! registered for them, and which languages get a stemmed quote field.
//!
//! Every field name lives here as a constant, and every analyzer is
//! registered by [`register_analyzers`], so that the writer and the searcher
//! cannot disagree about either.

mod compound;
mod pairs;
mod stem;
mod words;

pub use compound::compound_parts;
pub use pairs::FrequentWords;

use std::sync::LazyLock;

use tantivy::Index;
use tantivy::schema::{FAST, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{AsciiFoldingFilter, Language, TextAnalyzer, TextAnalyzerBuilder, Tokenizer};

/// Bumped whenever the schema or the analyzers change, so that an older
/// index is rebuilt rather than misread.
pub const SCHEMA_VERSION: u32 = 15;

pub const ID: &str = "id";
/// The file as the user named it.
pub const FILE: &str = "file";
/// The file's canonical path: what a re-index deletes by.
pub const SOURCE: &str = "source";
/// The canonical path of the input file the statement was indexed from:
/// the article file, or a file of statement records (`index --statements`).
/// Re-indexing a file replaces the statements of this origin.
pub const ORIGIN: &str = "origin";
/// The article within its file (`path#record` for JSON inputs).
pub const ARTICLE: &str = "article";
pub const KIND: &str = "kind";
/// The message as stored for display; searched through the per-language fields.
pub const QUOTE: &str = "quote";
/// xxh3 of the quote's words, folded: the same quote in several articles
/// (wire copies) has the same hash.
pub const QUOTE_HASH: &str = "quote_hash";
/// The sentence before the statement.
pub const CONTEXT: &str = "context";
pub const SPAN_START: &str = "span_start";
pub const SPAN_END: &str = "span_end";
pub const SPEAKER: &str = "speaker";
/// The speaker's name as one term, for facets and grouping.
pub const SPEAKER_EXACT: &str = "speaker_exact";
/// The keys of the speaker's name words in every spelling habit (see
/// [`crate::speaker`]): what `--speaker` matches.
pub const SPEAKER_KEY: &str = "speaker_key";
pub const ROLE: &str = "role";
/// The role as one term, for the speaker table.
pub const ROLE_EXACT: &str = "role_exact";
pub const MENTION: &str = "mention";
pub const CUE: &str = "cue";
pub const RULE: &str = "rule";
pub const DATE: &str = "date";
/// First and last day of the date's period, as days since 1970-01-01.
pub const DATE_START: &str = "date_start";
pub const DATE_END: &str = "date_end";
pub const TITLE: &str = "title";
pub const LANG: &str = "lang";
/// What a hit lists of each copy of its quote (id, date, title, file,
/// article), as the values of a column of words of eight bytes (see
/// `index::encode_listing`): a copy's stored document is a whole speech to
/// decompress, its listing a few values read in place. A bytes column
/// keeps its values in a dictionary whose blocks are copied whole (4 KB,
/// zero-filled first) to read one value: a ninth of a keyword search's
/// time went to that.
pub const LISTING: &str = "listing";

/// Languages whose quotes are stemmed in a field of their own. Quotes in
/// any other language go to [`QUOTE_OTHER`].
pub const STEMMED_LANGUAGES: [(&str, Language); 4] =
    [("de", Language::German), ("en", Language::English), ("fr", Language::French), ("ru", Language::Russian)];

/// The Snowball algorithm of each stemmed language.
fn algorithm(language: Language) -> frostem::Algorithm {
    match language {
        Language::German => frostem::Algorithm::German,
        Language::French => frostem::Algorithm::French,
        Language::Russian => frostem::Algorithm::Russian,
        _ => frostem::Algorithm::English,
    }
}

/// The quote field of languages without a stemmer.
pub const QUOTE_OTHER: &str = "quote_other";

/// The analyzer for names, roles and titles: lowercase, accents folded.
pub const FOLD_ANALYZER: &str = "dictum_fold";

/// The field of the word pairs of a language's quotes (see `pairs`): the
/// words of a two-word phrase as one term.
pub fn pair_field(lang: &str) -> String {
    format!("{}_pairs", quote_field(lang))
}

/// The analyzer of a language's pair field: the quote field's own, and
/// then its frequent words paired.
fn pair_analyzer_name(lang: &str) -> String {
    format!("{}_pairs", index_analyzer_name(lang))
}

/// The words of a language whose pairs are indexed; none for a language
/// without a list (its phrases are all found by positions).
pub fn frequent_words(lang: &str) -> &'static FrequentWords {
    paired_words(lang)
}

/// The frequent words of a language, or none, for its pair analyzer.
fn paired_words(lang: &str) -> &'static LazyLock<FrequentWords> {
    static NONE: LazyLock<FrequentWords> = LazyLock::new(|| FrequentWords::new("", |_| Vec::new()));
    frequent_list(lang).unwrap_or(&NONE)
}

/// Whether a language pairs any words, without analysing its list.
fn pairs_any_words(lang: &str) -> bool {
    frequent_list(lang).is_some()
}

/// A language's frequent words, analysed on first use: stemming the lists
/// is 30 M instructions, three quarters of a whole `dictum search` that
/// asks no phrase.
fn frequent_list(lang: &str) -> Option<&'static LazyLock<FrequentWords>> {
    static GERMAN: LazyLock<FrequentWords> = LazyLock::new(|| analysed_list("de", include_str!("frequent/de.txt")));
    static ENGLISH: LazyLock<FrequentWords> = LazyLock::new(|| analysed_list("en", include_str!("frequent/en.txt")));
    match lang {
        "de" => Some(&GERMAN),
        "en" => Some(&ENGLISH),
        _ => None,
    }
}

fn analysed_list(lang: &str, listed: &str) -> FrequentWords {
    let mut analyzer = query_analyzer(lang);
    FrequentWords::new(listed, |word| {
        let mut stream = analyzer.token_stream(word);
        let mut terms = Vec::new();
        while let Some(token) = stream.next() {
            terms.push(token.text.clone());
        }
        terms
    })
}

/// The name of the quote field for a language.
pub fn quote_field(lang: &str) -> String {
    match STEMMED_LANGUAGES.iter().find(|(code, _)| *code == lang) {
        Some((code, _)) => format!("quote_{code}"),
        None => QUOTE_OTHER.to_string(),
    }
}

/// The analyzer name for a language's quote field.
fn analyzer_name(lang: &str) -> String {
    format!("dictum_{lang}")
}

/// The analyzer a language's quote field is indexed with.
pub fn index_analyzer_name(lang: &str) -> String {
    match STEMMED_LANGUAGES.iter().find(|(code, _)| *code == lang) {
        Some((code, _)) => analyzer_name(code),
        None => FOLD_ANALYZER.to_string(),
    }
}

/// The analyzer for query words searched in a language's quote field: the
/// field's own, but without compound splitting, so that a query word asks
/// for that word (and the compounds that contain it), not for its parts.
pub fn query_analyzer_name(lang: &str) -> String {
    match STEMMED_LANGUAGES.iter().find(|(code, _)| *code == lang) {
        Some((code, _)) => format!("dictum_{code}_query"),
        None => FOLD_ANALYZER.to_string(),
    }
}

fn text(analyzer: &str, positions: bool) -> TextOptions {
    let record = if positions { IndexRecordOption::WithFreqsAndPositions } else { IndexRecordOption::Basic };
    TextOptions::default()
        .set_indexing_options(TextFieldIndexing::default().set_tokenizer(analyzer).set_index_option(record))
}

/// Builds the schema.
pub fn build() -> Schema {
    let mut builder = Schema::builder();
    builder.add_text_field(ID, STRING | STORED);
    builder.add_text_field(FILE, STORED);
    builder.add_text_field(SOURCE, STRING | STORED);
    builder.add_text_field(ORIGIN, STRING);
    builder.add_text_field(ARTICLE, STRING | STORED);
    builder.add_text_field(KIND, STRING | STORED | FAST);
    builder.add_text_field(QUOTE, STORED);
    builder.add_u64_field(QUOTE_HASH, INDEXED | STORED | FAST);
    builder.add_text_field(CONTEXT, text(FOLD_ANALYZER, true) | STORED);
    builder.add_u64_field(SPAN_START, STORED);
    builder.add_u64_field(SPAN_END, STORED);
    builder.add_text_field(SPEAKER, text(FOLD_ANALYZER, true) | STORED);
    builder.add_text_field(SPEAKER_EXACT, STRING | FAST);
    builder.add_text_field(SPEAKER_KEY, STRING);
    builder.add_text_field(ROLE, text(FOLD_ANALYZER, true) | STORED);
    builder.add_text_field(ROLE_EXACT, STRING | FAST);
    builder.add_text_field(MENTION, STORED);
    builder.add_text_field(CUE, STORED);
    builder.add_text_field(RULE, STORED);
    builder.add_text_field(DATE, STRING | STORED | FAST);
    builder.add_i64_field(DATE_START, INDEXED | FAST);
    builder.add_i64_field(DATE_END, INDEXED | FAST);
    builder.add_text_field(TITLE, text(FOLD_ANALYZER, true) | STORED);
    builder.add_u64_field(LISTING, FAST);
    builder.add_text_field(LANG, STRING | STORED | FAST);
    for (lang, _) in STEMMED_LANGUAGES {
        builder.add_text_field(&quote_field(lang), text(&analyzer_name(lang), true));
    }
    builder.add_text_field(QUOTE_OTHER, text(FOLD_ANALYZER, true));
    // Pairs need no positions, and no field norms: a phrase is scored with
    // its quote field's.
    for lang in STEMMED_LANGUAGES.iter().map(|(lang, _)| *lang).chain(std::iter::once("")) {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(&pair_analyzer_name(lang))
            .set_index_option(IndexRecordOption::WithFreqs)
            .set_fieldnorms(false);
        builder.add_text_field(&pair_field(lang), TextOptions::default().set_indexing_options(indexing));
    }
    builder.build()
}

/// Words longer than this are dropped by every analyzer: they are noise
/// (URLs, base64) and would bloat the term dictionary.
const MAX_TOKEN_BYTES: usize = 60;

fn folding() -> TextAnalyzerBuilder<words::LowercaseWords> {
    TextAnalyzer::builder(words::LowercaseWords::new(MAX_TOKEN_BYTES))
}

/// The stemmer of a stemmed language, with its cache.
fn stemmer(lang: &str) -> Option<stem::CachedStemmer> {
    let tag = STEMMED_LANGUAGES.iter().position(|(code, _)| *code == lang)?;
    Some(stem::CachedStemmer::new(algorithm(STEMMED_LANGUAGES[tag].1), tag as u8))
}

/// The analyzer of query words for a language (see [`query_analyzer_name`]).
fn query_analyzer(lang: &str) -> TextAnalyzer {
    match stemmer(lang) {
        // Stem before folding: the stemmers know their language's accents.
        // The stemmer folds the stems itself, and caches them folded.
        Some(stemmer) => folding().filter(stemmer).build(),
        None => folding().filter(AsciiFoldingFilter).build(),
    }
}

/// A quote field's analyzer: `chain`, recording the quote's words for its
/// pair field only where the language pairs any.
fn recording<T: Tokenizer>(chain: TextAnalyzerBuilder<T>, lang: &str) -> TextAnalyzer {
    if !pairs_any_words(lang) {
        return chain.build();
    }
    chain.filter(pairs::RecordWords::new(paired_words(lang))).build()
}

/// Registers every analyzer the schema names on `index`.
pub fn register_analyzers(index: &Index) {
    let manager = index.tokenizers();
    manager.register(FOLD_ANALYZER, query_analyzer(""));
    manager.register(&pair_analyzer_name(""), pairs::WordPairs::new(query_analyzer(""), paired_words("")));
    for (lang, language) in STEMMED_LANGUAGES {
        let Some(stemmer) = stemmer(lang) else {
            continue;
        };
        // Each chain stays static: a boxed filter is a virtual call per word.
        let (indexed, words) = if language == Language::German {
            let chain = || folding().filter(compound::CompoundParts).filter(stemmer);
            (recording(chain(), lang), chain().build())
        } else {
            let chain = || folding().filter(stemmer);
            (recording(chain(), lang), chain().build())
        };
        manager.register(&analyzer_name(lang), indexed);
        manager.register(&pair_analyzer_name(lang), pairs::WordPairs::new(words, paired_words(lang)));
        manager.register(&query_analyzer_name(lang), query_analyzer(lang));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(index: &Index, analyzer: &str, text: &str) -> Vec<String> {
        let mut analyzer = index.tokenizers().get(analyzer).unwrap();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    #[test]
    fn analyzers_stem_and_fold() {
        let index = Index::create_in_ram(build());
        register_analyzers(&index);
        assert_eq!(tokens(&index, FOLD_ANALYZER, "Sergueï Rjabkow"), ["serguei", "rjabkow"]);
        assert_eq!(tokens(&index, "dictum_de_query", "Kontakte"), tokens(&index, "dictum_de_query", "Kontakten"));
        let sicherheit = tokens(&index, "dictum_de_query", "Sicherheit");
        for compound in ["Cybersicherheit", "Sicherheitsrat"] {
            let indexed = tokens(&index, "dictum_de", compound);
            assert!(indexed.contains(&sicherheit[0]), "{compound}: {indexed:?}");
        }
        assert_eq!(tokens(&index, "dictum_en", "negotiations"), tokens(&index, "dictum_en", "negotiation"));
    }

    #[test]
    fn content_words_are_not_stemmed_into_function_words() {
        let index = Index::create_in_ram(build());
        register_analyzers(&index);
        let query = |text: &str| tokens(&index, "dictum_de_query", text);
        assert_ne!(query("Sicherheit"), query("sich"), "Sicherheit must not find every \"hat sich\"");
        assert_ne!(query("Einheit"), query("ein"));
        assert_eq!(query("Sicherheit"), query("Sicherheiten"));
        assert_eq!(query("sich"), ["sich"]);
        let indexed = tokens(&index, "dictum_de", "Cybersicherheit");
        assert!(indexed.contains(&query("Sicherheit")[0]), "{indexed:?}");
    }

    #[test]
    fn every_language_has_a_quote_field() {
        let schema = build();
        for lang in ["de", "en", "fr", "ru", "und", "zh"] {
            assert!(schema.get_field(&quote_field(lang)).is_ok(), "{lang}");
        }
    }
}

/// The schema's fields, looked up once.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: tantivy::schema::Field,
    pub file: tantivy::schema::Field,
    pub source: tantivy::schema::Field,
    pub origin: tantivy::schema::Field,
    pub article: tantivy::schema::Field,
    pub kind: tantivy::schema::Field,
    pub quote: tantivy::schema::Field,
    pub quote_hash: tantivy::schema::Field,
    pub context: tantivy::schema::Field,
    pub span_start: tantivy::schema::Field,
    pub span_end: tantivy::schema::Field,
    pub speaker: tantivy::schema::Field,
    pub speaker_exact: tantivy::schema::Field,
    pub speaker_key: tantivy::schema::Field,
    pub role: tantivy::schema::Field,
    pub role_exact: tantivy::schema::Field,
    pub mention: tantivy::schema::Field,
    pub cue: tantivy::schema::Field,
    pub rule: tantivy::schema::Field,
    pub date: tantivy::schema::Field,
    pub date_start: tantivy::schema::Field,
    pub date_end: tantivy::schema::Field,
    pub title: tantivy::schema::Field,
    pub lang: tantivy::schema::Field,
    pub listing: tantivy::schema::Field,
    /// Quote fields by language code, and the one for other languages last.
    pub quotes: Vec<(String, tantivy::schema::Field)>,
    /// The pair field of each quote field, in the order of `quotes`.
    pub pairs: Vec<tantivy::schema::Field>,
}

impl Fields {
    /// Looks the fields up in `schema`; fails on a schema of another version.
    pub fn new(schema: &Schema) -> tantivy::Result<Fields> {
        let field = |name: &str| schema.get_field(name);
        let mut quotes = Vec::new();
        for (lang, _) in STEMMED_LANGUAGES {
            quotes.push((lang.to_string(), field(&quote_field(lang))?));
        }
        quotes.push((String::new(), field(QUOTE_OTHER)?));
        let pairs = quotes.iter().map(|(lang, _)| field(&pair_field(lang))).collect::<tantivy::Result<_>>()?;
        Ok(Fields {
            id: field(ID)?,
            file: field(FILE)?,
            source: field(SOURCE)?,
            origin: field(ORIGIN)?,
            article: field(ARTICLE)?,
            kind: field(KIND)?,
            quote: field(QUOTE)?,
            quote_hash: field(QUOTE_HASH)?,
            context: field(CONTEXT)?,
            span_start: field(SPAN_START)?,
            span_end: field(SPAN_END)?,
            speaker: field(SPEAKER)?,
            speaker_exact: field(SPEAKER_EXACT)?,
            speaker_key: field(SPEAKER_KEY)?,
            role: field(ROLE)?,
            role_exact: field(ROLE_EXACT)?,
            mention: field(MENTION)?,
            cue: field(CUE)?,
            rule: field(RULE)?,
            date: field(DATE)?,
            date_start: field(DATE_START)?,
            date_end: field(DATE_END)?,
            title: field(TITLE)?,
            lang: field(LANG)?,
            listing: field(LISTING)?,
            quotes,
            pairs,
        })
    }

    /// The pair field of a quote field and the words paired in it, when
    /// its language pairs any.
    pub fn pairs_of(
        &self,
        quote_field: tantivy::schema::Field,
    ) -> Option<(tantivy::schema::Field, &'static FrequentWords)> {
        let index = self.quotes.iter().position(|(_, field)| *field == quote_field)?;
        let lang = &self.quotes[index].0;
        if !pairs_any_words(lang) {
            return None;
        }
        Some((*self.pairs.get(index)?, frequent_words(lang)))
    }

    /// The quote field for a language.
    pub fn quote_for(&self, lang: &str) -> tantivy::schema::Field {
        self.quotes
            .iter()
            .find(|(code, _)| code == lang)
            .or_else(|| self.quotes.last())
            .map(|(_, field)| *field)
            .expect("the other-languages field is always there")
    }
}
