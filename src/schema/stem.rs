//! Stemming with a per-thread cache: words repeat (news is Zipfian), and
//! the Snowball stemmers were a quarter of indexing time.

use std::cell::RefCell;

use frostem::Algorithm;
use hashbrown::HashTable;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use xxhash_rust::xxh3::xxh3_64;

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
    /// `stem_len << 40 | word_len << 32 | offset` into the arena.
    slots: HashTable<u64>,
    /// Each cached word, then its stem: a `String`, so that a stem is read
    /// back without checking its UTF-8 again.
    arena: String,
}

/// Where the word and the stem a slot points at lie in the arena.
#[inline]
fn entry(slot: u64) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let offset = (slot & 0xffff_ffff) as usize;
    let word_len = ((slot >> 32) & 0xff) as usize;
    let stem_len = ((slot >> 40) & 0xff) as usize;
    (offset..offset + word_len, offset + word_len..offset + word_len + stem_len)
}

impl Stems {
    fn get(&self, word: &str) -> Option<&str> {
        let arena = self.arena.as_bytes();
        let slot = self.slots.find(xxh3_64(word.as_bytes()), |&slot| {
            // The length is in the slot: most other words are told apart
            // without reading the arena.
            ((slot >> 32) & 0xff) as usize == word.len() && arena.get(entry(slot).0) == Some(word.as_bytes())
        })?;
        self.arena.get(entry(*slot).1)
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
        let slot = (stem.len() as u64) << 40 | (word.len() as u64) << 32 | self.arena.len() as u64;
        self.arena.push_str(word);
        self.arena.push_str(stem);
        let arena = &self.arena;
        self.slots.insert_unique(xxh3_64(word.as_bytes()), slot, |&slot| xxh3_64(&arena.as_bytes()[entry(slot).0]));
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

/// The stem, marked when it would be mistaken for a function word.
fn guarded(algorithm: Algorithm, word: &str, stem: String) -> String {
    let collides = algorithm == Algorithm::German && stem != word && GERMAN_FUNCTION_WORDS.contains(&stem.as_str());
    if collides { stem + "_" } else { stem }
}

/// A stemmer for one language that remembers the stems it made.
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
        }
    }
}

pub struct CachedStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
    algorithm: Algorithm,
    tag: usize,
    stems: Stems,
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
        if let Some(stem) = self.stems.get(&token.text) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = guarded(self.algorithm, &token.text, self.stemmer.stem(&token.text).into_owned());
        self.stems.insert(&token.text, &stem);
        token.text = stem;
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
                    Some(stem) => assert_eq!(stem, expected, "{word}"),
                    None => {
                        assert_eq!(pass, 0, "{word} was cached");
                        stems.insert(word, &expected);
                    }
                }
            }
        }
        let long = "a".repeat(300);
        stems.insert(&long, &long);
        assert_eq!(stems.get(&long), None, "too long for a slot: not cached");
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
