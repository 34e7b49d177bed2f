//! A word's union over fields (the quote field of each language, the
//! title, role and context), which matches and scores as tantivy's union
//! of its clauses, with a faster pass over every match when one field holds
//! nearly all of them: a word is mostly in the quote field of the index's
//! language and rarely in the others. The clauses are single words' terms
//! (a term query each, boosted), whose postings know their number of
//! matches. When scoring, the union reads and scores their postings itself,
//! as tantivy's term weights and scorers would (those are not public), from
//! the term infos it looks up once per segment when it is weighed;
//! tantivy's weights are made only for what it leaves to them.
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
use std::sync::{Arc, OnceLock};

use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::SegmentId;
use tantivy::postings::{Postings, SegmentPostings, TermInfo};
use tantivy::query::{
    Bm25StatisticsProvider, Bm25Weight, BooleanQuery, BoostQuery, EmptyScorer, EnableScoring, Explanation, Occur,
    Query, Scorer, TermQuery, Weight,
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
        let (own, tantivy) = match enable_scoring {
            EnableScoring::Enabled { searcher, statistics_provider } => {
                (Some(OwnScoring::new(&self.terms, searcher, statistics_provider)?), OnceLock::new())
            }
            // Without scores, tantivy's term scorers as they are.
            EnableScoring::Disabled { .. } => (None, OnceLock::from(TantivyWeights::new(self, enable_scoring)?)),
        };
        Ok(FieldUnionWeight { terms: self.terms.clone(), own, tantivy })
    }
}

/// tantivy's weights of a union's clauses, and tantivy's union of them.
struct TantivyWeights {
    /// In the order of the query's clauses, which is the order of the sum.
    clauses: Vec<Arc<dyn Weight>>,
    union: Box<dyn Weight>,
}

impl TantivyWeights {
    fn new(union: &FieldUnion, enable_scoring: EnableScoring<'_>) -> tantivy::Result<TantivyWeights> {
        let clauses: Vec<Arc<dyn Weight>> =
            union.clauses().map(|clause| clause.weight(enable_scoring).map(Arc::from)).collect::<Result<_, _>>()?;
        let shared: Vec<(Occur, Box<dyn Query>)> = clauses
            .iter()
            .map(|weight| (Occur::Should, Box::new(Shared(Arc::clone(weight))) as Box<dyn Query>))
            .collect();
        let union = BooleanQuery::new(shared).weight(enable_scoring)?;
        Ok(TantivyWeights { clauses, union })
    }
}

/// What a scoring union reads its clauses' postings and scores them with,
/// as tantivy's term weights and scorers do: each term looked up once in
/// each segment, where tantivy's weights looked it up for its document
/// count and again for each scorer (eighteen look-ups for a word in four
/// fields of two segments, a tenth of a keyword search).
struct OwnScoring {
    /// Each segment's term info of each clause (`None`: not in it).
    term_infos: Vec<(SegmentId, Vec<Option<TermInfo>>)>,
    /// The statistics the BM25 weights come from, kept to make tantivy's
    /// weights with when they are needed.
    statistics: KnownStatistics,
    /// Each clause's BM25 weight, unboosted, made on first use.
    bm25: Vec<OnceLock<Bm25Weight>>,
}

