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
//!
//! Within an intersection (two words, or a word and a date) the union is a
//! scorer the other clauses seek: the big field's postings skip to each
//! candidate and the few gathered matches are merged in, where tantivy's
//! union scored every match of a 4,096-document window at each seek. Its
//! cost, which orders an intersection's clauses and so the sum of their
//! scores, is the one tantivy's union would report.

use std::cell::Cell;
use std::sync::Arc;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    Bm25StatisticsProvider, Bm25Weight, BooleanQuery, BoostQuery, EnableScoring, Explanation, Occur, Query, Scorer,
    TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// The other fields' matches gathered before the big field's pass, at most
/// this fraction of its matches (beyond, tantivy's union is as fast).
const MOST_GATHERED_PER_MATCH: u32 = 4;

/// Any of its clauses (each a field's term for the same word, with its
/// boost), scored as their sum.
#[derive(Debug, Clone)]
pub struct FieldUnion {
    terms: Vec<(Term, Score)>,
}

impl FieldUnion {
    /// The union of the terms, at least two, each a term query (read with
    /// its frequencies) boosted by its score.
    pub fn new(terms: Vec<(Term, Score)>) -> FieldUnion {
        debug_assert!(terms.len() > 1, "a union of {} clauses", terms.len());
        FieldUnion { terms }
    }

    /// The query of each clause, as tantivy's union would take it.
    fn clauses(&self) -> impl Iterator<Item = Box<dyn Query>> + '_ {
        self.terms.iter().map(|(term, boost)| {
            let query: Box<dyn Query> = Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs));
            if *boost == 1.0 { query } else { Box::new(BoostQuery::new(query, *boost)) }
        })
    }
}

impl FieldUnion {
    fn union_weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<FieldUnionWeight> {
        let (clauses, bm25) = match enable_scoring {
            EnableScoring::Enabled { searcher, statistics_provider } => {
                // Each term's document count is asked once, for its clause's
                // weight and for the BM25 weight kept here (twice, a search
                // asked eight more term look-ups, a twentieth of its work).
                let known = KnownDocFreqs::new(statistics_provider, &self.terms)?;
                let scoring = EnableScoring::enabled_from_statistics_provider(&known, searcher);
                let clauses = self.weights(scoring)?;
                // Each clause's BM25 weight as its term query weighs it,
                // boosted as its boost query passes the boost on to the
                // term's scorer.
                let bm25 = self
                    .terms
                    .iter()
                    .map(
                        |(term, boost)| Ok(Bm25Weight::for_terms(&known, std::slice::from_ref(term))?.boost_by(*boost)),
                    )
                    .collect::<tantivy::Result<Vec<_>>>()?;
                (clauses, Some(bm25))
            }
            EnableScoring::Disabled { .. } => (self.weights(enable_scoring)?, None),
        };
        // tantivy's union of the same weights, for every other use: within
        // an intersection, without scores, or pruned by a threshold.
        let shared: Vec<(Occur, Box<dyn Query>)> = clauses
            .iter()
            .map(|weight| (Occur::Should, Box::new(Shared(Arc::clone(weight))) as Box<dyn Query>))
            .collect();
        let union = BooleanQuery::new(shared).weight(enable_scoring)?;
        let terms = self.terms.iter().map(|(term, _)| term.clone()).collect();
        Ok(FieldUnionWeight { clauses, terms, bm25, union })
    }

    /// The weight of each clause.
    fn weights(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Vec<Arc<dyn Weight>>> {
        self.clauses().map(|clause| clause.weight(enable_scoring).map(Arc::from)).collect()
    }
}

/// The statistics of a search, with the document counts of a union's
/// terms asked once.
struct KnownDocFreqs<'a> {
    statistics: &'a dyn Bm25StatisticsProvider,
    doc_freqs: Vec<(&'a Term, u64)>,
}

impl<'a> KnownDocFreqs<'a> {
    fn new(statistics: &'a dyn Bm25StatisticsProvider, terms: &'a [(Term, Score)]) -> tantivy::Result<Self> {
        let doc_freqs =
            terms.iter().map(|(term, _)| Ok((term, statistics.doc_freq(term)?))).collect::<tantivy::Result<_>>()?;
        Ok(KnownDocFreqs { statistics, doc_freqs })
    }
}

impl Bm25StatisticsProvider for KnownDocFreqs<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        self.statistics.total_num_tokens(field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.statistics.total_num_docs()
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        match self.doc_freqs.iter().find(|(known, _)| *known == term) {
            Some(&(_, count)) => Ok(count),
            None => self.statistics.doc_freq(term),
        }
    }
}

