//! Stemming with a per-thread cache: words repeat (news is Zipfian), and
//! the Snowball stemmers were a quarter of indexing time.

use std::cell::RefCell;
use std::hash::BuildHasher;

use frostem::Algorithm;
use hashbrown::HashTable;
use tantivy::tokenizer::{AsciiFoldingFilter, RawTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

/// Entries kept per thread and language before the cache starts over.
const CACHE_ENTRIES: usize = 200_000;

/// Stems by word for one language: a hash table of 8-byte slots over one
/// byte arena where each word is followed by its stem.
///
/// A `HashMap<String, String>` cost a fifth of indexing CPU in hash probes
/// and compares: a 48-byte bucket, then the key's own allocation to
/// compare, then the stem's to copy, three cache misses in a table of
/// megabytes. Here the table holds only slots, and the word and its stem
/// share a cache line in the arena.
#[derive(Default)]
struct Stems {
    /// `SAME_AS_WORD | stem_len << 40 | word_len << 32 | offset` into the arena.
    slots: HashTable<u64>,
    /// Each cached word, then its stem unless it is the word itself: a
    /// `String`, so that a stem is read back without checking its UTF-8 again.
    arena: String,
}

/// The slot's flag for a word that is its own stem: the stem is not
/// stored, and the token is left as it is.
const SAME_AS_WORD: u64 = 1 << 48;

/// Where the word and the stem a slot points at lie in the arena.
#[inline]
fn entry(slot: u64) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let offset = (slot & 0xffff_ffff) as usize;
    let word_len = ((slot >> 32) & 0xff) as usize;
    let stem_len = ((slot >> 40) & 0xff) as usize;
    let stem_start = if slot & SAME_AS_WORD != 0 { offset } else { offset + word_len };
    (offset..offset + word_len, stem_start..stem_start + stem_len)
}

/// A cached stem: the word's own text, or another.
enum Cached<'a> {
    Same,
    Stem(&'a str),
}

/// The table's hash of a word. Words are short: xxh3's set-up for each
/// was most of a probe, foldhash's is a multiply or two. A poor hash only
/// costs probes, never a wrong stem: slots are compared by their word.
#[inline]
fn word_hash(word: &[u8]) -> u64 {
    const WORDS: foldhash::fast::FixedState = foldhash::fast::FixedState::with_seed(0x243f_6a88_85a3_08d3);
    WORDS.hash_one(word)
}

/// Whether two words are the same, eight bytes at a time: words are short,
/// and a call to `memcmp` for each probe cost more than the comparing.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut a_rest, mut b_rest) = (a, b);
    while let (Some((a_chunk, a_after)), Some((b_chunk, b_after))) =
        (a_rest.split_first_chunk::<8>(), b_rest.split_first_chunk::<8>())
    {
        if a_chunk != b_chunk {
            return false;
        }
        (a_rest, b_rest) = (a_after, b_after);
    }
    a_rest.iter().zip(b_rest).all(|(x, y)| x == y)
}

impl Stems {
    /// Inlined: called once a word, saving and restoring registers was a
    /// sixth of a look-up.
    #[inline(always)]
    fn get(&self, word: &str) -> Option<Cached<'_>> {
        let arena = self.arena.as_bytes();
        let slot = *self.slots.find(word_hash(word.as_bytes()), |&slot| {
            // The length is in the slot: most other words are told apart
            // without reading the arena.
            ((slot >> 32) & 0xff) as usize == word.len()
                && arena.get(entry(slot).0).is_some_and(|cached| same_bytes(cached, word.as_bytes()))
        })?;
        if slot & SAME_AS_WORD != 0 {
            return Some(Cached::Same);
        }
        self.arena.get(entry(slot).1).map(Cached::Stem)
    }

    /// Remembers a stem; words or stems too long for a slot's lengths are
    /// left out (stemmed again each time).
    fn insert(&mut self, word: &str, stem: &str) {
        if word.len() > 0xff || stem.len() > 0xff {
            return;
        }
        if self.slots.len() >= CACHE_ENTRIES || self.arena.len() + word.len() + stem.len() > u32::MAX as usize {
            *self = Stems::default();
        }
        let same = if stem == word { SAME_AS_WORD } else { 0 };
        let slot = same | (stem.len() as u64) << 40 | (word.len() as u64) << 32 | self.arena.len() as u64;
        self.arena.push_str(word);
        if same == 0 {
            self.arena.push_str(stem);
        }
        let arena = &self.arena;
        self.slots.insert_unique(word_hash(word.as_bytes()), slot, |&slot| word_hash(&arena.as_bytes()[entry(slot).0]));
    }
}