impl OwnScoring {
    fn new(
        terms: &[(Term, Score)],
        searcher: &tantivy::Searcher,
        statistics: &dyn Bm25StatisticsProvider,
    ) -> tantivy::Result<OwnScoring> {
        let mut term_infos = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
            let infos = terms
                .iter()
                .map(|(term, _)| Ok(segment.inverted_index(term.field())?.get_term_info(term)?))
                .collect::<tantivy::Result<Vec<_>>>()?;
            term_infos.push((segment.segment_id(), infos));
        }
        // The searcher's document count of a term is the sum of its
        // segments' (`Searcher::doc_freq`); another provider is asked.
        let by_searcher = std::ptr::addr_eq(statistics as *const dyn Bm25StatisticsProvider, searcher);
        let mut clauses = Vec::with_capacity(terms.len());
        for (at, (term, _)) in terms.iter().enumerate() {
            let doc_freq = if by_searcher {
                term_infos.iter().map(|(_, infos)| infos[at].as_ref().map_or(0, |info| u64::from(info.doc_freq))).sum()
            } else {
                statistics.doc_freq(term)?
            };
            clauses.push((term.clone(), doc_freq, statistics.total_num_tokens(term.field())?));
        }
        let statistics = KnownStatistics { searcher: searcher.clone(), docs: statistics.total_num_docs()?, clauses };
        let bm25 = terms.iter().map(|_| OnceLock::new()).collect();
        Ok(OwnScoring { term_infos, statistics, bm25 })
    }

    /// The term infos of each clause in `reader`, if it is a segment of the search.
    fn infos(&self, reader: &SegmentReader) -> Option<&[Option<TermInfo>]> {
        let id = reader.segment_id();
        self.term_infos.iter().find(|(segment, _)| *segment == id).map(|(_, infos)| infos.as_slice())
    }

    /// The BM25 weight of `clause`, as tantivy's term query weighs it.
    fn bm25(&self, clause: usize) -> &Bm25Weight {
        self.bm25[clause].get_or_init(|| {
            let (_, doc_freq, tokens) = self.statistics.clauses[clause];
            let docs = self.statistics.docs;
            // As `Bm25Weight::for_terms` with one term, less the explanation.
            Bm25Weight::for_one_term_without_explain(doc_freq, docs, tokens as Score / docs as Score)
        })
    }
}

/// The statistics of a search for a union's terms, kept: the document
/// count of each term, the tokens of its field and the documents.
struct KnownStatistics {
    /// For anything else (tantivy's weights ask only for the union's).
    searcher: tantivy::Searcher,
    docs: u64,
    /// Each clause's term, its document count and its field's tokens.
    clauses: Vec<(Term, u64, u64)>,
}

impl Bm25StatisticsProvider for KnownStatistics {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        match self.clauses.iter().find(|(term, _, _)| term.field() == field) {
            Some(&(_, _, tokens)) => Ok(tokens),
            None => self.searcher.total_num_tokens(field),
        }
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.docs)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        match self.clauses.iter().find(|(known, _, _)| known == term) {
            Some(&(_, count, _)) => Ok(count),
            None => self.searcher.doc_freq(term),
        }
    }
}

/// A term's postings in a segment, scored as tantivy's term scorer scores
/// them (which is not public).
struct TermPostings {
    postings: SegmentPostings,
    fieldnorms: FieldNormReader,
    bm25: Bm25Weight,
}

impl TermPostings {
    /// The postings of `info`, a term of `field`, scored with `bm25`.
    fn open(reader: &SegmentReader, field: Field, info: &TermInfo, bm25: Bm25Weight) -> tantivy::Result<Self> {
        let postings = reader.inverted_index(field)?.read_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?;
        let fieldnorms = reader
            .fieldnorms_readers()
            .get_field(field)?
            .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
        Ok(TermPostings { postings, fieldnorms, bm25 })
    }
}

impl DocSet for TermPostings {
    #[inline]
    fn advance(&mut self) -> DocId {
        self.postings.advance()
    }

    #[inline]
    fn seek(&mut self, target: DocId) -> DocId {
        self.postings.seek(target)
    }

    #[inline]
    fn doc(&self) -> DocId {
        self.postings.doc()
    }

    fn size_hint(&self) -> u32 {
        self.postings.size_hint()
    }
}