impl Query for FieldUnion {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.union_weight(enable_scoring)?))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for (term, _) in &self.terms {
            visitor(term, false);
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
    /// Each clause's term, and its BM25 weight when scoring.
    terms: Vec<Term>,
    bm25: Option<Vec<Bm25Weight>>,
    union: Box<dyn Weight>,
}

/// A match of one of the small fields: (document, clause, score).
type Gathered = (DocId, usize, Score);

/// A segment's clauses split for the big field's pass.
struct Split {
    big_clause: usize,
    big: Box<dyn Scorer>,
    /// Every match of the other clauses, by document then clause.
    gathered: Vec<Gathered>,
    /// The last match and the cost of each other clause.
    smalls: Vec<(DocId, u64)>,
}

impl FieldUnionWeight {
    /// The clause with the most matches in `reader` and every match of the
    /// others, by document then clause; `None` when the others match too
    /// many for that to pay.
    fn split(&self, reader: &SegmentReader) -> tantivy::Result<Option<(usize, Vec<Gathered>)>> {
        Ok(self.split_scoring(reader, 1.0)?.map(|split| (split.big_clause, split.gathered)))
    }

    /// [`split`](Self::split) with the big clause's scorer, every score
    /// times `boost`; `None` also when no clause matches in `reader`.
    fn split_scoring(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Option<Split>> {
        let mut scorers: Vec<(usize, Box<dyn Scorer>)> = Vec::with_capacity(self.clauses.len());
        for (clause, weight) in self.clauses.iter().enumerate() {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push((clause, scorer));
            }
        }
        let Some(biggest) = (0..scorers.len()).max_by_key(|&at| (scorers[at].1.size_hint(), std::cmp::Reverse(at)))
        else {
            return Ok(None);
        };
        let (big_clause, big) = scorers.swap_remove(biggest);
        let others: u32 = scorers.iter().map(|(_, scorer)| scorer.size_hint()).sum();
        if others.saturating_mul(MOST_GATHERED_PER_MATCH) > big.size_hint() {
            return Ok(None);
        }
        let mut gathered: Vec<Gathered> = Vec::with_capacity(others as usize);
        let mut smalls: Vec<(DocId, u64)> = Vec::with_capacity(scorers.len());
        for (clause, mut scorer) in scorers {
            let cost = scorer.cost();
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                gathered.push((doc, clause, scorer.score()));
                doc = scorer.advance();
            }
            smalls.push((gathered.last().map_or(0, |&(last, _, _)| last), cost));
        }
        // Each clause's matches are in order already: a stable sort merges
        // those runs in a pass each, where an unstable one sorted anew.
        gathered.sort_by_key(|&(doc, clause, _)| (doc, clause));
        Ok(Some(Split { big_clause, big, gathered, smalls }))
    }
}

impl Weight for FieldUnionWeight {
    // Within an intersection, the scorer is sought to the other clauses'
    // candidates: tantivy's union then buffers and scores every match of
    // every field in a window of 4,096 documents at each seek (a third of a
    // search for two words in three years), where the big field's postings
    // skip to the candidate.
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        match self.split_scoring(reader, boost)? {
            Some(split) => {
                let weight = Arc::clone(&self.clauses[split.big_clause]);
                let big_cost = BigCost { weight, reader: reader.clone(), boost, known: Cell::new(None) };
                Ok(Box::new(MergedScorer::new(split, big_cost)))
            }
            None => self.union.scorer(reader, boost),
        }
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

