//! The keyword part of a search: the user's query text parsed with
//! tantivy's query grammar (words, "phrases", AND/OR/NOT, parentheses,
//! -word, field:word, word~1, wor*), then turned into a tantivy query with
//! dictum's own field semantics: words are searched in the quote field of
//! every language with that language's analyzer, and weaker in the title
//! and role; `speaker:` matches names in any spelling.
//!
//! Expansions are capped so that no query can run away: fuzzy distance at
//! most 2, prefixes of at least 3 letters.

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Term};
use tantivy_query_grammar::{Delimiter, Occur as UserOccur, UserInputAst, UserInputLeaf, UserInputLiteral};

use super::columns::ColumnCache;
use super::phrase::PairPhraseQuery;
use super::union::FieldUnion;
use crate::error::{Error, Result};
use crate::schema::{self, Fields};

/// The title counts for less than the quote when ranking.
const TITLE_BOOST: f32 = 0.3;
/// The speaker's role counts for less still.
const ROLE_BOOST: f32 = 0.2;
/// The question a turn answers, or the sentence before a quote.
const CONTEXT_BOOST: f32 = 0.2;
/// The largest edit distance `word~N` may ask for.
pub const MAX_FUZZY_DISTANCE: u32 = 2;
/// The shortest prefix `wor*` may ask for.
pub const MIN_PREFIX_CHARS: usize = 3;
/// The longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 2000;
/// The most words and phrases one query may hold.
pub const MAX_LEAVES: usize = 100;

/// Parses and builds the keyword query.
pub struct Keywords<'a> {
    index: &'a Index,
    fields: &'a Fields,
    /// Languages whose quote fields are searched.
    languages: Vec<(String, Field)>,
    /// Quote fields without a single word in the index searched.
    empty: Vec<Field>,
    input: &'a str,
}

impl<'a> Keywords<'a> {
    pub fn new(index: &'a Index, fields: &'a Fields, input: &'a str, lang: Option<&str>) -> Keywords<'a> {
        let languages = match lang {
            Some(lang) => vec![(lang.to_string(), fields.quote_for(lang))],
            None => fields.quotes.clone(),
        };
        Keywords { index, fields, languages, empty: Vec::new(), input }
    }

    /// Leaves out the quote fields of `searcher` that hold no word (an
    /// index of one language leaves four of five): they match nothing,
    /// but each of their term queries would still be weighed and looked up
    /// in every segment, a tenth of a one-word search.
    /// Whether a segment's field is empty is read from its `columns`, kept
    /// for the segment, or asked of the segment if they cannot be opened.
    pub fn skipping_empty_fields(mut self, searcher: &tantivy::Searcher, columns: &ColumnCache) -> Keywords<'a> {
        let kept: Vec<_> = searcher.segment_readers().iter().map(|segment| (segment, columns.get(segment))).collect();
        let is_empty = |field: Field| {
            kept.iter().all(|(segment, columns)| match columns {
                Ok(columns) => columns.wordless.contains(&field),
                Err(_) => super::columns::is_wordless(segment, field),
            })
        };
        self.empty = self.languages.iter().map(|(_, field)| *field).filter(|&field| is_empty(field)).collect();
        self
    }

    fn error(&self, reason: impl Into<String>) -> Error {
        Error::Query { input: self.input.to_string(), reason: reason.into() }
    }

    /// The query, or an error saying what is wrong and where.
    pub fn build(&self) -> Result<Box<dyn Query>> {
        if self.input.chars().count() > MAX_QUERY_CHARS {
            return Err(self.error(format!("longer than {MAX_QUERY_CHARS} characters")));
        }
        let (ast, errors) = match plain_word(self.input) {
            Some(word) => (word, Vec::new()),
            None => tantivy_query_grammar::parse_query_lenient(self.input),
        };
        if let Some(error) = errors.first() {
            let position = self.input[..error.pos.min(self.input.len())].chars().count() + 1;
            return Err(self.error(format!("{} at character {position}", error.message)));
        }
        if leaves(&ast) > MAX_LEAVES {
            return Err(self.error(format!("more than {MAX_LEAVES} words and phrases")));
        }
        let query = self.ast(&ast)?;
        Ok(query.unwrap_or_else(|| Box::new(EmptyQuery)))
    }

