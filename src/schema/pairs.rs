//! Word pairs for phrase search: a token filter that turns a field's words
//! into the pairs of frequent words at neighbouring positions
//! ("international peace"), indexed in a field of their own without
//! positions.
//!
//! A two-word phrase is then one term of that field, whose postings are as
//! short as the phrase is rare, where a phrase query intersects the
//! postings of both words and compares their positions in every statement
//! that holds both (nine tenths of a phrase search on UN speeches). A pair
//! is emitted for every word at a position with every word at the next
//! one (German compound parts share their word's position), as often as
//! tantivy's phrase scorer counts that pair there: the smaller of the two
//! words' repeats at their positions. The pair's frequency in a statement
//! is then the phrase's, and scoring stays the phrase scorer's.
//!
//! Only pairs of two frequent words are kept ([`FrequentWords`]): a phrase
//! with a rarer word is already quick by positions (the rare word's
//! postings are short), and pairs of every two words were most of the
//! index's distinct terms (indexing took 2.9 times the CPU).

use std::collections::HashSet;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// The analysed words whose pairs are indexed: for English and German, the
/// 2,000 words after the 100 most frequent (function words) in the gold
/// train articles (`scripts/frequent_words.py`), as the language's
/// analyzer turns them.
pub struct FrequentWords(HashSet<String, foldhash::fast::FixedState>);

impl FrequentWords {
    /// The words of `listed`, one a line, each analysed into its terms by `analyze`.
    pub fn new(listed: &str, mut analyze: impl FnMut(&str) -> Vec<String>) -> FrequentWords {
        let mut words = HashSet::with_hasher(foldhash::fast::FixedState::with_seed(0x1319_8a2e_0370_7344));
        for line in listed.lines().map(str::trim).filter(|line| !line.is_empty()) {
            words.extend(analyze(line));
        }
        FrequentWords(words)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Between the two words of a pair: no word holds a space.
pub const PAIR_SEPARATOR: char = ' ';

/// The pair term of two analysed words.
pub fn pair_text(first: &str, second: &str) -> String {
    let mut text = String::with_capacity(first.len() + 1 + second.len());
    push_pair(&mut text, first, second);
    text
}

fn push_pair(text: &mut String, first: &str, second: &str) {
    text.push_str(first);
    text.push(PAIR_SEPARATOR);
    text.push_str(second);
}

/// The token filter: the words in, the pairs of frequent words out.
#[derive(Clone)]
pub struct WordPairs(pub &'static FrequentWords);

impl TokenFilter for WordPairs {
    type Tokenizer<T: Tokenizer> = WordPairsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> WordPairsFilter<T> {
        WordPairsFilter { inner: tokenizer, frequent: self.0, buffers: Buffers::default() }
    }
}

#[derive(Clone)]
pub struct WordPairsFilter<T> {
    inner: T,
    frequent: &'static FrequentWords,
    buffers: Buffers,
}

/// The words of two neighbouring positions, kept from stream to stream so
/// that their strings are allocated once per analyzer, not once per word.
#[derive(Clone, Default)]
struct Buffers {
    previous: Words,
    current: Words,
    /// Indexes into `previous` of the words still to pair with the last
    /// word of `current`.
    pending: Vec<usize>,
    token: Token,
}

/// The words at one position, in the strings of `texts[..len]`.
#[derive(Clone, Default)]
struct Words {
    texts: Vec<String>,
    len: usize,
    position: Option<usize>,
}

impl Words {
    fn words(&self) -> &[String] {
        &self.texts[..self.len]
    }

    fn push(&mut self, text: &str) {
        if self.len < self.texts.len() {
            self.texts[self.len].clear();
            self.texts[self.len].push_str(text);
        } else {
            self.texts.push(text.to_string());
        }
        self.len += 1;
    }

    fn clear(&mut self, position: Option<usize>) {
        self.len = 0;
        self.position = position;
    }
}

impl<T: Tokenizer> Tokenizer for WordPairsFilter<T> {
    type TokenStream<'a> = WordPairsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let buffers = &mut self.buffers;
        buffers.previous.clear(None);
        buffers.current.clear(None);
        buffers.pending.clear();
        buffers.token = Token::default();
        WordPairsStream { words: self.inner.token_stream(text), frequent: self.frequent, buffers }
    }
}

pub struct WordPairsStream<'a, T> {
    words: T,
    frequent: &'static FrequentWords,
    buffers: &'a mut Buffers,
}

impl<T: TokenStream> TokenStream for WordPairsStream<'_, T> {
    fn advance(&mut self) -> bool {
        loop {
            let buffers = &mut *self.buffers;
            if let Some(index) = buffers.pending.pop() {
                let second = &buffers.current.words()[buffers.current.len - 1];
                buffers.token.text.clear();
                push_pair(&mut buffers.token.text, &buffers.previous.words()[index], second);
                return true;
            }
            if !self.words.advance() {
                return false;
            }
            let word = self.words.token();
            if buffers.current.position != Some(word.position) {
                std::mem::swap(&mut buffers.previous, &mut buffers.current);
                buffers.current.clear(Some(word.position));
            }
            if !self.frequent.contains(&word.text) {
                continue;
            }
            // The how-many-th time this word stands at this position: it
            // pairs with the words before that stand there as often.
            let repeat = 1 + buffers.current.words().iter().filter(|text| **text == word.text).count();
            buffers.current.push(&word.text);
            buffers.token.position = word.position;
            buffers.token.offset_from = word.offset_from;
            buffers.token.offset_to = word.offset_to;
            let follows = buffers.previous.position.is_some_and(|position| position + 1 == word.position);
            if !follows {
                continue;
            }
            let previous = buffers.previous.words();
            for (index, text) in previous.iter().enumerate() {
                let first_of_its_kind = !previous[..index].contains(text);
                if first_of_its_kind && previous.iter().filter(|other| *other == text).count() >= repeat {
                    buffers.pending.push(index);
                }
            }
        }
    }

