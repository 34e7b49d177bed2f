//! A word's union over fields (the quote field of each language, the
//! title, role and context), which matches and scores as tantivy's union
//! of its clauses, with a faster pass over every match when one field holds
//! nearly all of them: a word is mostly in the quote field of the index's
//! language and rarely in the others. The clauses are meant to be single
//! words' term queries, whose scorers know their number of matches and
//! cost a term look-up to make (the big field's is made twice).
//!
//! tantivy's union buffers each match of each field in a window of scores
//! and bits, then reads them back: for a word found almost only in one
//! field, that was twice the work of reading the field's postings alone.
//! Here the few matches of the other fields are gathered first, and the
//! big field's postings run in their own loop, those few merged in as it
//! goes. Scores are summed in the order of the clauses, from 0, as
//! tantivy's union sums them, so every score is the same to the bit.

use std::sync::Arc;

use tantivy::query::{BooleanQuery, EnableScoring, Explanation, Occur, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// The other fields' matches gathered before the big field's pass, at most
/// this fraction of its matches (beyond, tantivy's union is as fast).
const MOST_GATHERED_PER_MATCH: u32 = 4;

/// Any of its clauses (each a field's query for the same literal), scored
/// as their sum.
#[derive(Debug)]
pub struct FieldUnion {
    clauses: Vec<Box<dyn Query>>,
}

impl Clone for FieldUnion {
    fn clone(&self) -> Self {
        FieldUnion { clauses: self.clauses.iter().map(|clause| clause.box_clone()).collect() }
    }
}

impl FieldUnion {
    /// The union of `clauses`, at least two.
    pub fn new(clauses: Vec<Box<dyn Query>>) -> FieldUnion {
        debug_assert!(clauses.len() > 1, "a union of {} clauses", clauses.len());
        FieldUnion { clauses }
    }
}

impl FieldUnion {
    fn union_weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<FieldUnionWeight> {
        let clauses: Vec<Arc<dyn Weight>> =
            self.clauses.iter().map(|clause| clause.weight(enable_scoring).map(Arc::from)).collect::<Result<_, _>>()?;
        // tantivy's union of the same weights, for every other use: within
        // an intersection, without scores, or pruned by a threshold.
        let shared: Vec<(Occur, Box<dyn Query>)> = clauses
            .iter()
            .map(|weight| (Occur::Should, Box::new(Shared(Arc::clone(weight))) as Box<dyn Query>))
            .collect();
        let union = BooleanQuery::new(shared).weight(enable_scoring)?;
        Ok(FieldUnionWeight { clauses, union })
    }
}

impl Query for FieldUnion {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.union_weight(enable_scoring)?))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

/// A weight already built, handed to tantivy's boolean query as a query
/// whose weight it is.
#[derive(Clone)]
struct Shared(Arc<dyn Weight>);

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared")
    }
}

impl Query for Shared {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(SharedWeight(Arc::clone(&self.0))))
    }
}

/// Every call passed on to the shared weight.
struct SharedWeight(Arc<dyn Weight>);

impl Weight for SharedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.0.scorer(reader, boost)
    }

    fn scorer_danger(
        &self,
        reader: &SegmentReader,
        target: DocId,
        boost: Score,
    ) -> tantivy::Result<(tantivy::SeekDangerResult, Box<dyn Scorer>)> {
        self.0.scorer_danger(reader, target, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.0.count(reader)
    }

    fn for_each(&self, reader: &SegmentReader, callback: &mut dyn FnMut(DocId, Score)) -> tantivy::Result<()> {
        self.0.for_each(reader, callback)
    }

    fn for_each_no_score(&self, reader: &SegmentReader, callback: &mut dyn FnMut(&[DocId])) -> tantivy::Result<()> {
        self.0.for_each_no_score(reader, callback)
    }

    fn for_each_pruning(
        &self,
        threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        self.0.for_each_pruning(threshold, reader, callback)
    }
}

struct FieldUnionWeight {
    /// In the order of the query's clauses, which is the order of the sum.
    clauses: Vec<Arc<dyn Weight>>,
    union: Box<dyn Weight>,
}

/// A match of one of the small fields: (document, clause, score).
type Gathered = (DocId, usize, Score);