impl Scorer for TermPostings {
    #[inline]
    fn score(&mut self) -> Score {
        let doc = self.postings.doc();
        self.bm25.score(self.fieldnorms.fieldnorm_id(doc), self.postings.term_freq())
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
    /// Each clause's term and boost, in the order of the sum.
    terms: Vec<(Term, Score)>,
    /// The clauses' postings and weights when scoring.
    own: Option<OwnScoring>,
    /// tantivy's weights, for every other use (without scores, counting,
    /// explaining, or a union whose small fields match too much), made
    /// when first needed.
    tantivy: OnceLock<TantivyWeights>,
}

/// A match of one of the small fields: (document, clause, score).
type Gathered = (DocId, usize, Score);

/// A segment's clauses split for the big field's pass.
struct Split<S> {
    big_clause: usize,
    big: S,
    /// Every match of the other clauses, by document then clause.
    gathered: Vec<Gathered>,
    /// The last match and the cost of each other clause.
    smalls: Vec<(DocId, u64)>,
}

/// A split for a scorer, with where its big clause can be read again.
type ScorerSplit = (Split<Box<dyn Scorer>>, BigSource);

/// The clause of `scorers` (the clauses with a match, in their order) with
/// the most matches, and every match of the others, by document then
/// clause; `None` when the others match too many for that to pay, or none
/// matches.
fn split_scorers<S: Scorer>(mut scorers: Vec<(usize, S)>) -> Option<Split<S>> {
    let biggest = (0..scorers.len()).max_by_key(|&at| (scorers[at].1.size_hint(), std::cmp::Reverse(at)))?;
    let (big_clause, big) = scorers.swap_remove(biggest);
    let others: u32 = scorers.iter().map(|(_, scorer)| scorer.size_hint()).sum();
    if others.saturating_mul(MOST_GATHERED_PER_MATCH) > big.size_hint() {
        return None;
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
    Some(Split { big_clause, big, gathered, smalls })
}

impl FieldUnionWeight {
    /// tantivy's weights, made on first use.
    fn tantivy(&self) -> tantivy::Result<&TantivyWeights> {
        if let Some(made) = self.tantivy.get() {
            return Ok(made);
        }
        let Some(own) = &self.own else {
            return Err(tantivy::TantivyError::InternalError("a union without its weights".to_string()));
        };
        let scoring = EnableScoring::enabled_from_statistics_provider(&own.statistics, &own.statistics.searcher);
        let union = FieldUnion { terms: self.terms.clone() };
        let made = TantivyWeights::new(&union, scoring)?;
        Ok(self.tantivy.get_or_init(|| made))
    }

    /// The postings of each clause with a match in `reader`, every score
    /// times `boost`, read with the term infos looked up for the search;
    /// `None` without scores or in a segment the search did not have.
    fn own_scorers(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Option<Vec<(usize, TermPostings)>>> {
        let Some((own, infos)) = self.own.as_ref().and_then(|own| Some((own, own.infos(reader)?))) else {
            return Ok(None);
        };
        let mut scorers = Vec::with_capacity(infos.len());
        for (clause, ((term, clause_boost), info)) in self.terms.iter().zip(infos).enumerate() {
            let Some(info) = info else {
                continue;
            };
            // A boost query passes its boost on to its term's scorer, as the
            // product of the two.
            let bm25 = own.bm25(clause).boost_by(boost * clause_boost);
            scorers.push((clause, TermPostings::open(reader, term.field(), info, bm25)?));
        }
        Ok(Some(scorers))
    }

    /// The clause with the most matches in `reader` and every match of the
    /// others, as the pass over every match splits them.
    #[cfg(test)]
    fn split(&self, reader: &SegmentReader) -> tantivy::Result<Option<(usize, Vec<Gathered>)>> {
        let scorers = self.own_scorers(reader, 1.0)?.unwrap_or_default();
        Ok(split_scorers(scorers).map(|split| (split.big_clause, split.gathered)))
    }

    /// The split for a scorer, every score times `boost`.
    fn split_scoring(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Option<ScorerSplit>> {
        if let Some(scorers) = self.own_scorers(reader, boost)? {
            let Some(Split { big_clause, big, gathered, smalls }) = split_scorers(scorers) else {
                return Ok(None);
            };
            let info = self.own.as_ref().and_then(|own| own.infos(reader)).and_then(|infos| infos[big_clause].clone());
            let source =
                BigSource::Postings(reader.clone(), self.terms[big_clause].0.field(), info.unwrap_or_default());
            return Ok(Some((Split { big_clause, big: Box::new(big), gathered, smalls }, source)));
        }
        let tantivy = self.tantivy()?;
        let mut scorers: Vec<(usize, Box<dyn Scorer>)> = Vec::with_capacity(tantivy.clauses.len());
        for (clause, weight) in tantivy.clauses.iter().enumerate() {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push((clause, scorer));
            }
        }
        Ok(split_scorers(scorers).map(|split| {
            let source = BigSource::Weight(Arc::clone(&tantivy.clauses[split.big_clause]), reader.clone(), boost);
            (split, source)
        }))
    }
}

impl Weight for FieldUnionWeight {
    // Within an intersection, the scorer is sought to the other clauses'
    // candidates: tantivy's union then buffers and scores every match of
    // every field in a window of 4,096 documents at each seek (a third of a
    // search for two words in three years), where the big field's postings
    // skip to the candidate.
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        // A segment without any of the terms matches nothing: no need to
        // make tantivy's weights for its union.
        if self.own.as_ref().and_then(|own| own.infos(reader)).is_some_and(|infos| infos.iter().all(Option::is_none)) {
            return Ok(Box::new(EmptyScorer));
        }
        match self.split_scoring(reader, boost)? {
            Some((split, source)) => {
                let big_cost = BigCost { source, known: Cell::new(None) };
                Ok(Box::new(MergedScorer::new(split, big_cost)))
            }
            None => self.tantivy()?.union.scorer(reader, boost),
        }
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.tantivy()?.union.explain(reader, doc)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.tantivy()?.union.count(reader)
    }

    fn for_each_no_score(&self, reader: &SegmentReader, callback: &mut dyn FnMut(&[DocId])) -> tantivy::Result<()> {
        self.tantivy()?.union.for_each_no_score(reader, callback)
    }

    fn for_each_pruning(
        &self,
        threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        self.tantivy()?.union.for_each_pruning(threshold, reader, callback)
    }

    // The big field's postings are run through in a loop of their own:
    // through the big clause's `for_each`, each match went through two
    // calls by pointer (a closure here, then the collector), a sixth of a
    // keyword search.
    fn for_each(&self, reader: &SegmentReader, callback: &mut dyn FnMut(DocId, Score)) -> tantivy::Result<()> {
        let Some(scorers) = self.own_scorers(reader, 1.0)? else {
            return self.tantivy()?.union.for_each(reader, callback);
        };
        if scorers.is_empty() {
            return Ok(()); // no clause matches in the segment
        }
        let Some(Split { big_clause, big, gathered, .. }) = split_scorers(scorers) else {
            return self.tantivy()?.union.for_each(reader, callback);
        };
        let mut others = Others { gathered, next: 0, big_clause };
        let TermPostings { postings, fieldnorms, bm25 } = big;
        others.merge_into(postings, &fieldnorms, &bm25, callback);
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

    /// Passes on every match of the big field's postings, with the
    /// gathered matches before each merged in.
    // The field norms apart from the postings, their kind is told once,
    // not at every match (a tenth of the loop's instructions).
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
    source: BigSource,
    /// The last answer: (from, cost).
    known: Cell<Option<(DocId, u64)>>,
}

/// Where a fresh scorer of the big clause comes from.
enum BigSource {
    /// Its term's postings in the segment, read again.
    Postings(SegmentReader, Field, TermInfo),
    /// tantivy's weight, with the segment and the boost.
    Weight(Arc<dyn Weight>, SegmentReader, Score),
}

impl MergedScorer {
    fn new(split: Split<Box<dyn Scorer>>, big_cost: BigCost) -> MergedScorer {
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
            _ => match &self.source {
                BigSource::Postings(reader, field, info) => reader
                    .inverted_index(*field)
                    .and_then(|index| Ok(index.read_postings_from_terminfo(info, IndexRecordOption::Basic)?))
                    .map_or(true, |mut postings| postings.seek(from) != TERMINATED),
                BigSource::Weight(weight, reader, boost) => {
                    weight.scorer(reader, *boost).map_or(true, |mut scorer| scorer.seek(from) != TERMINATED)
                }
            },
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