    fn token(&self) -> &Token {
        &self.buffers.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.buffers.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, PreTokenizedStream, SimpleTokenizer, TextAnalyzer};

    /// Every word of the tests is frequent but "rare".
    fn frequent() -> &'static FrequentWords {
        static WORDS: std::sync::LazyLock<FrequentWords> = std::sync::LazyLock::new(|| {
            FrequentWords::new("a\nb\nder\nrat\nsicherheitsrat\ntagt\nheute\nhuman\nrights\nalone", |word| {
                vec![word.to_string()]
            })
        });
        &WORDS
    }

    fn pairs(mut analyzer: TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    #[test]
    fn neighbouring_words_pair_up() {
        let analyzer =
            TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(WordPairs(frequent())).build();
        assert_eq!(
            pairs(analyzer.clone(), "Human rights, human Rights"),
            ["human rights", "rights human", "human rights"]
        );
        assert!(pairs(analyzer.clone(), "alone").is_empty());
        // A rare word pairs with neither neighbour, nor do they across it.
        assert_eq!(pairs(analyzer.clone(), "human rare rights human"), ["rights human"]);
        // The buffers of the stream before leave nothing behind.
        assert_eq!(pairs(analyzer, "a b"), ["a b"]);
    }

    /// Tokens given with their positions, as a filter chain would yield them.
    fn given(tokens: &[(&str, usize)]) -> Vec<String> {
        let tokens: Vec<Token> = tokens
            .iter()
            .map(|(text, position)| Token { text: text.to_string(), position: *position, ..Token::default() })
            .collect();
        let text = tantivy::tokenizer::PreTokenizedString { text: String::new(), tokens };
        let mut stream = WordPairsStream {
            words: PreTokenizedStream::from(text),
            frequent: frequent(),
            buffers: &mut Buffers::default(),
        };
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out.sort();
        out
    }

    #[test]
    fn words_sharing_a_position_pair_with_each_neighbour_and_gaps_break_pairs() {
        // A compound and its part at position 1, a word dropped at 3.
        let found = given(&[("der", 0), ("sicherheitsrat", 1), ("rat", 1), ("tagt", 2), ("heute", 4)]);
        assert_eq!(found, ["der rat", "der sicherheitsrat", "rat tagt", "sicherheitsrat tagt"]);
    }

    #[test]
    fn a_pair_repeated_at_one_position_counts_as_the_phrase_scorer_does() {
        // "a" twice at 0 and once at 1: the phrase "a a" matches once there.
        assert_eq!(given(&[("a", 0), ("a", 0), ("a", 1)]), ["a a"]);
        assert_eq!(given(&[("a", 0), ("a", 0), ("a", 1), ("a", 1)]), ["a a", "a a"]);
        assert_eq!(given(&[("a", 0), ("b", 0), ("a", 1), ("a", 1)]), ["a a", "b a"]);
    }
}