impl FieldUnionWeight {
    /// The clause with the most matches in `reader` and every match of the
    /// others, by document then clause; `None` when the others match too
    /// many for that to pay.
    fn split(&self, reader: &SegmentReader) -> tantivy::Result<Option<(usize, Vec<Gathered>)>> {
        let mut scorers: Vec<(usize, Box<dyn Scorer>)> = Vec::with_capacity(self.clauses.len());
        for (clause, weight) in self.clauses.iter().enumerate() {
            let scorer = weight.scorer(reader, 1.0)?;
            if scorer.doc() != TERMINATED {
                scorers.push((clause, scorer));
            }
        }
        let Some(biggest) = (0..scorers.len()).max_by_key(|&at| (scorers[at].1.size_hint(), std::cmp::Reverse(at)))
        else {
            return Ok(Some((0, Vec::new())));
        };
        let (big_clause, big) = scorers.swap_remove(biggest);
        let others: u32 = scorers.iter().map(|(_, scorer)| scorer.size_hint()).sum();
        if others.saturating_mul(MOST_GATHERED_PER_MATCH) > big.size_hint() {
            return Ok(None);
        }
        let mut gathered: Vec<Gathered> = Vec::with_capacity(others as usize);
        for (clause, mut scorer) in scorers {
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                gathered.push((doc, clause, scorer.score()));
                doc = scorer.advance();
            }
        }
        // Each clause's matches are in order already: a stable sort merges
        // those runs in a pass each, where an unstable one sorted anew.
        gathered.sort_by_key(|&(doc, clause, _)| (doc, clause));
        Ok(Some((big_clause, gathered)))
    }
}

impl Weight for FieldUnionWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.union.scorer(reader, boost)
    }

    fn scorer_danger(
        &self,
        reader: &SegmentReader,
        target: DocId,
        boost: Score,
    ) -> tantivy::Result<(tantivy::SeekDangerResult, Box<dyn Scorer>)> {
        self.union.scorer_danger(reader, target, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.union.explain(reader, doc)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.union.count(reader)
    }

    fn for_each_no_score(&self, reader: &SegmentReader, callback: &mut dyn FnMut(&[DocId])) -> tantivy::Result<()> {
        self.union.for_each_no_score(reader, callback)
    }

    fn for_each_pruning(
        &self,
        threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        self.union.for_each_pruning(threshold, reader, callback)
    }

    fn for_each(&self, reader: &SegmentReader, callback: &mut dyn FnMut(DocId, Score)) -> tantivy::Result<()> {
        let Some((big_clause, gathered)) = self.split(reader)? else {
            return self.union.for_each(reader, callback);
        };
        let mut others = Others { gathered, next: 0, big_clause };
        let mut next_doc = others.next_doc();
        self.clauses[big_clause].for_each(reader, &mut |doc, score| {
            if doc < next_doc {
                // As tantivy's union: a sum from 0, of one score here.
                callback(doc, 0.0 + score);
                return;
            }
            others.merge_up_to(doc, score, callback);
            next_doc = others.next_doc();
        })?;
        others.merge_rest(callback);
        Ok(())
    }
}

/// The gathered matches of the small fields, merged into the big field's
/// as its pass reaches them.
struct Others {
    /// By document, then clause.
    gathered: Vec<Gathered>,
    /// The first not passed on yet.
    next: usize,
    big_clause: usize,
}

impl Others {
    fn next_doc(&self) -> DocId {
        self.gathered.get(self.next).map_or(TERMINATED, |&(doc, _, _)| doc)
    }

    /// Passes on the documents before `doc` that only small fields match,
    /// then `doc` with the big field's `score` and those of the small
    /// fields that match it.
    #[inline(never)]
    fn merge_up_to(&mut self, doc: DocId, score: Score, callback: &mut dyn FnMut(DocId, Score)) {
        while self.next_doc() < doc {
            self.pass_on(self.next_doc(), None, callback);
        }
        self.pass_on(doc, Some(score), callback);
    }

    /// Passes on every document left, which only small fields match.
    fn merge_rest(&mut self, callback: &mut dyn FnMut(DocId, Score)) {
        while self.next_doc() != TERMINATED {
            self.pass_on(self.next_doc(), None, callback);
        }
    }

    /// `doc` with its score: the big field's (if it matches) and the
    /// gathered ones of `doc`, summed from 0 in the order of the clauses.
    fn pass_on(&mut self, doc: DocId, big: Option<Score>, callback: &mut dyn FnMut(DocId, Score)) {
        let mut sum: Score = 0.0;
        let mut big = big;
        while let Some(&(at, clause, score)) = self.gathered.get(self.next)
            && at == doc
        {
            if let Some(big_score) = big.filter(|_| self.big_clause < clause) {
                sum += big_score;
                big = None;
            }
            sum += score;
            self.next += 1;
        }
        if let Some(big_score) = big {
            sum += big_score;
        }
        callback(doc, sum);
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Collector, Count, SegmentCollector};
    use tantivy::query::{BoostQuery, TermQuery};
    use tantivy::schema::{Field, IndexRecordOption};
    use tantivy::{DocAddress, Index, IndexWriter, SegmentOrdinal, TantivyDocument};