    /// `None` for parts without words to search (punctuation only).
    fn ast(&self, ast: &UserInputAst) -> Result<Option<Box<dyn Query>>> {
        match ast {
            UserInputAst::Leaf(leaf) => self.leaf(leaf),
            UserInputAst::Boost(inner, boost) => {
                Ok(self.ast(inner)?.map(|q| Box::new(BoostQuery::new(q, boost.into_inner() as f32)) as Box<dyn Query>))
            }
            UserInputAst::Clause(clauses) => {
                let mut built: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for (occur, clause) in clauses {
                    let Some(query) = self.ast(clause)? else {
                        continue;
                    };
                    let occur = match occur {
                        Some(UserOccur::Should) => Occur::Should,
                        Some(UserOccur::MustNot) => Occur::MustNot,
                        Some(UserOccur::Must) | None => Occur::Must,
                    };
                    built.push((occur, query));
                }
                if built.is_empty() {
                    return Ok(None);
                }
                if built.iter().all(|(occur, _)| *occur == Occur::MustNot) {
                    // "-word" alone: everything but the word.
                    built.push((Occur::Must, Box::new(AllQuery)));
                }
                Ok(Some(Box::new(BooleanQuery::new(built))))
            }
        }
    }

    fn leaf(&self, leaf: &UserInputLeaf) -> Result<Option<Box<dyn Query>>> {
        match leaf {
            UserInputLeaf::Literal(literal) => self.literal(literal),
            UserInputLeaf::All => Ok(Some(Box::new(AllQuery))),
            UserInputLeaf::Range { .. } => Err(self.error("ranges are not supported; use --from and --to for dates")),
            UserInputLeaf::Set { .. } => Err(self.error("IN [...] sets are not supported")),
            UserInputLeaf::Exists { .. } => Err(self.error("field:* is not supported")),
            UserInputLeaf::Regex { .. } => Err(self.error("regular expressions are not supported")),
        }
    }

    fn literal(&self, literal: &UserInputLiteral) -> Result<Option<Box<dyn Query>>> {
        let field = literal.field_name.as_deref().map(str::to_lowercase);
        let targets: Vec<(Field, String, f32)> = match field.as_deref() {
            None => {
                let mut targets: Vec<(Field, String, f32)> = self
                    .languages
                    .iter()
                    .map(|(lang, field)| (*field, schema::query_analyzer_name(lang), 1.0))
                    .collect();
                targets.push((self.fields.title, schema::FOLD_ANALYZER.to_string(), TITLE_BOOST));
                targets.push((self.fields.role, schema::FOLD_ANALYZER.to_string(), ROLE_BOOST));
                targets.push((self.fields.context, schema::FOLD_ANALYZER.to_string(), CONTEXT_BOOST));
                targets
            }
            Some("context") => vec![(self.fields.context, schema::FOLD_ANALYZER.to_string(), 1.0)],
            Some("quote") => {
                self.languages.iter().map(|(lang, field)| (*field, schema::query_analyzer_name(lang), 1.0)).collect()
            }
            Some("title") => vec![(self.fields.title, schema::FOLD_ANALYZER.to_string(), 1.0)],
            Some("role") => vec![(self.fields.role, schema::FOLD_ANALYZER.to_string(), 1.0)],
            Some("speaker") => return Ok(Some(super::matcher::speaker_query(self.fields, &literal.phrase)?)),
            Some(other) => {
                return Err(
                    self.error(format!("unknown field {other:?}: use speaker:, title:, role:, quote: or context:"))
                );
            }
        };
        let phrase = literal.delimiter != Delimiter::None;
        // The grammar reads "word~1" as one word: the distance is ours to take off.
        let fuzzy = if phrase { None } else { fuzzy_suffix(&literal.phrase) };
        let literal = &match fuzzy {
            Some((word, distance)) => {
                if distance > MAX_FUZZY_DISTANCE {
                    return Err(self.error(format!("~{distance} is too fuzzy: at most ~{MAX_FUZZY_DISTANCE}")));
                }
                UserInputLiteral { phrase: word.to_string(), slop: distance, ..literal.clone() }
            }
            None => match literal.phrase.strip_suffix('*').filter(|_| !phrase) {
                Some(stem) => UserInputLiteral { phrase: stem.to_string(), prefix: true, slop: 0, ..literal.clone() },
                None => UserInputLiteral { slop: if phrase { literal.slop } else { 0 }, ..literal.clone() },
            },
        };
        let mut per_field: Vec<Box<dyn Query>> = Vec::new();
        // Each field's term with its boost, while every query is one.
        let mut terms: Vec<(Term, f32)> = Vec::new();
        // An empty field's query is built only to learn whether the literal
        // has words in that field's language, which matters when no other
        // field has a query: left out, a literal only such fields had
        // matches nothing. Analysing it for four empty fields was a fiftieth
        // of a keyword search. A prefix's query may fail, as before.
        let mut left_out = false;
        // Whether every field's query is a single word's postings, which
        // `FieldUnion` counts well: a phrase's scorer knows only an upper
        // bound of its matches (its rarest word's), and is dear to make
        // twice.
        let mut words_only = true;
        for (field, analyzer, boost) in &targets {
            let (field, boost) = (*field, *boost);
            if self.empty.contains(&field) && !literal.prefix {
                continue;
            }
            let Some(query) = self.field_query(field, analyzer, literal, phrase)? else {
                continue;
            };
            if self.empty.contains(&field) {
                left_out = true;
                continue;
            }
            match query.downcast_ref::<TermQuery>() {
                Some(single) => terms.push((single.term().clone(), boost)),
                None => words_only = false,
            }
            let query: Box<dyn Query> = if boost == 1.0 { query } else { Box::new(BoostQuery::new(query, boost)) };
            per_field.push(query);
        }
        if per_field.is_empty() && !left_out {
            for (field, analyzer, _) in targets.iter().filter(|(field, _, _)| self.empty.contains(field)) {
                if self.field_query(*field, analyzer, literal, phrase)?.is_some() {
                    left_out = true;
                    break;
                }
            }
        }
        Ok(match per_field.len() {
            0 if left_out => Some(Box::new(EmptyQuery)),
            0 => None,
            1 => per_field.pop(),
            _ if words_only => Some(Box::new(FieldUnion::new(terms))),
            _ => Some(Box::new(BooleanQuery::new(per_field.into_iter().map(|query| (Occur::Should, query)).collect()))),
        })
    }

