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
use std::collections::HashSet;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use super::columns::ColumnCache;
use super::{Scored, Sort};

/// Collects the best `limit` matches of distinct quotes in `sort` order.
pub struct DistinctTop {
    pub limit: usize,
    pub sort: Sort,
    pub columns: Arc<ColumnCache>,
}

/// Every match of a search, by segment.
#[derive(Default)]
pub struct Matches(Vec<DocBits>);

impl Matches {
    pub fn contains(&self, address: DocAddress) -> bool {
        self.0.get(address.segment_ord as usize).is_some_and(|segment| segment.contains(address.doc_id))
    }

    /// How many documents match.
    pub fn count(&self) -> usize {
        self.0.iter().map(DocBits::count).sum()
    }

    /// Every match, by segment and in order.
    pub fn addresses(&self) -> impl Iterator<Item = DocAddress> + '_ {
        (0u32..).zip(&self.0).flat_map(|(ordinal, bits)| bits.docs().map(move |doc| DocAddress::new(ordinal, doc)))
    }
}

/// A segment's matches, a bit per document. Set for every match, so kept
/// to one OR: tantivy's `BitSet` also counts its members as they come.
#[derive(Default)]
pub struct DocBits(Vec<u64>);

impl DocBits {
    fn with_max_doc(max_doc: DocId) -> DocBits {
        DocBits(vec![0; (max_doc as usize).div_ceil(64)])
    }

    #[inline(always)]
    fn insert(&mut self, doc: DocId) {
        if let Some(word) = self.0.get_mut(doc as usize / 64) {
            *word |= 1 << (doc % 64);
        }
    }

    fn contains(&self, doc: DocId) -> bool {
        self.0.get(doc as usize / 64).is_some_and(|word| word & (1 << (doc % 64)) != 0)
    }

    fn count(&self) -> usize {
        self.0.iter().map(|word| word.count_ones() as usize).sum()
    }

    fn docs(&self) -> impl Iterator<Item = DocId> + '_ {
        (0u32..).zip(&self.0).filter(|(_, word)| **word != 0).flat_map(|(at, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                Some(at * 64 + bit)
            })
        })
    }
}

/// A match: its rank (greater is better), its quote and its address.
#[derive(Debug, Clone, Copy)]
pub struct Ranked {
    rank: f64,
    score: Score,
    quote: Quote,
    address: DocAddress,
}

/// A match's quote hash, looked up when a fold reaches the match: most
/// matches gathered fall below the page at the next fold, unread.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Quote {
    Unknown,
    Hash(Option<u64>),
}

/// Better first: greater rank, then lower address.
fn order(a: &Ranked, b: &Ranked) -> Ordering {
    b.rank.total_cmp(&a.rank).then(a.address.cmp(&b.address))
}

/// Sorts `matches` best first and keeps the first of each quote, at most
/// `limit`; `seen` is scratch space, kept from fold to fold. The quotes not
/// looked up yet are read from `hashes`.
fn fold(matches: &mut Vec<Ranked>, limit: usize, seen: &mut HashSet<u64>, hashes: Option<&Column<u64>>) {
    matches.sort_unstable_by(order);
    seen.clear();
    let mut kept = 0;
    for at in 0..matches.len() {
        if kept == limit {
            break;
        }
        let mut candidate = matches[at];
        let quote = match candidate.quote {
            Quote::Hash(quote) => quote,
            Quote::Unknown => hashes.and_then(|hashes| hashes.first(candidate.address.doc_id)),
        };
        candidate.quote = Quote::Hash(quote);
        // A statement without a quote hash is a quote of its own. A page is
        // short: its quotes are checked one by one rather than hashed.
        let copy = quote.is_some_and(|hash| {
            if limit <= SHORT_PAGE {
                matches[..kept].iter().any(|m| m.quote == Quote::Hash(Some(hash)))
            } else {
                !seen.insert(hash)
            }
        });
        if !copy {
            matches[kept] = candidate;
            kept += 1;
        }
    }
    matches.truncate(kept);
}