thread_local! {
    static CACHE: RefCell<Vec<Stems>> = const { RefCell::new(Vec::new()) };
}

/// Words whose stem must stay theirs alone: German Snowball stems
/// "Sicherheit" and "sicher" to "sich" and "Einheit" to "ein", so that a
/// search for Sicherheit found every "hat sich". A content word whose stem
/// is one of these gets it with a mark instead ("sich_"), and still
/// matches its own inflections and relatives.
const GERMAN_FUNCTION_WORDS: [&str; 40] = [
    "sich", "sein", "ein", "die", "der", "das", "dem", "den", "des", "und", "oder", "mit", "auf", "aus", "bei", "nach",
    "von", "vor", "zu", "um", "an", "in", "im", "es", "er", "sie", "wir", "ihr", "ich", "man", "nicht", "auch", "als",
    "wie", "wenn", "dass", "so", "ob", "hat", "wird",
];

/// The stem's accents folded as tantivy's `AsciiFoldingFilter` folds
/// them. The filter ran after the stemmer on every token, a tenth of the
/// analyzer chain; the folded stem is cached instead, so that only a word
/// the cache has not seen is folded.
fn fold_accents(folder: &mut Option<TextAnalyzer>, stem: String) -> String {
    if stem.is_ascii() {
        return stem;
    }
    let analyzer =
        folder.get_or_insert_with(|| TextAnalyzer::builder(RawTokenizer::default()).filter(AsciiFoldingFilter).build());
    let folded = analyzer.token_stream(&stem).next().map(|token| token.text.clone());
    folded.unwrap_or(stem)
}

/// The stem, marked when it would be mistaken for a function word.
fn guarded(algorithm: Algorithm, word: &str, stem: String) -> String {
    let collides = algorithm == Algorithm::German && stem != word && GERMAN_FUNCTION_WORDS.contains(&stem.as_str());
    if collides { stem + "_" } else { stem }
}

/// A stemmer for one language that folds accents after stemming, as
/// tantivy's `AsciiFoldingFilter` would, and remembers the folded stems.
#[derive(Clone, Copy)]
pub struct CachedStemmer {
    algorithm: Algorithm,
    /// Tells languages apart in the shared per-thread cache.
    tag: u8,
}

impl CachedStemmer {
    pub fn new(algorithm: Algorithm, tag: u8) -> CachedStemmer {
        CachedStemmer { algorithm, tag }
    }
}

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter { inner: tokenizer, stemmer: self }
    }
}

#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    stemmer: CachedStemmer,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let tag = usize::from(self.stemmer.tag);
        // The stream takes its language's cache for its lifetime and gives
        // it back when dropped: one thread-local access per text, not per word.
        // A second stream of the language opened meanwhile starts empty and
        // the last one dropped keeps its cache: slower, never other stems.
        // tantivy analyses a document's values one after the other.
        let stems = CACHE.with(|cache| cache.borrow_mut().get_mut(tag).map(std::mem::take).unwrap_or_default());
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(self.stemmer.algorithm),
            algorithm: self.stemmer.algorithm,
            tag,
            stems,
            folder: None,
        }
    }
}

pub struct CachedStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
    algorithm: Algorithm,
    tag: usize,
    stems: Stems,
    /// Folds the accents of a stem not cached yet; made at the first.
    folder: Option<TextAnalyzer>,
}

impl<T> Drop for CachedStemmerStream<T> {
    fn drop(&mut self) {
        let stems = std::mem::take(&mut self.stems);
        // `try_with`: a stream dropped while the thread ends keeps no cache.
        let _ = CACHE.try_with(|cache| {
            let mut caches = cache.borrow_mut();
            if caches.len() <= self.tag {
                caches.resize_with(self.tag + 1, Stems::default);
            }
            caches[self.tag] = stems;
        });
    }
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        // Numbers have no suffixes to take off in any of the languages.
        if token.text.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
        match self.stems.get(&token.text) {
            Some(Cached::Same) => return true,
            Some(Cached::Stem(stem)) => {
                token.text.clear();
                token.text.push_str(stem);
                return true;
            }
            None => {}
        }
        let stem = guarded(self.algorithm, &token.text, self.stemmer.stem(&token.text).into_owned());
        let folded = fold_accents(&mut self.folder, stem);
        self.stems.insert(&token.text, &folded);
        token.text = folded;
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALGORITHMS: [Algorithm; 4] = [Algorithm::English, Algorithm::German, Algorithm::French, Algorithm::Russian];