    /// The query for one literal in one field.
    fn field_query(
        &self,
        field: Field,
        analyzer: &str,
        literal: &UserInputLiteral,
        phrase: bool,
    ) -> Result<Option<Box<dyn Query>>> {
        let mut analyzer =
            self.index.tokenizers().get(analyzer).ok_or_else(|| self.error(format!("no analyzer {analyzer}")))?;
        let mut stream = analyzer.token_stream(&literal.phrase);
        let mut terms: Vec<(usize, Term)> = Vec::new();
        while let Some(token) = stream.next() {
            terms.push((token.position, Term::from_field_text(field, &token.text)));
        }
        if terms.is_empty() {
            return Ok(None);
        }
        if terms.len() > 1 {
            // An exact phrase in a quote field is looked up by its word
            // pairs; with slop, or elsewhere, by positions. An empty field's
            // query is dropped: its language's words are not analysed for it.
            let exact = (!phrase || literal.slop == 0) && !self.empty.contains(&field);
            if let Some((pair_field, frequent)) = self.fields.pairs_of(field).filter(|_| exact)
                && let Some(query) = PairPhraseQuery::new(pair_field, frequent, terms.clone())
            {
                return Ok(Some(Box::new(query)));
            }
            let mut query = PhraseQuery::new_with_offset(terms);
            if phrase {
                query.set_slop(literal.slop);
            }
            return Ok(Some(Box::new(query)));
        }
        let (_, term) = terms.remove(0);
        if literal.prefix {
            let text = term.value().as_str().unwrap_or_default().to_string();
            if literal.phrase.chars().count() < MIN_PREFIX_CHARS {
                return Err(self
                    .error(format!("{}* is too short a prefix: at least {MIN_PREFIX_CHARS} letters", literal.phrase)));
            }
            let pattern = format!("{}.*", regex_syntax_escape(&text));
            let query = RegexQuery::from_pattern(&pattern, field).map_err(|e| self.error(e.to_string()))?;
            return Ok(Some(Box::new(query)));
        }
        if literal.slop > 0 && !phrase {
            return Ok(Some(Box::new(FuzzyTermQuery::new(term, literal.slop as u8, true))));
        }
        Ok(Some(Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))))
    }
}

/// The query of a single plain word (letters and digits only, no
/// operator), as tantivy's grammar parses it: the most common search, whose
/// parse took a thirtieth of its work (a combinator and an allocation or
/// more for each character, more than looking the word up in the index).
fn plain_word(input: &str) -> Option<UserInputAst> {
    let plain = !input.is_empty() && input.chars().all(char::is_alphanumeric);
    if !plain || GRAMMAR_WORDS.contains(&input) {
        return None;
    }
    Some(UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(UserInputLiteral {
        field_name: None,
        phrase: input.to_string(),
        delimiter: Delimiter::None,
        slop: 0,
        prefix: false,
    }))))
}

/// Words that tantivy's grammar reads as operators, not as words to search.
const GRAMMAR_WORDS: &[&str] = &["AND", "OR", "NOT", "IN", "TO"];

/// The words and phrases of a parsed query.
fn leaves(ast: &UserInputAst) -> usize {
    match ast {
        UserInputAst::Leaf(_) => 1,
        UserInputAst::Boost(inner, _) => leaves(inner),
        UserInputAst::Clause(clauses) => clauses.iter().map(|(_, clause)| leaves(clause)).sum(),
    }
}

