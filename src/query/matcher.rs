//! Which statements match a request: the keyword query, analysed with the
//! quote field of every language, combined with speaker, role, date, kind
//! and language filters.

use std::ops::Bound;

use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Term};

use super::SearchRequest;
use crate::date::day_number;
use crate::error::{Error, Result};
use crate::schema::Fields;
use crate::speaker::{self, Aliases, Person};

/// A request turned into a tantivy query, with the keyword part kept apart
/// for highlighting.
pub struct Matcher {
    pub query: Box<dyn Query>,
    pub keywords: Option<Box<dyn Query>>,
}

/// Builds the query for a request.
pub fn build(index: &Index, fields: &Fields, request: &SearchRequest, aliases: &Aliases) -> Result<Matcher> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let keywords = match request.query.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        Some(text) => Some(keyword_query(index, fields, text, request.lang.as_deref())?),
        None => None,
    };
    if let Some(keywords) = &keywords {
        clauses.push((Occur::Must, keywords.box_clone()));
    }
    if let Some(speaker) = &request.speaker {
        let query = match aliases.person(speaker) {
            Some(person) => person_query(index, fields, person)?,
            None => speaker_query(fields, speaker)?,
        };
        clauses.push((Occur::Must, query));
    }
    if let Some(role) = &request.role {
        clauses.push((Occur::Must, words_query(index, fields.role, role, "--role")?));
    }
    if let Some(period) = &request.period {
        let start = day_number(period.start);
        let end = day_number(period.end);
        let (first, last) = if request.within {
            // Entirely inside: starts on or after the start, ends on or before the end.
            (
                range(fields.date_start, Bound::Included(start), Bound::Unbounded),
                range(fields.date_end, Bound::Unbounded, Bound::Included(end)),
            )
        } else {
            // Overlapping: starts on or before the end, ends on or after the start.
            (
                range(fields.date_start, Bound::Unbounded, Bound::Included(end)),
                range(fields.date_end, Bound::Included(start), Bound::Unbounded),
            )
        };
        clauses.push((Occur::Must, first));
        clauses.push((Occur::Must, last));
    }
    if !request.kinds.is_empty() {
        let any: Vec<(Occur, Box<dyn Query>)> =
            request.kinds.iter().map(|kind| (Occur::Should, term(fields.kind, kind.as_str()))).collect();
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if let Some(lang) = &request.lang {
        clauses.push((Occur::Must, term(fields.lang, lang)));
    }
    let query: Box<dyn Query> = match clauses.len() {
        0 => Box::new(AllQuery),
        _ => Box::new(BooleanQuery::new(clauses)),
    };
    Ok(Matcher { query, keywords })
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::Basic))
}

fn range(field: Field, lower: Bound<i64>, upper: Bound<i64>) -> Box<dyn Query> {
    let to_term = |bound: Bound<i64>| match bound {
        Bound::Included(value) => Bound::Included(Term::from_field_i64(field, value)),
        Bound::Excluded(value) => Bound::Excluded(Term::from_field_i64(field, value)),
        Bound::Unbounded => Bound::Unbounded,
    };
    Box::new(RangeQuery::new(to_term(lower), to_term(upper)))
}

/// Every word of the name must be a word of the speaker's name, in any
/// spelling or script: each word matches any of its keys.
pub(super) fn speaker_query(fields: &Fields, name: &str) -> Result<Box<dyn Query>> {
    let words = speaker::name_words(name);
    if words.is_empty() {
        return Err(Error::Usage(format!("--speaker {name:?} has no name words to match")));
    }
    let clauses: Vec<(Occur, Box<dyn Query>)> = words
        .iter()
        .map(|word| {
            let keys: Vec<(Occur, Box<dyn Query>)> =
                speaker::word_keys(word).iter().map(|key| (Occur::Should, term(fields.speaker_key, key))).collect();
            (Occur::Must, Box::new(BooleanQuery::new(keys)) as Box<dyn Query>)
        })
        .collect();
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// A person from the alias file: any of their names, and their role if the
/// file tells them apart by it.
fn person_query(index: &Index, fields: &Fields, person: &Person) -> Result<Box<dyn Query>> {
    let mut names: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for name in person.names() {
        names.push((Occur::Should, speaker_query(fields, name)?));
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, Box::new(BooleanQuery::new(names)))];
    if let Some(role) = &person.role {
        clauses.push((Occur::Must, words_query(index, fields.role, role, "the alias file's role")?));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// Every word of `text`, as the field's analyzer sees it, must occur.
fn words_query(index: &Index, field: Field, text: &str, option: &str) -> Result<Box<dyn Query>> {
    let mut analyzer = index.tokenizer_for_field(field).map_err(|e| Error::Usage(format!("{option}: {e}")))?;
    let mut stream = analyzer.token_stream(text);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    while let Some(token) = stream.next() {
        clauses.push((Occur::Must, term(field, &token.text)));
    }
    if clauses.is_empty() {
        return Err(Error::Usage(format!("{option} {text:?} has no words to match")));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The keyword query over the quote fields (and, weaker, the title and role).
fn keyword_query(index: &Index, fields: &Fields, text: &str, lang: Option<&str>) -> Result<Box<dyn Query>> {
    super::keywords::Keywords::new(index, fields, text, lang).build()
}
