//! The best matches with one hit per quote, found in the pass over the
//! matches: copies of one quote (the same speech in several files) are
//! folded as they are collected, instead of taking twice as many matches
//! as a page needs and running the query again, with four times as many,
//! whenever copies filled them.
//!
//! The order is that of tantivy's `TopDocs` (best score first, or by the
//! first day, undated last; ties by address) and the copy kept is the first
//! of its quote in that order, so a page is the one that folding `TopDocs`'
//! matches would give.

use std::cmp::Ordering;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{BitSet, DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use super::{Scored, Sort};
use crate::schema;

/// Collects the best `limit` matches of distinct quotes in `sort` order.
pub struct DistinctTop {
    pub limit: usize,
    pub sort: Sort,
}

/// Every match of a search, by segment.
#[derive(Default)]
pub struct Matches(Vec<BitSet>);

impl Matches {
    pub fn contains(&self, address: DocAddress) -> bool {
        self.0.get(address.segment_ord as usize).is_some_and(|segment| segment.contains(address.doc_id))
    }
}

/// A match: its rank (greater is better), its quote and its address.
#[derive(Debug, Clone, Copy)]
pub struct Ranked {
    rank: f64,
    score: Score,
    quote: Option<u64>,
    address: DocAddress,
}

/// Better first: greater rank, then lower address.
fn order(a: &Ranked, b: &Ranked) -> Ordering {
    b.rank.total_cmp(&a.rank).then(a.address.cmp(&b.address))
}

/// Sorts `matches` best first and keeps the first of each quote, at most `limit`.
fn fold(matches: &mut Vec<Ranked>, limit: usize) {
    matches.sort_unstable_by(order);
    let mut seen = std::collections::HashSet::new();
    // A statement without a quote hash is a quote of its own.
    matches.retain(|m| m.quote.is_none_or(|hash| seen.insert(hash)));
    matches.truncate(limit);
}

impl Collector for DistinctTop {
    type Fruit = (Vec<Scored>, Matches);
    type Child = SegmentDistinctTop;

    fn for_segment(&self, segment_ord: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<Self::Child> {
        let fast = segment.fast_fields();
        let dates = match self.sort {
            Sort::Relevance => None,
            Sort::Newest | Sort::Oldest => Some(fast.i64(schema::DATE_START)?),
        };
        Ok(SegmentDistinctTop {
            segment_ord,
            hashes: fast.u64(schema::QUOTE_HASH)?,
            dates,
            oldest_first: self.sort == Sort::Oldest,
            limit: self.limit.max(1),
            matches: Vec::new(),
            threshold: None,
            matched: BitSet::with_max_value(segment.max_doc()),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == Sort::Relevance
    }

    fn merge_fruits(&self, segments: Vec<(SegmentOrdinal, Vec<Ranked>, BitSet)>) -> tantivy::Result<Self::Fruit> {
        let mut all: Vec<Ranked> = Vec::new();
        let mut matched: Vec<BitSet> = Vec::new();
        for (ordinal, ranked, bits) in segments {
            all.extend(ranked);
            let ordinal = ordinal as usize;
            if matched.len() <= ordinal {
                matched.resize_with(ordinal + 1, || BitSet::with_max_value(0));
            }
            matched[ordinal] = bits;
        }
        fold(&mut all, self.limit);
        Ok((all.into_iter().map(|m| (m.score, m.address)).collect(), Matches(matched)))
    }
}

/// [`DistinctTop`] within one segment.
pub struct SegmentDistinctTop {
    segment_ord: SegmentOrdinal,
    hashes: Column<u64>,
    /// The first day of each statement, when sorting by date.
    dates: Option<Column<i64>>,
    oldest_first: bool,
    limit: usize,
    /// Matches not yet folded, best among them unknown.
    matches: Vec<Ranked>,
    /// The rank of the last of `limit` distinct quotes once that many are
    /// found: a later match ranked no higher cannot be on the page (its
    /// address is greater, so it loses a tie).
    threshold: Option<f64>,
    matched: BitSet,
}

impl SegmentDistinctTop {
    fn rank(&self, doc: DocId, score: Score) -> f64 {
        let Some(dates) = &self.dates else {
            return f64::from(score);
        };
        match dates.first(doc) {
            // Undated statements come last in either order.
            None => f64::NEG_INFINITY,
            Some(day) if self.oldest_first => -(day as f64),
            Some(day) => day as f64,
        }
    }
}

impl SegmentCollector for SegmentDistinctTop {
    type Fruit = (SegmentOrdinal, Vec<Ranked>, BitSet);

    fn collect(&mut self, doc: DocId, score: Score) {
        self.matched.insert(doc);
        let rank = self.rank(doc, score);
        if self.threshold.is_some_and(|threshold| rank <= threshold) {
            return;
        }
        let score = if self.dates.is_some() { 0.0 } else { score };
        let address = DocAddress::new(self.segment_ord, doc);
        self.matches.push(Ranked { rank, score, quote: self.hashes.first(doc), address });
        if self.matches.len() >= self.limit * 2 + 16 {
            fold(&mut self.matches, self.limit);
            if self.matches.len() == self.limit {
                self.threshold = self.matches.last().map(|m| m.rank);
            }
        }
    }

    fn harvest(mut self) -> Self::Fruit {
        fold(&mut self.matches, self.limit);
        (self.segment_ord, self.matches, self.matched)
    }
}