/// Splits "word~2" into the word and the distance.
fn fuzzy_suffix(text: &str) -> Option<(&str, u32)> {
    let (word, distance) = text.rsplit_once('~')?;
    if word.is_empty() {
        return None;
    }
    let distance = if distance.is_empty() { 1 } else { distance.parse().ok()? };
    Some((word, distance))
}

/// Escapes regex metacharacters in a term.
fn regex_syntax_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~\"".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tantivy::Index;

    fn index() -> (Index, Fields) {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        (index, fields)
    }

    #[test]
    fn long_and_wide_queries_are_refused() {
        let (index, fields) = index();
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        assert!(Keywords::new(&index, &fields, &long, None).build().is_err());
        let wide = (0..=MAX_LEAVES).map(|i| format!("wort{i}")).collect::<Vec<_>>().join(" OR ");
        let error = Keywords::new(&index, &fields, &wide, None).build().err().unwrap().to_string();
        assert!(error.contains("more than 100 words"), "{error}");
    }

    #[test]
    fn empty_quote_fields_left_out_change_no_match_or_score() {
        let (index, fields) = index();
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (quote, title) in [("The border is open.", "News of the day"), ("Closed again.", "Border news")] {
            let mut doc = tantivy::TantivyDocument::default();
            doc.add_text(fields.quote_for("en"), quote);
            doc.add_text(fields.pairs_of(fields.quote_for("en")).unwrap().0, quote);
            doc.add_text(fields.title, title);
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let found = |query: &dyn Query| {
            let top = tantivy::collector::TopDocs::with_limit(10).order_by_score();
            let hits = searcher.search(query, &top).unwrap();
            hits.into_iter().map(|(score, address)| (score.to_bits(), address)).collect::<Vec<_>>()
        };
        let queries = ["border", "quote:border AND title:news", "\"border is\"", "-quote:open", "bord*", "bordr~1"];
        let mut matched = 0;
        for lang in [None, Some("en"), Some("de")] {
            for text in queries {
                let all = Keywords::new(&index, &fields, text, lang).build().unwrap();
                let keywords = Keywords::new(&index, &fields, text, lang)
                    .skipping_empty_fields(&searcher, &ColumnCache::default());
                let empty_fields = match lang {
                    None => 4, // all but English
                    Some("en") => 0,
                    Some(_) => 1,
                };
                assert_eq!(keywords.empty.len(), empty_fields, "{lang:?}");
                let skipping = keywords.build().unwrap();
                let expected = found(&*all);
                matched += expected.len();
                assert_eq!(found(&*skipping), expected, "{text} in {lang:?}");
            }
        }
        assert!(matched > 10, "{matched}");
    }

    #[test]
    fn only_single_words_go_through_the_field_union() {
        let (index, fields) = index();
        let built = |text: &str| Keywords::new(&index, &fields, text, None).build().unwrap();
        assert!(built("border").is::<FieldUnion>());
        assert!(built("quote:border").is::<FieldUnion>());
        for text in ["\"border is\"", "bord*", "bordr~1", "U.S."] {
            assert!(built(text).is::<BooleanQuery>(), "{text}");
        }
    }

    #[test]
    fn a_plain_word_is_parsed_as_the_grammar_parses_it() {
        for word in ["border", "Grenze", "sécurité", "мир", "2020", "G20", "and", "Or", "not", "in", "to"] {
            let (parsed, errors) = tantivy_query_grammar::parse_query_lenient(word);
            assert!(errors.is_empty(), "{word}");
            assert!(plain_word(word) == Some(parsed), "{word}");
        }
        for input in ["", "a b", "bord*", "bordr~1", "-border", "title:border", "U.S.", "\"border\"", "AND", "TO"] {
            assert!(plain_word(input).is_none(), "{input}");
        }
    }

    proptest! {
        #[test]
        fn a_plain_word_parses_as_the_grammar_would(word in "[\\p{L}\\p{N}]{1,12}") {
            if let Some(fast) = plain_word(&word) {
                let (parsed, errors) = tantivy_query_grammar::parse_query_lenient(&word);
                prop_assert!(errors.is_empty());
                prop_assert!(fast == parsed, "{}", word);
            }
        }

        #[test]
        fn any_query_builds_or_fails_cleanly(text in "[\\PC()\"'~*:^+\\-\\[\\]{}/ ]{0,80}") {
            let (index, fields) = index();
            let searcher = index.reader().unwrap().searcher();
            if let Ok(query) = Keywords::new(&index, &fields, &text, None).build() {
                prop_assert!(searcher.search(&*query, &tantivy::collector::Count).is_ok());
            }
        }
    }
}
