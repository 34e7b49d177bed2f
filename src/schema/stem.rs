//! Stemming with a per-thread cache: words repeat (news is Zipfian), and
//! the Snowball stemmers were a quarter of indexing time.

use std::cell::RefCell;
use std::collections::HashMap;

use frostem::Algorithm;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Entries kept per thread and language before the cache starts over.
const CACHE_ENTRIES: usize = 200_000;

/// Stems by word, one map per language; xxh3 because the default hasher
/// cost more than the stemming it saved.
type Stems = HashMap<String, String, xxhash_rust::xxh3::Xxh3Builder>;

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
        CACHE.with(|cache| {
            let mut caches = cache.borrow_mut();
            if caches.len() <= self.tag {
                caches.resize_with(self.tag + 1, Stems::default);
            }
            let stems = &mut caches[self.tag];
            if let Some(stem) = stems.get(token.text.as_str()) {
                token.text.clear();
                token.text.push_str(stem);
                return;
            }
            let stem = guarded(self.algorithm, &token.text, self.stemmer.stem(&token.text).into_owned());
            if stems.len() >= CACHE_ENTRIES {
                stems.clear();
            }
            stems.insert(std::mem::replace(&mut token.text, stem.clone()), stem);
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
