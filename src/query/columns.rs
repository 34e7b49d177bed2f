//! The fast-field columns every search reads, opened once per segment and
//! kept while the segment is searched: opening a column looks its name up
//! in the segment's column dictionary and parses its header, which cost a
//! speaker-only search more than collecting its matches. The segment's
//! document store is kept with them, for the hits to read their fields.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use tantivy::columnar::Column;
use tantivy::schema::{Field, FieldType};
use tantivy::store::StoreReader;
use tantivy::{DocId, SegmentReader, index::SegmentId};

use crate::schema;

/// One segment's columns.
pub struct Columns {
    /// The quote hash of each statement.
    pub hashes: Column<u64>,
    /// The first day of each statement's date.
    pub dates: Column<i64>,
    /// What a hit lists of each copy (see [`schema::LISTING`]).
    pub listings: Column<u64>,
    /// The document store, read by [`super::hits`] itself: tantivy's
    /// deserializer zero-fills each string before reading it and builds a
    /// value of each field first (a twentieth of a keyword search).
    pub store: StoreReader,
    /// The indexed text fields without a single word in the segment (the
    /// quote fields of the languages an index lacks). Asked of tantivy, an
    /// empty field's postings are made anew each time, unlike a field's
    /// with words: a keyword search asked for four in each segment, 43 of
    /// its 756 allocations.
    pub wordless: Vec<Field>,
    /// The statements of each quote hash, made once enough searches needed
    /// it ([`SEARCHES_BEFORE_HASH_ARRAY`]).
    by_hash: OnceLock<QuoteHashes>,
    /// How many searches asked for `by_hash` before it was made.
    hash_searches: AtomicU32,
}

/// The searches of a segment that look up quote hashes in its postings
/// before the segment's array of hashes is made. Making it reads every
/// statement's hash and sorts them (about as much work as 30 searches'
/// look-ups): it pays in a server, but it tripled the work of a one-shot
/// `dictum search` (4.9 → 8.4 ms).
pub const SEARCHES_BEFORE_HASH_ARRAY: u32 = 32;

/// The documents of each quote hash in a segment, deleted ones too: what
/// the postings of the hash's term hold. A hit's copies were found in those
/// postings, a term look-up in each segment for each hit, whose walk of the
/// term dictionary missed the processor's caches at nearly every step (a
/// twentieth of a keyword search's time). Here they are found in an array
/// of the segment's hashes, sorted, through a directory of where each range
/// of hashes starts: quote hashes are spread evenly, so a range holds about
/// four, and a look-up reads two places (a binary search of the whole
/// array read fifteen, and missed the caches as often as the term
/// dictionary). 13 bytes a statement.
pub struct QuoteHashes {
    /// Sorted, with `docs` in the same order (each hash's documents ascending).
    hashes: Vec<u64>,
    docs: Vec<DocId>,
    /// Where the hashes of each range start in `hashes`, the range being
    /// the hash's top `64 - shift` bits; one more at the end.
    starts: Vec<u32>,
    shift: u32,
}

/// Hashes per range of the directory, on average.
const HASHES_PER_RANGE: usize = 4;

impl QuoteHashes {
    fn new(column: &Column<u64>) -> QuoteHashes {
        let mut pairs: Vec<(u64, DocId)> =
            (0..column.num_docs()).flat_map(|doc| column.values_for_doc(doc).map(move |hash| (hash, doc))).collect();
        pairs.sort_unstable();
        pairs.dedup();
        let (hashes, docs): (Vec<u64>, Vec<DocId>) = pairs.into_iter().unzip();
        let bits = (hashes.len() / HASHES_PER_RANGE).max(1).ilog2();
        let shift = 64 - bits;
        let mut starts: Vec<u32> = Vec::with_capacity((1 << bits) + 1);
        let mut at = 0;
        for range in 0..1u64 << bits {
            while hashes.get(at).is_some_and(|&hash| range_of(hash, shift) < range) {
                at += 1;
            }
            starts.push(at as u32);
        }
        starts.push(hashes.len() as u32);
        QuoteHashes { hashes, docs, starts, shift }
    }

    /// The documents whose quote has `hash`, ascending.
    pub fn docs_of(&self, hash: u64) -> &[DocId] {
        let range = range_of(hash, self.shift) as usize;
        let (Some(&first), Some(&end)) = (self.starts.get(range), self.starts.get(range + 1)) else {
            return &[];
        };
        let (first, end) = (first as usize, end as usize);
        let within = &self.hashes[first..end];
        let start = first + within.partition_point(|&other| other < hash);
        let stop = first + within.partition_point(|&other| other <= hash);
        &self.docs[start..stop]
    }
}

/// The range of the directory that a hash falls in.
fn range_of(hash: u64, shift: u32) -> u64 {
    hash.checked_shr(shift).unwrap_or(0)
}

/// Whether the indexed `field` has not a single word in `segment`.
pub fn is_wordless(segment: &SegmentReader, field: Field) -> bool {
    segment.inverted_index(field).is_ok_and(|postings| postings.terms().num_terms() == 0)
}

