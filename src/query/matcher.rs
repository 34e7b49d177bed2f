//! Which statements match a request: the keyword query, analysed with the
//! quote field of every language, combined with speaker, role, date, kind
//! and language filters.

use std::collections::HashMap;
use std::ops::Bound;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use tantivy::index::SegmentId;
use tantivy::query::{
    AllQuery, BitSetDocSet, BooleanQuery, ConstScorer, EnableScoring, Explanation, InvertedIndexRangeQuery, Occur,
    Query, RangeQuery, Scorer, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{BitSet, DocId, DocSet, Index, SegmentReader, TERMINATED, Term};

use super::SearchRequest;
use super::columns::ColumnCache;
use crate::date::{Period, day_number};
use crate::error::{Error, Result};
use crate::schema::Fields;
use crate::speaker::{self, Aliases, Person};

/// A request turned into a tantivy query, with the keyword part kept apart
/// for highlighting.
pub struct Matcher {
    pub query: Box<dyn Query>,
    pub keywords: Option<Box<dyn Query>>,
}

/// Builds the query for a request; its day ranges are read through `days`.
pub fn build(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    request: &SearchRequest,
    aliases: &Aliases,
    days: &Arc<DaySets>,
    columns: &ColumnCache,
) -> Result<Matcher> {
    let index = searcher.index();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let keywords = match request.query.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        Some(text) => Some(keyword_query(searcher, fields, columns, text, request.lang.as_deref())?),
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
        for (field, lower, upper) in date_ranges(fields, period, request.within) {
            clauses.push((Occur::Must, range(field, lower, upper, days)));
        }
    }
    if !request.kinds.is_empty() {
        let any: Vec<(Occur, Box<dyn Query>)> =
            request.kinds.iter().map(|kind| (Occur::Should, term(fields.kind, kind.as_str()))).collect();
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if let Some(lang) = &request.lang {
        clauses.push((Occur::Must, term(fields.lang, lang)));
    }
    // A lone clause is the query itself: wrapped in a `BooleanQuery` it
    // matched and scored the same, but tantivy drove it through a boxed
    // scorer, where alone a keyword's union of fields runs unboxed.
    let query: Box<dyn Query> = match clauses.len() {
        0 => Box::new(AllQuery),
        1 => clauses.pop().map(|(_, query)| query).expect("one clause"),
        _ => Box::new(BooleanQuery::new(clauses)),
    };
    Ok(Matcher { query, keywords })
}

/// The most days a statement's date spans after its first: a year-only date
/// in a leap year runs from its first day to 365 days later. One more for
/// safety costs nothing measurable.
const LONGEST_DATE_SPAN: i64 = 366;

/// The ranges on `date_start` and `date_end` that select the statements
/// whose date overlaps `period` (or lies within it, with `within`).
///
/// Overlap alone says `date_start <= end` and `date_end >= start`: two
/// open-ended ranges, each matching most of the index, that tantivy scans
/// and intersects (a fifth of a keyword-and-date query). Since a date spans
/// at most a year, `date_start` is also at least `start` minus a year and
/// `date_end` at most `end` plus a year, which makes both ranges about as
/// narrow as the period itself with the same matches. A side the user left
/// open needs no range at all: with no `--from`, `date_start <= end` alone
/// implies the bound on `date_end`, and the other way round.
///
/// Each range adds 1 to the score of every match, as before; a bounded one
/// now does so in every segment, where the column scan added nothing in a
/// segment whose dates all lay inside it (hits ranked the same, scores of
/// such periods 1 or 2 higher than before).
fn date_ranges(fields: &Fields, period: &Period, within: bool) -> Vec<(Field, Bound<i64>, Bound<i64>)> {
    let from = (period.start != NaiveDate::MIN).then(|| day_number(period.start));
    let to = (period.end != NaiveDate::MAX).then(|| day_number(period.end));
    match (from, to) {
        (Some(start), Some(end)) if within => {
            // Starts on or after the start and ends on or before the end; a
            // date starts before it ends, so both days lie inside the period.
            vec![
                (fields.date_start, Bound::Included(start), Bound::Included(end)),
                (fields.date_end, Bound::Included(start), Bound::Included(end)),
            ]
        }
        // Starts on or before the end and ends on or after the start, each
        // no more than a year from the other.
        (Some(start), Some(end)) => vec![
            (fields.date_start, Bound::Included(start - LONGEST_DATE_SPAN), Bound::Included(end)),
            (fields.date_end, Bound::Included(start), Bound::Included(end + LONGEST_DATE_SPAN)),
        ],
        // Entirely inside: starts on or after the start (and so ends after it).
        (Some(start), None) if within => vec![(fields.date_start, Bound::Included(start), Bound::Unbounded)],
        // Overlapping: ends on or after the start.
        (Some(start), None) => vec![(fields.date_end, Bound::Included(start), Bound::Unbounded)],
        // Entirely inside: ends on or before the end (and so starts before it).
        (None, Some(end)) if within => vec![(fields.date_end, Bound::Unbounded, Bound::Included(end))],
        // Overlapping: starts on or before the end.
        (None, Some(end)) => vec![(fields.date_start, Bound::Unbounded, Bound::Included(end))],
        // No side given (not from the command line): every dated statement,
        // as an open range would not require a date.
        (None, None) => vec![(fields.date_start, Bound::Unbounded, Bound::Included(day_number(period.end)))],
    }
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::Basic))
}