    // The big field's postings are read and scored in a loop of its own,
    // as tantivy's term scorer scores them: through the big clause's
    // `for_each`, each match went through two calls by pointer (a closure
    // here, then the collector), a sixth of a keyword search.
    fn for_each(&self, reader: &SegmentReader, callback: &mut dyn FnMut(DocId, Score)) -> tantivy::Result<()> {
        let Some((big_clause, gathered)) = self.split(reader)? else {
            return self.union.for_each(reader, callback);
        };
        let mut others = Others { gathered, next: 0, big_clause };
        let (Some(bm25), Some(term)) =
            (self.bm25.as_ref().and_then(|all| all.get(big_clause)), self.terms.get(big_clause))
        else {
            return self.union.for_each(reader, callback); // unreachable: scoring, with a term per clause
        };
        let field = term.field();
        let postings = reader.inverted_index(field)?.read_postings(term, IndexRecordOption::WithFreqs)?;
        let fieldnorms = reader
            .fieldnorms_readers()
            .get_field(field)?
            .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
        if let Some(postings) = postings {
            others.merge_into(postings, &fieldnorms, bm25, callback);
        }
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

    /// Passes on every match of the big field's `postings`, scored as
    /// tantivy's term scorer scores them, with the gathered matches before
    /// each merged in.
    fn merge_into(
        &mut self,
        mut postings: SegmentPostings,
        fieldnorms: &FieldNormReader,
        bm25: &Bm25Weight,
        callback: &mut dyn FnMut(DocId, Score),
    ) {
        let mut next_doc = self.next_doc();
        let mut doc = postings.doc();
        while doc != TERMINATED {
            let score = bm25.score(fieldnorms.fieldnorm_id(doc), postings.term_freq());
            if doc < next_doc {
                // As tantivy's union: a sum from 0, of one score here.
                callback(doc, 0.0 + score);
            } else {
                self.merge_up_to(doc, score, callback);
                next_doc = self.next_doc();
            }
            doc = postings.advance();
        }
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
    /// gathered ones of `doc`.
    fn pass_on(&mut self, doc: DocId, big: Option<Score>, callback: &mut dyn FnMut(DocId, Score)) {
        let (sum, summed) = sum_at(&self.gathered[self.next..], doc, self.big_clause, big);
        self.next += summed;
        callback(doc, sum);
    }
}

/// The score of `doc`: the big field's `big` (if it matches) and those of
/// the first of `gathered` that are `doc`'s, summed from 0 in the order of
/// the clauses, with how many of `gathered` were summed.
#[inline]
fn sum_at(gathered: &[Gathered], doc: DocId, big_clause: usize, mut big: Option<Score>) -> (Score, usize) {
    let mut sum: Score = 0.0;
    let mut summed = 0;
    for &(at, clause, score) in gathered {
        if at != doc {
            break;
        }
        if let Some(big_score) = big.filter(|_| big_clause < clause) {
            sum += big_score;
            big = None;
        }
        sum += score;
        summed += 1;
    }
    if let Some(big_score) = big {
        sum += big_score;
    }
    (sum, summed)
}

/// tantivy's union buffers the matches of a window of this many documents
/// from the first it reaches (its `HORIZON`).
const WINDOW: DocId = 4096;

/// The union as a scorer: the big field's scorer, with the gathered
/// matches of the others merged in, each score summed as in [`sum_at`].
struct MergedScorer {
    big: Box<dyn Scorer>,
    big_clause: usize,
    /// By document, then clause.
    gathered: Vec<Gathered>,
    /// The first of `gathered` not before `doc`.
    next: usize,
    doc: DocId,
    size_hint: u32,
    /// The last match and the cost of each other clause.
    smalls: Vec<(DocId, u64)>,
    big_cost: BigCost,
    /// Where tantivy's union would have started its window of buffered
    /// matches, for [`DocSet::cost`].
    window: DocId,
}

/// Whether the big clause has a match from a document on, told by a
/// scorer of its own: its scorer in the union cannot look ahead.
struct BigCost {
    weight: Arc<dyn Weight>,
    reader: SegmentReader,
    boost: Score,
    /// The last answer: (from, cost).
    known: Cell<Option<(DocId, u64)>>,
}

impl MergedScorer {
    fn new(split: Split, big_cost: BigCost) -> MergedScorer {
        let Split { big_clause, big, gathered, smalls } = split;
        // Distinct documents of the others; the big field's may hold them too.
        let others =
            gathered.windows(2).filter(|pair| pair[0].0 != pair[1].0).count() + usize::from(!gathered.is_empty());
        let size_hint = big.size_hint().saturating_add(u32::try_from(others).unwrap_or(u32::MAX));
        let mut merged =
            MergedScorer { big, big_clause, gathered, next: 0, doc: 0, size_hint, smalls, big_cost, window: 0 };
        merged.doc = merged.first();
        merged.window = merged.doc;
        merged
    }

    /// The first document of the big field's scorer and of the others.
    fn first(&self) -> DocId {
        let other = self.gathered.get(self.next).map_or(TERMINATED, |&(doc, _, _)| doc);
        self.big.doc().min(other)
    }

    /// Moves to `doc`. tantivy's union starts a new window at the first
    /// match past the end of the current one, wherever an advance or a seek
    /// takes it.
    fn moved_to(&mut self, doc: DocId) -> DocId {
        self.doc = doc;
        if doc != TERMINATED && doc >= self.window.saturating_add(WINDOW) {
            self.window = doc;
        }
        doc
    }
}

impl BigCost {
    /// The big clause's cost if it has a match from `from` on, else 0.
    fn from(&self, big: &dyn Scorer, from: DocId) -> u64 {
        if let Some((known_from, cost)) = self.known.get()
            && known_from == from
        {
            return cost;
        }
        let ahead = match big.doc() {
            TERMINATED => false,
            doc if doc >= from => true,
            // Unreadable here, the postings were read when the scorer was made.
            _ => {
                self.weight.scorer(&self.reader, self.boost).map_or(true, |mut scorer| scorer.seek(from) != TERMINATED)
            }
        };
        let cost = if ahead { big.cost() } else { 0 };
        self.known.set(Some((from, cost)));
        cost
    }
}

impl DocSet for MergedScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        if self.big.doc() == self.doc {
            self.big.advance();
        }
        while self.gathered.get(self.next).is_some_and(|&(doc, _, _)| doc == self.doc) {
            self.next += 1;
        }
        self.moved_to(self.first())
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        if self.big.doc() < target {
            self.big.seek(target);
        }
        // Seeks only go forward, so a walk passes each gathered match once
        // in all (a binary search at every seek cost more).
        while self.gathered.get(self.next).is_some_and(|&(doc, _, _)| doc < target) {
            self.next += 1;
        }
        self.moved_to(self.first())
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.size_hint
    }