    fn stemmed(algorithm: Algorithm, word: &str) -> String {
        guarded(algorithm, word, frostem::Stemmer::new(algorithm).stem(word).into_owned())
    }

    #[test]
    fn the_cache_gives_the_stemmers_stems() {
        let mut stems = Stems::default();
        // Enough distinct words to grow the table several times, each asked twice.
        let words: Vec<String> = (0..20_000)
            .map(|i| format!("negotiations{}ing", char::from(b'a' + (i % 26) as u8)))
            .chain((0..20_000).map(|i| format!("w{i}ations")))
            .chain(["Sicherheit", "sécurités", "переговоры", "x", ""].map(String::from))
            .collect();
        for pass in 0..2 {
            for word in &words {
                let expected = stemmed(Algorithm::English, word);
                match stems.get(word) {
                    Some(Cached::Same) => assert_eq!(word, &expected, "{word}"),
                    Some(Cached::Stem(stem)) => assert_eq!(stem, expected, "{word}"),
                    None => {
                        assert_eq!(pass, 0, "{word} was cached");
                        stems.insert(word, &expected);
                    }
                }
            }
        }
        let long = "a".repeat(300);
        stems.insert(&long, &long);
        assert!(stems.get(&long).is_none(), "too long for a slot: not cached");
    }

    /// The words of `text` stemmed one by one, then folded by tantivy's
    /// own filter over the stems.
    fn stemmed_then_folded(algorithm: Algorithm, text: &str) -> Vec<String> {
        let mut words = TextAnalyzer::from(super::super::words::LowercaseWords::new(60));
        let mut stems = Vec::new();
        let mut stream = words.token_stream(text);
        while let Some(token) = stream.next() {
            let digits = token.text.bytes().all(|b| b.is_ascii_digit());
            stems.push(if digits { token.text.clone() } else { stemmed(algorithm, &token.text) });
        }
        let mut folding = TextAnalyzer::builder(tantivy::tokenizer::WhitespaceTokenizer::default())
            .filter(AsciiFoldingFilter)
            .build();
        let joined = stems.join(" ");
        let mut folded = Vec::new();
        let mut stream = folding.token_stream(&joined);
        while let Some(token) = stream.next() {
            folded.push(token.text.clone());
        }
        folded
    }

    #[test]
    fn cached_stems_are_folded_as_the_folding_filter_folds_them() {
        let text = "Négociations négociation ÉTÉ été Sécurité Grüße Straße Überprüfungen Äußerungen \
                    переговоры Ёлка ёлки Café cafés résumé naïve Zürich 2024 x 2024 Sicherheit sich";
        for (tag, algorithm) in ALGORITHMS.into_iter().enumerate() {
            let mut analyzer = TextAnalyzer::builder(super::super::words::LowercaseWords::new(60))
                .filter(CachedStemmer::new(algorithm, tag as u8))
                .build();
            let expected = stemmed_then_folded(algorithm, text);
            assert!(expected.iter().any(|stem| stem.starts_with("negoci")), "{expected:?}");
            // The first pass stems and caches, the second reads the cache.
            for _ in 0..2 {
                let mut actual = Vec::new();
                let mut stream = analyzer.token_stream(text);
                while let Some(token) = stream.next() {
                    actual.push(token.text.clone());
                }
                assert_eq!(actual, expected, "{algorithm:?}");
            }
        }
    }

    #[test]
    fn words_are_the_same_only_byte_for_byte() {
        let words = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnopq", "переговоры"];
        for a in words {
            for b in words {
                assert_eq!(same_bytes(a.as_bytes(), b.as_bytes()), a == b, "{a} {b}");
            }
            for (at, c) in a.char_indices() {
                let mut changed = a.to_string();
                changed.replace_range(at..at + c.len_utf8(), "#");
                assert!(!same_bytes(a.as_bytes(), changed.as_bytes()), "{a} {changed}");
            }
        }
    }

    #[test]
    fn numbers_are_their_own_stems() {
        for algorithm in ALGORITHMS {
            for number in (0..3000).map(|n| n.to_string()).chain(["007", "19451024", "2021"].map(String::from)) {
                assert_eq!(stemmed(algorithm, &number), number);
            }
        }
    }
}