/// A range of days on a date field.
///
/// A range bounded on both sides is read from the term index: it collects
/// the statements of those few days into a bitset, small enough to lead
/// the intersection with the keywords. tantivy's default for a fast field
/// scans the column from the first document to its first match when the
/// query starts, and never leads (its cost is most of the index), so a
/// narrow period gained nothing from it (measured: 0.87 ms against 0.59 ms
/// for two keywords and three years on the 4x bench index). An open range
/// matches much of the index and keeps the column scan.
fn range(field: Field, lower: Bound<i64>, upper: Bound<i64>, days: &Arc<DaySets>) -> Box<dyn Query> {
    let to_term = |bound: Bound<i64>| match bound {
        Bound::Included(value) => Bound::Included(Term::from_field_i64(field, value)),
        Bound::Excluded(value) => Bound::Excluded(Term::from_field_i64(field, value)),
        Bound::Unbounded => Bound::Unbounded,
    };
    let bounded = lower != Bound::Unbounded && upper != Bound::Unbounded;
    if bounded {
        let query = InvertedIndexRangeQuery::new(to_term(lower), to_term(upper));
        return Box::new(KeptRange { query, key: (field, lower, upper), days: Arc::clone(days) });
    }
    Box::new(RangeQuery::new(to_term(lower), to_term(upper)))
}

/// A bounded day range: a field and its bounds.
type DayRange = (Field, Bound<i64>, Bound<i64>);

/// The statements of the day ranges searched lately, by segment: building
/// a range's bitset reads the postings of each of its days, about a tenth
/// of a search for two keywords in three years, and the same years are
/// asked again and again. A segment never changes, so neither does its
/// bitset; they are kept up to [`MAX_DAY_SET_BYTES`] (a bit per statement).
#[derive(Default)]
pub struct DaySets(Mutex<HashMap<(SegmentId, DayRange), Arc<BitSet>>>);

/// Bytes of bitsets kept at most, of all segments together: 16 MiB hold
/// every period of the benchmark's (25 periods, two ranges each, on two
/// segments of 27,000 statements) many times over, or 12 ranges of a
/// segment of ten million statements.
const MAX_DAY_SET_BYTES: usize = 16 << 20;

impl DaySets {
    /// The bitset of `range` in `segment`, built by `build` when not kept.
    fn get(
        &self,
        segment: &SegmentReader,
        range: DayRange,
        build: impl FnOnce() -> tantivy::Result<BitSet>,
    ) -> tantivy::Result<Arc<BitSet>> {
        let key = (segment.segment_id(), range);
        if let Some(bits) = self.lock().get(&key) {
            return Ok(Arc::clone(bits));
        }
        let bits = Arc::new(build()?);
        let bytes = |bits: &BitSet| (bits.max_value() as usize).div_ceil(8);
        let mut kept = self.lock();
        if kept.values().map(|bits| bytes(bits)).sum::<usize>() + bytes(&bits) > MAX_DAY_SET_BYTES {
            kept.clear(); // the oldest are as likely to come back as the newest
        }
        kept.insert(key, Arc::clone(&bits));
        Ok(bits)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(SegmentId, DayRange), Arc<BitSet>>> {
        // A panic while the map was held leaves it whole: an insert or a
        // clear does not unwind halfway.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// tantivy's range over the term index, its bitset kept in [`DaySets`]:
/// it matches and scores as the range itself (a constant, the boost).
#[derive(Clone)]
struct KeptRange {
    query: InvertedIndexRangeQuery,
    key: DayRange,
    days: Arc<DaySets>,
}

impl std::fmt::Debug for KeptRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeptRange").field("query", &self.query).finish()
    }
}

impl Query for KeptRange {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weight = self.query.weight(enable_scoring)?;
        Ok(Box::new(KeptRangeWeight { weight, key: self.key, days: Arc::clone(&self.days) }))
    }
}

struct KeptRangeWeight {
    weight: Box<dyn Weight>,
    key: DayRange,
    days: Arc<DaySets>,
}