impl Columns {
    fn open(segment: &SegmentReader) -> tantivy::Result<Columns> {
        let fast = segment.fast_fields();
        let wordless = segment
            .schema()
            .fields()
            .filter(|(_, entry)| entry.is_indexed() && matches!(entry.field_type(), FieldType::Str(_)))
            .map(|(field, _)| field)
            .filter(|&field| is_wordless(segment, field))
            .collect();
        Ok(Columns {
            hashes: fast.u64(schema::QUOTE_HASH)?,
            dates: fast.i64(schema::DATE_START)?,
            listings: fast.u64(schema::LISTING)?,
            store: segment.get_store_reader(super::DOC_STORE_CACHE_BLOCKS)?,
            wordless,
            by_hash: OnceLock::new(),
            hash_searches: AtomicU32::new(0),
        })
    }

    /// The documents of each quote hash, or `None` while too few searches
    /// have asked for them to pay for making them.
    pub fn by_hash(&self) -> Option<&QuoteHashes> {
        if let Some(made) = self.by_hash.get() {
            return Some(made);
        }
        if self.hash_searches.fetch_add(1, Ordering::Relaxed) < SEARCHES_BEFORE_HASH_ARRAY {
            return None;
        }
        Some(self.by_hash.get_or_init(|| QuoteHashes::new(&self.hashes)))
    }
}

/// The columns of the segments searched lately, by segment.
#[derive(Default)]
pub struct ColumnCache(Mutex<HashMap<SegmentId, Arc<Columns>>>);

impl ColumnCache {
    /// The columns of `segment`, opened on first use.
    pub fn get(&self, segment: &SegmentReader) -> tantivy::Result<Arc<Columns>> {
        let id = segment.segment_id();
        if let Some(columns) = self.lock().get(&id) {
            return Ok(Arc::clone(columns));
        }
        let columns = Arc::new(Columns::open(segment)?);
        self.lock().insert(id, Arc::clone(&columns));
        Ok(columns)
    }

    /// Forgets the segments that `searcher` no longer has (merged away or
    /// deleted since a reload).
    pub fn keep_only(&self, searcher: &tantivy::Searcher) {
        let mut cache = self.lock();
        if cache.len() <= searcher.segment_readers().len() {
            return;
        }
        cache.retain(|id, _| searcher.segment_readers().iter().any(|segment| segment.segment_id() == *id));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SegmentId, Arc<Columns>>> {
        // A panic while the map was held leaves it whole: a map insert or
        // retain does not unwind halfway.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use tantivy::{Index, TantivyDocument};

    use super::*;
    use crate::schema::Fields;

    /// Every search opens the date column now, not only those by date.
    #[test]
    fn a_segment_of_undated_statements_has_columns_too() {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.quote_for("en"), "border");
        doc.add_u64(fields.quote_hash, 7);
        writer.add_document(doc).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let columns = ColumnCache::default().get(searcher.segment_reader(0)).unwrap();
        assert_eq!(columns.dates.first(0), None);
        assert_eq!(columns.hashes.first(0), Some(7));
    }

    /// The documents of each hash are those of its postings, deleted ones too.
    #[test]
    fn a_hashs_documents_are_those_of_its_postings() {
        use tantivy::schema::IndexRecordOption;
        use tantivy::{DocSet, TERMINATED, Term};
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        // Hashes at both ends of the range of u64 and spread over it, most
        // of several documents.
        let hash_of = |n: u64| match n % 3 {
            0 => (n % 53).wrapping_mul(0x9e37_79b9_7f4a_7c15),
            1 => (n * n) % 37,
            _ => u64::MAX - (n * n) % 37,
        };
        for n in 0..500u64 {
            let mut doc = TantivyDocument::default();
            if n % 11 != 0 {
                doc.add_u64(fields.quote_hash, hash_of(n));
            }
            writer.add_document(doc).unwrap();
            if n % 200 == 199 {
                writer.commit().unwrap();
            }
        }
        writer.delete_term(Term::from_field_u64(fields.quote_hash, 4));
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() > 1);
        let cache = ColumnCache::default();
        let mut found = 0;
        for segment in searcher.segment_readers() {
            let columns = cache.get(segment).unwrap();
            let made = QuoteHashes::new(&columns.hashes);
            let postings = segment.inverted_index(fields.quote_hash).unwrap();
            let absent = [1u64 << 63, 12_345, u64::MAX / 3];
            for hash in (0..600).map(hash_of).chain(absent) {
                let term = Term::from_field_u64(fields.quote_hash, hash);
                let mut expected = Vec::new();
                if let Some(mut list) = postings.read_postings(&term, IndexRecordOption::Basic).unwrap() {
                    while list.doc() != TERMINATED {
                        expected.push(list.doc());
                        list.advance();
                    }
                }
                assert_eq!(made.docs_of(hash), expected, "{hash}");
                found += expected.len();
            }
        }
        assert!(found > 2000, "{found}");
    }

    /// A one-shot search does not pay for the array; a server's searches do.
    #[test]
    fn the_hash_array_is_made_only_after_enough_searches() {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.add_document(tantivy::doc!(fields.quote_hash => 7u64)).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let columns = ColumnCache::default().get(searcher.segment_reader(0)).unwrap();
        for search in 0..SEARCHES_BEFORE_HASH_ARRAY {
            assert!(columns.by_hash().is_none(), "search {search}");
        }
        for _ in 0..2 {
            assert_eq!(columns.by_hash().map(|made| made.docs_of(7)), Some(&[0][..]));
        }
    }
}