    use super::*;
    use crate::schema::{self, Fields};

    /// Every match with its score's bits, in the order of the pass (which
    /// goes through `Weight::for_each`, unlike `TopDocs`).
    struct EveryScore;

    impl Collector for EveryScore {
        type Fruit = Vec<(DocAddress, u32)>;
        type Child = SegmentScores;

        fn for_segment(&self, segment: SegmentOrdinal, _: &SegmentReader) -> tantivy::Result<SegmentScores> {
            Ok(SegmentScores(segment, Vec::new()))
        }

        fn requires_scoring(&self) -> bool {
            true
        }

        fn merge_fruits(&self, segments: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
            Ok(segments.concat())
        }
    }

    struct SegmentScores(SegmentOrdinal, Vec<(DocAddress, u32)>);

    impl SegmentCollector for SegmentScores {
        type Fruit = Vec<(DocAddress, u32)>;

        fn collect(&mut self, doc: DocId, score: Score) {
            self.1.push((DocAddress::new(self.0, doc), score.to_bits()));
        }

        fn harvest(self) -> Self::Fruit {
            self.1
        }
    }

    fn clauses(fields: &Fields, word: &str) -> Vec<Box<dyn Query>> {
        let term =
            |field: Field| Box::new(TermQuery::new(Term::from_field_text(field, word), IndexRecordOption::WithFreqs));
        vec![
            Box::new(BoostQuery::new(term(fields.title), 0.3)),
            term(fields.quote_for("en")),
            Box::new(BoostQuery::new(term(fields.role), 0.5)),
            Box::new(BoostQuery::new(term(fields.context), 0.2)),
        ]
    }

    #[test]
    fn the_union_matches_and_scores_as_tantivys_to_the_bit() {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for n in 0..600u64 {
            let mut doc = TantivyDocument::default();
            // "border" mostly in quotes, rarely elsewhere; "open" more often
            // in the context than in quotes (tantivy's union then); "gate"
            // only outside quotes, mostly in the context.
            let quote = match n % 10 {
                0 => "nothing here".to_string(),
                k => format!("{} {}", "border ".repeat(k as usize), if n % 3 == 0 { "open" } else { "" }),
            };
            doc.add_text(fields.quote_for("en"), &quote);
            if n % 13 == 0 {
                doc.add_text(fields.title, "Border news gate");
            }
            if n % 17 == 0 {
                doc.add_text(fields.role, "border guard");
            }
            let context = match n {
                n if n % 20 == 0 => "the open border",
                n if n % 2 == 0 => "an open gate",
                _ => "a gate",
            };
            doc.add_text(fields.context, context);
            doc.add_u64(fields.quote_hash, n);
            writer.add_document(doc).unwrap();
            if n % 200 == 199 {
                writer.commit().unwrap();
            }
        }
        writer.delete_term(Term::from_field_u64(fields.quote_hash, 26));
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() > 1);
        for word in ["border", "open", "gate", "absent"] {
            let tantivys =
                BooleanQuery::new(clauses(&fields, word).into_iter().map(|clause| (Occur::Should, clause)).collect());
            let ours = FieldUnion::new(clauses(&fields, word));
            let expected = searcher.search(&tantivys, &EveryScore).unwrap();
            let found = searcher.search(&ours, &EveryScore).unwrap();
            let differ = found.iter().zip(&expected).position(|(a, b)| a != b);
            assert!(found.len() == expected.len() && differ.is_none(), "{word}: {differ:?} of {}", expected.len());
            assert_eq!(searcher.search(&ours, &Count).unwrap(), expected.len(), "{word}");
            let top = tantivy::collector::TopDocs::with_limit(20).order_by_score();
            assert_eq!(searcher.search(&ours, &top).unwrap(), searcher.search(&tantivys, &top).unwrap(), "{word}");
            if word != "absent" {
                assert!(expected.len() > 50, "{word}: {}", expected.len());
            }
        }
        // Both passes ran: the big field's, and tantivy's union where the
        // small fields match too much.
        let big_field_pass = |word: &str| {
            let weight =
                FieldUnion::new(clauses(&fields, word)).union_weight(EnableScoring::enabled_from_searcher(&searcher));
            weight.unwrap().split(searcher.segment_reader(0)).unwrap().map(|(clause, _)| clause)
        };
        assert_eq!(big_field_pass("border"), Some(1));
        assert_eq!(big_field_pass("gate"), Some(3));
        assert_eq!(big_field_pass("open"), None);
    }
}