/// [`fold`] for `matches` whose first `head` are sorted and distinct (the
/// last fold's page), the rest gathered since: only those are sorted, then
/// merged with the page into `out` up to `limit` quotes (sorting the page
/// again with them was a third of a fold). `matches` ends as the result.
fn fold_onto_page(
    matches: &mut Vec<Ranked>,
    head: usize,
    limit: usize,
    seen: &mut HashSet<u64>,
    hashes: &Column<u64>,
    out: &mut Vec<Ranked>,
) {
    matches[head..].sort_unstable_by(order);
    seen.clear();
    out.clear();
    let (mut page, mut new) = (0, head);
    while out.len() < limit {
        let from_page = match (page < head, new < matches.len()) {
            (true, true) => order(&matches[page], &matches[new]) == Ordering::Less,
            (true, false) => true,
            (false, true) => false,
            (false, false) => break,
        };
        let mut candidate = {
            let at = if from_page { &mut page } else { &mut new };
            let found = matches[*at];
            *at += 1;
            found
        };
        let quote = match candidate.quote {
            Quote::Hash(quote) => quote,
            Quote::Unknown => hashes.first(candidate.address.doc_id),
        };
        candidate.quote = Quote::Hash(quote);
        let copy = quote.is_some_and(|hash| {
            if limit <= SHORT_PAGE {
                out.iter().any(|m| m.quote == Quote::Hash(Some(hash)))
            } else {
                !seen.insert(hash)
            }
        });
        if !copy {
            out.push(candidate);
        }
    }
    std::mem::swap(matches, out);
}

/// Pages up to this long are folded without a hash set.
const SHORT_PAGE: usize = 64;

/// Matches gathered in a segment before they are folded. Folding sooner
/// raises the threshold sooner: with `limit * 2 + 16` a keyword search
/// took 0.5 % more instructions, with `limit * 4 + 16` 0.9 % more; with
/// `limit + 8` as many (a page's ten quotes with their copies often did
/// not fit).
fn fold_at(limit: usize) -> usize {
    limit + 16
}

impl Collector for DistinctTop {
    type Fruit = (Vec<Scored>, Matches);
    type Child = SegmentDistinctTop;

