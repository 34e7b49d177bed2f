//! Stemming with a per-thread cache: words repeat (news is Zipfian), and
//! the Snowball stemmers were a quarter of indexing time.

use std::cell::RefCell;

use frostem::Algorithm;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use xxhash_rust::xxh3::xxh3_64;

/// Entries kept per thread and language before the cache starts over.
const CACHE_ENTRIES: usize = 200_000;

/// Stems by word for one language, in an open-addressing table of 8-byte
/// slots over one byte arena where each word is followed by its stem.
///
/// A `HashMap<String, String>` cost a fifth of indexing CPU in hash probes
/// and compares: a 48-byte bucket, then the key's own allocation to
/// compare, then the stem's to copy, three cache misses in a table of
/// megabytes. Here a slot holds a tag of the hash, so a probe rarely reads
/// the arena for another word, and the word and its stem share a cache line.
#[derive(Default)]
struct Stems {
    /// 0 is empty; otherwise `tag << 48 | stem_len << 40 | word_len << 32 | offset`.
    slots: Vec<u64>,
    /// Each cached word, then its stem.
    arena: Vec<u8>,
    len: usize,
}

/// Slots at first; the table doubles when half full.
const FIRST_SLOTS: usize = 1 << 12;

impl Stems {
    fn hash(word: &[u8]) -> u64 {
        xxh3_64(word)
    }

    /// The top 16 bits of the hash, never 0 so that a slot is never empty.
    fn tag(hash: u64) -> u64 {
        (hash >> 48).max(1)
    }

    fn get(&self, word: &str) -> Option<&str> {
        if self.slots.is_empty() {
            return None;
        }
        let hash = Stems::hash(word.as_bytes());
        let tag = Stems::tag(hash);
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            let offset = (slot & 0xffff_ffff) as usize;
            let word_len = ((slot >> 32) & 0xff) as usize;
            if slot >> 48 == tag && word_len == word.len() && &self.arena[offset..offset + word_len] == word.as_bytes()
            {
                let stem_len = ((slot >> 40) & 0xff) as usize;
                let stem = &self.arena[offset + word_len..offset + word_len + stem_len];
                // Copied in from a `&str` by `insert`.
                return std::str::from_utf8(stem).ok();
            }
            at = (at + 1) & mask;
        }
    }

    /// Remembers a stem; words or stems too long for a slot's lengths are
    /// left out (stemmed again each time).
    fn insert(&mut self, word: &str, stem: &str) {
        if word.len() > 0xff || stem.len() > 0xff {
            return;
        }
        if self.len >= CACHE_ENTRIES || self.arena.len() + word.len() + stem.len() > u32::MAX as usize {
            *self = Stems::default();
        }
        if self.slots.is_empty() {
            self.slots = vec![0; FIRST_SLOTS];
        } else if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let offset = self.arena.len() as u64;
        self.arena.extend_from_slice(word.as_bytes());
        self.arena.extend_from_slice(stem.as_bytes());
        let hash = Stems::hash(word.as_bytes());
        let slot = Stems::tag(hash) << 48 | (stem.len() as u64) << 40 | (word.len() as u64) << 32 | offset;
        self.place(hash, slot);
        self.len += 1;
    }

    /// Puts a slot in the first empty place from its hash on.
    fn place(&mut self, hash: u64, slot: u64) {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }

    fn grow(&mut self) {
        let doubled = vec![0; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        for slot in old.into_iter().filter(|&slot| slot != 0) {
            let offset = (slot & 0xffff_ffff) as usize;
            let word_len = ((slot >> 32) & 0xff) as usize;
            let hash = Stems::hash(&self.arena[offset..offset + word_len]);
            self.place(hash, slot);
        }
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
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(self.stemmer.algorithm),
            algorithm: self.stemmer.algorithm,
            tag: usize::from(self.stemmer.tag),
        }
    }
}

pub struct CachedStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
    algorithm: Algorithm,
    tag: usize,
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
        CACHE.with(|cache| {
            let mut caches = cache.borrow_mut();
            if caches.len() <= self.tag {
                caches.resize_with(self.tag + 1, Stems::default);
            }
            let stems = &mut caches[self.tag];
            if let Some(stem) = stems.get(&token.text) {
                token.text.clear();
                token.text.push_str(stem);
                return;
            }
            let stem = guarded(self.algorithm, &token.text, self.stemmer.stem(&token.text).into_owned());
            stems.insert(&token.text, &stem);
            token.text = stem;
        });
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