    /// The cost tantivy's union would give, which orders the clauses of an
    /// intersection, and so the sum of their scores: the sum of the costs of
    /// the clauses with a match past its window, kept when it was filled.
    fn cost(&self) -> u64 {
        let past = self.window.saturating_add(WINDOW);
        let smalls: u64 = self.smalls.iter().filter(|&&(last, _)| last >= past).map(|&(_, cost)| cost).sum();
        self.big_cost.from(&*self.big, past) + smalls
    }
}

impl Scorer for MergedScorer {
    fn score(&mut self) -> Score {
        let big = (self.big.doc() == self.doc).then(|| self.big.score());
        sum_at(&self.gathered[self.next..], self.doc, self.big_clause, big).0
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Collector, Count, SegmentCollector};
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

    /// The word's term in the title, quote, role and context, each with its boost.
    fn terms(fields: &Fields, word: &str) -> Vec<(Term, Score)> {
        let term = |field: Field| Term::from_field_text(field, word);
        vec![
            (term(fields.title), 0.3),
            (term(fields.quote_for("en")), 1.0),
            (term(fields.role), 0.5),
            (term(fields.context), 0.2),
        ]
    }

    /// The same as tantivy's queries.
    fn clauses(fields: &Fields, word: &str) -> Vec<Box<dyn Query>> {
        FieldUnion::new(terms(fields, word)).clauses().collect()
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
            let ours = FieldUnion::new(terms(&fields, word));
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
            // Within intersections, where the union is a scorer sought to
            // the other clauses' candidates, and its cost orders the sum.
            let within = |union: Box<dyn Query>| {
                let quote = |word: &str| -> Box<dyn Query> {
                    Box::new(TermQuery::new(
                        Term::from_field_text(fields.quote_for("en"), word),
                        IndexRecordOption::WithFreqs,
                    ))
                };
                let hashes = Box::new(tantivy::query::RangeQuery::new(
                    std::ops::Bound::Included(Term::from_field_u64(fields.quote_hash, 100)),
                    std::ops::Bound::Included(Term::from_field_u64(fields.quote_hash, 480)),
                ));
                BooleanQuery::new(vec![(Occur::Must, union), (Occur::Must, quote("open")), (Occur::Must, hashes)])
            };
            let tantivys = within(Box::new(tantivys));
            let ours = within(Box::new(FieldUnion::new(terms(&fields, word))));
            let expected = searcher.search(&tantivys, &EveryScore).unwrap();
            assert_eq!(searcher.search(&ours, &EveryScore).unwrap(), expected, "{word} within");
            assert_eq!(searcher.search(&ours, &top).unwrap(), searcher.search(&tantivys, &top).unwrap(), "{word}");
        }
        // Both passes ran: the big field's, and tantivy's union where the
        // small fields match too much.
        let big_field_pass = |word: &str| {
            let weight =
                FieldUnion::new(terms(&fields, word)).union_weight(EnableScoring::enabled_from_searcher(&searcher));
            weight.unwrap().split(searcher.segment_reader(0)).unwrap().map(|(clause, _)| clause)
        };
        assert_eq!(big_field_pass("border"), Some(1));
        assert_eq!(big_field_pass("gate"), Some(3));
        assert_eq!(big_field_pass("open"), None);
    }
}
