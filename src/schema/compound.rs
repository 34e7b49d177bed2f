//! German compound splitting for the index: a token filter that adds, next
//! to each long German word, the parts it is made of, so that `sicherheit`
//! finds "Cybersicherheit" and "Sicherheitsrat".
//!
//! German has no spaces between the parts of a compound, and no dictionary
//! ships with dictum, so the parts are cut at the word's hyphenation points
//! (TeX's German patterns): every stretch between two points, long enough
//! to be a word, is added at the same position as the word. A linking "s"
//! at the end of a part ("Sicherheits-rat") is dropped. The stemmer that
//! follows stems the parts like any word.

use std::sync::LazyLock;

use hyphenation::{Hyphenator, Language, Load, Standard};
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words shorter than this are not split.
const MIN_COMPOUND_CHARS: usize = 9;
/// Parts shorter than this are not added: they are syllables, not words.
const MIN_PART_CHARS: usize = 5;
/// At most this many parts per word, however long it is.
const MAX_PARTS: usize = 24;

static GERMAN: LazyLock<Option<Standard>> = LazyLock::new(|| Standard::from_embedded(Language::German1996).ok());

/// The parts of a lowercase German word, without the word itself.
pub fn compound_parts(word: &str) -> Vec<String> {
    let mut parts = Vec::new();
    if word.chars().count() < MIN_COMPOUND_CHARS || !word.chars().all(char::is_alphabetic) {
        return parts;
    }
    let Some(hyphenator) = GERMAN.as_ref() else {
        return parts;
    };
    let mut points: Vec<usize> = vec![0];
    points.extend(hyphenator.hyphenate(word).breaks);
    points.push(word.len());
    for (i, &start) in points.iter().enumerate() {
        for &end in &points[i + 1..] {
            if start == 0 && end == word.len() {
                continue;
            }
            let mut part = &word[start..end];
            if end < word.len() && part.len() > MIN_PART_CHARS && part.ends_with('s') {
                part = &part[..part.len() - 1];
            }
            if part.chars().count() >= MIN_PART_CHARS && !parts.iter().any(|p| p == part) {
                parts.push(part.to_string());
            }
            if parts.len() == MAX_PARTS {
                return parts;
            }
        }
    }
    parts
}

/// The token filter: each word, then its compound parts at the same place.
#[derive(Clone, Default)]
pub struct CompoundParts;

impl TokenFilter for CompoundParts {
    type Tokenizer<T: Tokenizer> = CompoundPartsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CompoundPartsFilter<T> {
        CompoundPartsFilter { inner: tokenizer, parts: Vec::new() }
    }
}

#[derive(Clone)]
pub struct CompoundPartsFilter<T> {
    inner: T,
    parts: Vec<Token>,
}

impl<T: Tokenizer> Tokenizer for CompoundPartsFilter<T> {
    type TokenStream<'a> = CompoundPartsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.parts.clear();
        CompoundPartsStream { tail: self.inner.token_stream(text), parts: &mut self.parts }
    }
}

pub struct CompoundPartsStream<'a, T> {
    tail: T,
    /// Parts still to yield, last first; the word itself is yielded before them.
    parts: &'a mut Vec<Token>,
}

impl<T: TokenStream> TokenStream for CompoundPartsStream<'_, T> {
    fn advance(&mut self) -> bool {
        if self.parts.pop().is_some() && !self.parts.is_empty() {
            return true;
        }
        if !self.parts.is_empty() {
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token();
        let split = compound_parts(&token.text);
        if !split.is_empty() {
            // Yield order: word (from `tail`), then parts; `parts` is a stack whose
            // bottom entry stands for the word itself and is popped first.
            for text in split.into_iter().rev() {
                self.parts.push(Token { text, ..token.clone() });
            }
            self.parts.push(token.clone());
        }
        true
    }

    fn token(&self) -> &Token {
        self.parts.last().unwrap_or_else(|| self.tail.token())
    }

    fn token_mut(&mut self) -> &mut Token {
        self.parts.last_mut().unwrap_or_else(|| self.tail.token_mut())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer};

    #[test]
    fn splits_compounds_at_hyphenation_points() {
        assert!(compound_parts("cybersicherheit").contains(&"sicherheit".to_string()));
        let council = compound_parts("sicherheitsrat");
        assert!(council.contains(&"sicherheit".to_string()), "{council:?}");
        assert!(compound_parts("cybersicherheitsstrategie").contains(&"sicherheit".to_string()));
        assert!(compound_parts("kontakte").is_empty(), "short words stay whole");
        assert!(compound_parts("covid19pandemie").is_empty(), "only words of letters");
        assert!(compound_parts("donaudampfschifffahrtsgesellschaftskapitän").len() <= MAX_PARTS);
    }

    #[test]
    fn the_word_comes_first_and_its_parts_share_its_place() {
        let mut analyzer =
            TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(CompoundParts).build();
        let mut stream = analyzer.token_stream("Die Cybersicherheit bleibt");
        let mut tokens = Vec::new();
        while let Some(token) = stream.next() {
            tokens.push((token.text.clone(), token.position, token.offset_from));
        }
        assert_eq!(tokens[0], ("die".to_string(), 0, 0));
        assert_eq!(tokens[1], ("cybersicherheit".to_string(), 1, 4));
        assert!(tokens.iter().any(|t| t == &("sicherheit".to_string(), 1, 4)), "{tokens:?}");
        assert_eq!(tokens.last().unwrap(), &("bleibt".to_string(), 2, 20));
    }
}