impl Weight for KeptRangeWeight {
    fn scorer(&self, reader: &SegmentReader, boost: tantivy::Score) -> tantivy::Result<Box<dyn Scorer>> {
        let bits = self.days.get(reader, self.key, || {
            let mut bits = BitSet::with_max_value(reader.max_doc());
            let mut docs = self.weight.scorer(reader, 1.0)?;
            let mut doc = docs.doc();
            while doc != TERMINATED {
                bits.insert(doc);
                doc = docs.advance();
            }
            Ok(bits)
        })?;
        Ok(Box::new(ConstScorer::new(BitSetDocSet::from(BitSet::clone(&bits)), boost)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.weight.explain(reader, doc)
    }
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
                speaker::search_keys(word).iter().map(|key| (Occur::Should, term(fields.speaker_key, key))).collect();
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
fn keyword_query(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    columns: &ColumnCache,
    text: &str,
    lang: Option<&str>,
) -> Result<Box<dyn Query>> {
    super::keywords::Keywords::new(searcher.index(), fields, text, lang)
        .skipping_empty_fields(searcher, columns)
        .build()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use tantivy::TantivyDocument;
    use tantivy::collector::DocSetCollector;

    use super::*;
    use crate::date::PartialDate;

    /// The ranges as the definition says them, open-ended.
    fn open_ranges(fields: &Fields, period: &Period, within: bool) -> Box<dyn Query> {
        let (start, end) = (day_number(period.start), day_number(period.end));
        let days = Arc::new(DaySets::default());
        let range = |field, lower, upper| range(field, lower, upper, &days);
        let (first, last) = if within {
            (
                range(fields.date_start, Bound::Included(start), Bound::Unbounded),
                range(fields.date_end, Bound::Unbounded, Bound::Included(end)),
            )
        } else {
            (
                range(fields.date_start, Bound::Unbounded, Bound::Included(end)),
                range(fields.date_end, Bound::Included(start), Bound::Unbounded),
            )
        };
        Box::new(BooleanQuery::new(vec![(Occur::Must, first), (Occur::Must, last)]))
    }

    #[test]
    fn bounded_date_ranges_match_as_the_open_ones() {
        let index = Index::create_in_ram(crate::schema::build());
        crate::schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        // Year-only dates (2020 a leap year), months and days at the edges
        // of years and months, and an undated statement.
        let dates = [
            "2019",
            "2020",
            "2021",
            "2022",
            "2020-02",
            "2020-12",
            "2021-01",
            "2021-06",
            "2021-12",
            "2022-01",
            "2019-12-31",
            "2020-01-01",
            "2020-12-31",
            "2021-01-01",
            "2021-06-30",
            "2021-07-01",
            "2021-12-31",
            "2022-01-01",
            "2022-12-31",
            "2023-01-01",
        ];
        let dates: Vec<Option<PartialDate>> =
            dates.iter().map(|d| Some(d.parse().unwrap())).chain(std::iter::once(None)).collect();
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for date in &dates {
            let mut doc = TantivyDocument::default();
            if let Some(date) = date {
                doc.add_i64(fields.date_start, day_number(date.first_day()));
                doc.add_i64(fields.date_end, day_number(date.last_day()));
            }
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let found = |query: &dyn Query| -> BTreeSet<u32> {
            searcher.search(query, &DocSetCollector).unwrap().into_iter().map(|a| a.doc_id).collect()
        };
        let sides = [
            None,
            Some("2020"),
            Some("2020-12-31"),
            Some("2021-01-01"),
            Some("2021"),
            Some("2021-06"),
            Some("2021-06-30"),
            Some("2021-07-01"),
        ];
        let days = Arc::new(DaySets::default());
        let mut periods = 0;
        for from in sides {
            for to in sides {
                let Ok(Some(period)) = Period::between(from, to) else {
                    continue;
                };
                periods += 1;
                for within in [false, true] {
                    let request = SearchRequest { period: Some(period), within, ..SearchRequest::default() };
                    let query =
                        build(&searcher, &fields, &request, &Aliases::default(), &days, &ColumnCache::default())
                            .unwrap()
                            .query;
                    let bounded = found(&*query);
                    // Again, from the bitsets kept the first time.
                    assert_eq!(found(&*query), bounded);
                    let expected: BTreeSet<u32> = (0u32..)
                        .zip(&dates)
                        .filter_map(|(doc, date)| {
                            let date = date.as_ref()?.period();
                            (if within { period.contains(&date) } else { period.overlaps(&date) }).then_some(doc)
                        })
                        .collect();
                    let context = format!("from {from:?} to {to:?}, within {within}");
                    assert_eq!(bounded, expected, "{context}");
                    assert_eq!(bounded, found(&*open_ranges(&fields, &period, within)), "{context}");
                    assert!(!bounded.contains(&(dates.len() as u32 - 1)), "undated: {context}");
                }
            }
        }
        assert!(periods > 20, "{periods}");
    }
}