    fn for_segment(&self, segment_ord: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<Self::Child> {
        let columns = self.columns.get(segment)?;
        let dates = match self.sort {
            Sort::Relevance => None,
            Sort::Newest | Sort::Oldest => Some(columns.dates.clone()),
        };
        let limit = self.limit.max(1);
        // A short page holds at most one match over its limit, placed
        // before the last is dropped: room for it at once, where growing
        // reallocated it three times a segment.
        let room = if limit <= SHORT_PAGE { limit + 1 } else { 0 };
        Ok(SegmentDistinctTop {
            segment_ord,
            hashes: columns.hashes.clone(),
            dates,
            oldest_first: self.sort == Sort::Oldest,
            limit,
            matches: Vec::with_capacity(room),
            seen: HashSet::new(),
            page: 0,
            scratch: Vec::new(),
            threshold: f64::NAN,
            matched: DocBits::with_max_doc(segment.max_doc()),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == Sort::Relevance
    }

    fn merge_fruits(&self, segments: Vec<(SegmentOrdinal, Vec<Ranked>, DocBits)>) -> tantivy::Result<Self::Fruit> {
        let mut all: Vec<Ranked> = Vec::new();
        let mut matched: Vec<DocBits> = Vec::new();
        for (ordinal, ranked, bits) in segments {
            all.extend(ranked);
            let ordinal = ordinal as usize;
            if matched.len() <= ordinal {
                matched.resize_with(ordinal + 1, DocBits::default);
            }
            matched[ordinal] = bits;
        }
        // Each segment's matches were folded, so every quote is known.
        fold(&mut all, self.limit, &mut HashSet::new(), None);
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
    /// Matches not yet folded, best among them unknown; on a short page
    /// ([`SHORT_PAGE`]), the page itself.
    matches: Vec<Ranked>,
    seen: HashSet<u64>,
    /// The first of `matches` that are the last fold's page, sorted.
    page: usize,
    /// Where a fold writes its page.
    scratch: Vec<Ranked>,
    /// The rank of the last of `limit` distinct quotes once that many are
    /// found: a later match ranked no higher cannot be on the page (its
    /// address is greater, so it loses a tie). NaN before, which no rank
    /// is at most (a test of one number per match, not of an `Option`).
    threshold: f64,
    matched: DocBits,
}

impl SegmentDistinctTop {
    /// Keeps a match that may be on the page, folding when enough are kept.
    #[inline(never)]
    fn gather(&mut self, doc: DocId, score: Score, rank: f64) {
        let score = if self.dates.is_some() { 0.0 } else { score };
        let address = DocAddress::new(self.segment_ord, doc);
        if self.limit <= SHORT_PAGE {
            self.place(Ranked { rank, score, quote: Quote::Hash(self.hashes.first(doc)), address });
            return;
        }
        self.matches.push(Ranked { rank, score, quote: Quote::Unknown, address });
        if self.matches.len() >= fold_at(self.limit) {
            self.fold();
            if self.matches.len() == self.limit
                && let Some(last) = self.matches.last()
            {
                self.threshold = last.rank;
            }
        }
    }

    /// Puts a match on a short page (kept sorted and distinct, as a fold
    /// leaves it) where it ranks: in place of its quote's copy if it ranks
    /// higher, dropping the last quote if the page is over-full. The
    /// threshold then rises at each match, not only at a fold every sixteen:
    /// sorting the matches gathered, and gathering those a risen threshold
    /// would have left out, were a twentieth of a keyword search's
    /// instructions and an eighth of its mispredicted branches.
    fn place(&mut self, candidate: Ranked) {
        if let Quote::Hash(Some(hash)) = candidate.quote
            && let Some(at) = self.matches.iter().position(|kept| kept.quote == Quote::Hash(Some(hash)))
        {
            if order(&candidate, &self.matches[at]) != Ordering::Less {
                return;
            }
            self.matches.remove(at);
        }
        let at = self.matches.partition_point(|kept| order(kept, &candidate) == Ordering::Less);
        self.matches.insert(at, candidate);
        self.matches.truncate(self.limit);
        if self.matches.len() == self.limit
            && let Some(last) = self.matches.last()
        {
            self.threshold = last.rank;
        }
    }

    fn fold(&mut self) {
        if self.limit <= SHORT_PAGE {
            return; // placed as they came
        }
        fold_onto_page(&mut self.matches, self.page, self.limit, &mut self.seen, &self.hashes, &mut self.scratch);
        self.page = self.matches.len();
    }

    #[inline(always)]
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
    type Fruit = (SegmentOrdinal, Vec<Ranked>, DocBits);

    // Called for every match: inlined into tantivy's loop, and kept to what
    // every match needs, it cost a third of what its call did.
    #[inline(always)]
    fn collect(&mut self, doc: DocId, score: Score) {
        self.matched.insert(doc);
        let rank = self.rank(doc, score);
        if rank <= self.threshold {
            return;
        }
        self.gather(doc, score, rank);
    }

    fn harvest(mut self) -> Self::Fruit {
        self.fold();
        (self.segment_ord, self.matches, self.matched)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::TermQuery;
    use tantivy::schema::IndexRecordOption;
    use tantivy::{Index, Order, TantivyDocument, Term};

    use super::*;
    use crate::schema::{self, Fields};

    /// Every match in `sort` order as TopDocs gives it, copies after the first dropped.
    fn folded_top_docs(searcher: &tantivy::Searcher, query: &TermQuery, sort: Sort, limit: usize) -> Vec<DocAddress> {
        let all = TopDocs::with_limit(10_000);
        let addresses: Vec<DocAddress> = match sort {
            Sort::Relevance => {
                searcher.search(query, &all.order_by_score()).unwrap().into_iter().map(|r| r.1).collect()
            }
            Sort::Newest | Sort::Oldest => {
                let order = if sort == Sort::Newest { Order::Desc } else { Order::Asc };
                let top = all.order_by_fast_field::<i64>(schema::DATE_START, order);
                searcher.search(query, &top).unwrap().into_iter().map(|r| r.1).collect()
            }
        };
        let mut seen = HashSet::new();
        let hash = |address: DocAddress| {
            searcher
                .segment_reader(address.segment_ord)
                .fast_fields()
                .u64(schema::QUOTE_HASH)
                .unwrap()
                .first(address.doc_id)
        };
        addresses.into_iter().filter(|&a| seen.insert(hash(a))).take(limit).collect()
    }

    #[test]
    fn the_page_is_top_docs_with_copies_folded() {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for n in 0..300u64 {
            let mut doc = TantivyDocument::default();
            let words = format!("{} {}", "border ".repeat(1 + (n % 7) as usize), "open ".repeat((n % 5) as usize));
            doc.add_text(fields.quote_for("en"), &words);
            doc.add_u64(fields.quote_hash, n % 41);
            if n % 9 != 0 {
                doc.add_i64(fields.date_start, (n % 13) as i64);
            }
            writer.add_document(doc).unwrap();
            if n % 100 == 99 {
                writer.commit().unwrap(); // several segments, copies across them
            }
        }
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() > 1);
        let query =
            TermQuery::new(Term::from_field_text(fields.quote_for("en"), "border"), IndexRecordOption::WithFreqs);
        for sort in [Sort::Relevance, Sort::Newest, Sort::Oldest] {
            for limit in [1, 10, 30, 100] {
                let (page, matches) =
                    searcher.search(&query, &DistinctTop { limit, sort, columns: Arc::default() }).unwrap();
                let page: Vec<DocAddress> = page.into_iter().map(|(_, address)| address).collect();
                assert_eq!(page, folded_top_docs(&searcher, &query, sort, limit), "{sort:?}, {limit}");
                assert!(page.iter().all(|&address| matches.contains(address)));
                assert_eq!(matches.count(), searcher.search(&query, &Count).unwrap());
            }
        }
    }
}
