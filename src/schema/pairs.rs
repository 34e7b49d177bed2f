//! Word pairs for phrase search: the pairs of frequent words at
//! neighbouring positions of a quote ("international peace"), indexed in a
//! field of their own without positions. The pair field's tokenizer
//! ([`WordPairs`]) takes the quote's words as the quote field's analyzer
//! recorded them ([`RecordWords`]), or analyses the text itself.
//!
//! A two-word phrase is then one term of that field, whose postings are as
//! short as the phrase is rare, where a phrase query intersects the
//! postings of both words and compares their positions in every statement
//! that holds both (85 % of a phrase search on the UN speeches). A pair
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

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// The analysed words whose pairs are indexed: for English and German, the
/// 2,000 words after the 100 most frequent (function words) in the gold
/// train articles (`scripts/frequent_words.py`), as the language's
/// analyzer turns them. Each has a number, its rank in byte order, and a
/// pair's term is the two numbers in four letters: a pair of words spelt
/// out was a term of 15 to 20 bytes to hash, compare and build the term
/// dictionary of. Changing a list changes the numbers: the schema version
/// goes up with it.
pub struct FrequentWords {
    ids: WordTable,
    /// The words by number.
    words: Vec<String>,
}

/// The numbers of the frequent words, looked up by a word's first eight
/// bytes and its length, in a table at most a quarter full: a word of the
/// pair field is looked up for every word of every quote, and a hash map
/// of strings spent about 130 instructions a word hashing, probing and
/// comparing (7 % of indexing). Here a word is one load, one multiply and,
/// mostly, one slot; only a word longer than eight bytes compares the rest.
struct WordTable {
    /// A power of two of them.
    slots: Vec<Slot>,
    /// How far the hash is shifted to index the slots.
    shift: u32,
}

/// A frequent word's first eight bytes (zero-padded), its length and its
/// number; an empty slot has the length `u32::MAX`.
#[derive(Clone, Copy)]
struct Slot {
    head: u64,
    len: u32,
    id: u16,
}

const EMPTY: Slot = Slot { head: 0, len: u32::MAX, id: 0 };

impl WordTable {
    fn new(words: &[String]) -> WordTable {
        let bits = (words.len().max(1) * 4).next_power_of_two().trailing_zeros();
        let mut table = WordTable { slots: vec![EMPTY; 1 << bits], shift: 64 - bits };
        for (id, word) in (0u16..).zip(words) {
            let mut at = table.slot_of(word.as_bytes());
            while table.slots[at].len != u32::MAX {
                at = (at + 1) & (table.slots.len() - 1);
            }
            table.slots[at] = Slot { head: head(word.as_bytes()), len: word.len() as u32, id };
        }
        table
    }

    fn slot_of(&self, word: &[u8]) -> usize {
        let key = head(word) ^ (word.len() as u64).rotate_right(8);
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The number of `word`, if it is one of `words` (those the table was made of).
    /// Inlined into the recording of every word: called, saving and
    /// restoring registers was a third of a look-up.
    #[inline(always)]
    fn get(&self, word: &str, words: &[String]) -> Option<u16> {
        let bytes = word.as_bytes();
        let first = head(bytes);
        let mut at = self.slot_of(bytes);
        loop {
            let slot = self.slots[at];
            if slot.len == u32::MAX {
                return None;
            }
            if slot.head == first
                && slot.len as usize == bytes.len()
                && (bytes.len() <= 8 || words[usize::from(slot.id)].as_bytes()[8..] == bytes[8..])
            {
                return Some(slot.id);
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
    }
}

/// The first eight bytes of a word, zero-padded, as a number. A shorter
/// word is read in two loads that overlap (their common bytes are the
/// same): most words are shorter, and a loop over their bytes was a third
/// of a look-up.
#[inline]
fn head(word: &[u8]) -> u64 {
    let len = word.len();
    if let Some(first) = word.first_chunk::<8>() {
        return u64::from_le_bytes(*first);
    }
    if let (Some(first), Some(last)) = (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << ((len - 4) * 8);
    }
    match (word.first(), word.get(len / 2), word.last()) {
        (Some(&first), Some(&middle), Some(&last)) => {
            u64::from(first) | u64::from(middle) << (len / 2 * 8) | u64::from(last) << ((len - 1) * 8)
        }
        _ => 0,
    }
}

/// The letters a word's number is written with, six bits each.
const DIGITS: &[u8; 64] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/// The most words two letters can number.
const MAX_WORDS: usize = 64 * 64;

impl FrequentWords {
    /// The words of `listed`, one a line, each analysed into its terms by `analyze`.
    pub fn new(listed: &str, mut analyze: impl FnMut(&str) -> Vec<String>) -> FrequentWords {
        let mut sorted = std::collections::BTreeSet::new();
        for line in listed.lines().map(str::trim).filter(|line| !line.is_empty()) {
            sorted.extend(analyze(line));
        }
        let words: Vec<String> = sorted.into_iter().take(MAX_WORDS).collect();
        FrequentWords { ids: WordTable::new(&words), words }
    }

    /// The number of a frequent word.
    #[inline]
    pub fn id(&self, word: &str) -> Option<u16> {
        self.ids.get(word, &self.words)
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The pair field's term of two words, when both are frequent.
    pub fn pair(&self, first: &str, second: &str) -> Option<String> {
        let mut text = String::with_capacity(4);
        push_pair(&mut text, self.id(first)?, self.id(second)?);
        Some(text)
    }

    /// The two words of a pair field's term.
    pub fn words_of(&self, pair: &str) -> Option<(&str, &str)> {
        let digit = |byte: u8| DIGITS.iter().position(|&d| d == byte);
        let [a, b, c, d] = pair.as_bytes() else {
            return None;
        };
        let first = self.words.get(digit(*a)? * 64 + digit(*b)?)?;
        let second = self.words.get(digit(*c)? * 64 + digit(*d)?)?;
        Some((first, second))
    }
}

/// Writes the term of a pair of word numbers.
fn push_pair(text: &mut String, first: u16, second: u16) {
    for id in [first, second] {
        debug_assert!(usize::from(id) < MAX_WORDS);
        text.push(char::from(DIGITS[usize::from(id >> 6) & 63]));
        text.push(char::from(DIGITS[usize::from(id) & 63]));
    }
}

/// The pairs of neighbouring words among `words` (position and text, in
/// the order of their positions), given to `pair` as (first, second).
///
/// Every word at a position pairs with every word at the next one, and a
/// pair is given as often as tantivy's phrase scorer counts it there: the
/// smaller of the two words' repeats at their positions.
fn pair_up<T: Copy + PartialEq>(words: &[(usize, T)], mut pair: impl FnMut(T, T)) {
    let mut start = 0;
    while start < words.len() {
        let position = words[start].0;
        let end = start + words[start..].iter().take_while(|(at, _)| *at == position).count();
        let next_end = end + words[end..].iter().take_while(|(at, _)| *at == position + 1).count();
        let (here, next) = (&words[start..end], &words[end..next_end]);
        let repeats = |group: &[(usize, T)], word: T| group.iter().filter(|(_, other)| *other == word).count();
        for (index, &(_, first)) in here.iter().enumerate() {
            if here[..index].iter().any(|(_, other)| *other == first) {
                continue;
            }
            for (index, &(_, second)) in next.iter().enumerate() {
                if next[..index].iter().any(|(_, other)| *other == second) {
                    continue;
                }
                for _ in 0..repeats(here, first).min(repeats(next, second)) {
                    pair(first, second);
                }
            }
        }
        start = end;
    }
}

/// The frequent words of the last text a recording analyzer went through
/// on this thread, kept for the pair field: tantivy indexes a document's
/// fields one after another in the order of the schema, the quote field
/// before its pair field, so the pair field finds its quote's words here
/// instead of analysing the quote a second time (a fifth of indexing CPU).
/// Checked against the text itself and the list of words: anything else
/// is analysed again.
///
/// Only the numbers of the frequent words are kept, as each word goes
/// through: copying every word for the pair field to look up afterwards
/// cost as much as the look-up.
#[derive(Default)]
struct Recorded {
    text: String,
    /// The list the words were numbered by, by address.
    list: usize,
    /// Position and number of each frequent word.
    words: Vec<(usize, u16)>,
    /// The whole text went through: a stream dropped halfway (a highlighter
    /// that found what it wanted) leaves its words unusable.
    complete: bool,
}

impl Recorded {
    fn start(&mut self, text: &str, frequent: &FrequentWords) {
        self.text.clear();
        self.text.push_str(text);
        self.list = list_address(frequent);
        self.words.clear();
        self.complete = false;
    }

    #[inline]
    fn push(&mut self, token: &Token, frequent: &FrequentWords) {
        if let Some(id) = frequent.id(&token.text) {
            self.words.push((token.position, id));
        }
    }

    /// Whether this is the whole recording of `text` with `frequent`'s numbers.
    fn is_of(&self, text: &str, frequent: &FrequentWords) -> bool {
        self.complete && self.list == list_address(frequent) && self.text == text
    }
}

/// Tells lists of frequent words apart.
fn list_address(frequent: &FrequentWords) -> usize {
    std::ptr::from_ref(frequent) as usize
}

thread_local! {
    static RECORDED: std::cell::RefCell<Recorded> = std::cell::RefCell::new(Recorded::default());
}

/// The token filter at the end of a quote field's analyzer: the tokens go
/// through unchanged and the frequent ones are recorded for the pair field.
#[derive(Clone)]
pub struct RecordWords {
    frequent: &'static std::sync::LazyLock<FrequentWords>,
}

impl RecordWords {
    pub fn new(frequent: &'static std::sync::LazyLock<FrequentWords>) -> RecordWords {
        RecordWords { frequent }
    }
}

impl TokenFilter for RecordWords {
    type Tokenizer<T: Tokenizer> = RecordWordsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RecordWordsFilter<T> {
        RecordWordsFilter { inner: tokenizer, frequent: self.frequent }
    }
}

#[derive(Clone)]
pub struct RecordWordsFilter<T> {
    inner: T,
    frequent: &'static std::sync::LazyLock<FrequentWords>,
}

impl<T: Tokenizer> Tokenizer for RecordWordsFilter<T> {
    type TokenStream<'a> = RecordWordsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let frequent: &'static FrequentWords = self.frequent;
        // Taken for the stream's life and given back when it is dropped:
        // one thread-local access per text, not per word.
        let mut recorded = RECORDED.with_borrow_mut(std::mem::take);
        recorded.start(text, frequent);
        RecordWordsStream { words: self.inner.token_stream(text), recorded, frequent }
    }
}

pub struct RecordWordsStream<T> {
    words: T,
    recorded: Recorded,
    frequent: &'static FrequentWords,
}

impl<T> Drop for RecordWordsStream<T> {
    fn drop(&mut self) {
        let recorded = std::mem::take(&mut self.recorded);
        // `try_with`: a stream dropped while the thread ends records nothing.
        let _ = RECORDED.try_with(|kept| *kept.borrow_mut() = recorded);
    }
}

impl<T: TokenStream> TokenStream for RecordWordsStream<T> {
    fn advance(&mut self) -> bool {
        if !self.words.advance() {
            self.recorded.complete = true;
            return false;
        }
        self.recorded.push(self.words.token(), self.frequent);
        true
    }

    fn token(&self) -> &Token {
        self.words.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.words.token_mut()
    }
}

/// The pair field's tokenizer: the pairs of frequent words of its text, as
/// `words` (the quote field's analyzer) splits it, or as the quote field's
/// recording analyzer just did.
#[derive(Clone)]
pub struct WordPairs {
    words: tantivy::tokenizer::TextAnalyzer,
    /// Analysed when the first text is paired, not when the index opens.
    frequent: &'static std::sync::LazyLock<FrequentWords>,
    buffers: PairBuffers,
}

/// The text's words when analysed here, and its pairs: kept from text to
/// text so that their strings are allocated once.
#[derive(Clone, Default)]
struct PairBuffers {
    recorded: Recorded,
    pairs: Vec<std::ops::Range<usize>>,
    arena: String,
}

impl WordPairs {
    pub fn new(
        words: tantivy::tokenizer::TextAnalyzer,
        frequent: &'static std::sync::LazyLock<FrequentWords>,
    ) -> WordPairs {
        WordPairs { words, frequent, buffers: PairBuffers::default() }
    }
}

impl Clone for Recorded {
    fn clone(&self) -> Recorded {
        // A clone is a new analyzer's buffer: nothing recorded yet.
        Recorded::default()
    }
}

impl Tokenizer for WordPairs {
    type TokenStream<'a> = WordPairsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordPairsStream<'a> {
        let buffers = &mut self.buffers;
        // The recording of this very text, if the quote field's analyzer
        // made it; the buffer's own recording goes to the thread meanwhile.
        RECORDED.with_borrow_mut(|recorded| std::mem::swap(recorded, &mut buffers.recorded));
        let frequent: &FrequentWords = self.frequent;
        if !buffers.recorded.is_of(text, frequent) {
            buffers.recorded.start(text, frequent);
            let mut stream = self.words.token_stream(text);
            while stream.advance() {
                buffers.recorded.push(stream.token(), frequent);
            }
            buffers.recorded.complete = true;
        }
        buffers.pairs.clear();
        buffers.arena.clear();
        pair_up(&buffers.recorded.words, |first, second| {
            let start = buffers.arena.len();
            push_pair(&mut buffers.arena, first, second);
            buffers.pairs.push(start..buffers.arena.len());
        });
        RECORDED.with_borrow_mut(|kept| std::mem::swap(kept, &mut buffers.recorded));
        WordPairsStream { pairs: &buffers.pairs, arena: &buffers.arena, next: 0, token: Token::default() }
    }
}

pub struct WordPairsStream<'a> {
    pairs: &'a [std::ops::Range<usize>],
    arena: &'a str,
    next: usize,
    token: Token,
}

impl TokenStream for WordPairsStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(range) = self.pairs.get(self.next) else {
            return false;
        };
        self.token.text.clear();
        self.token.text.push_str(&self.arena[range.clone()]);
        self.token.position = self.next;
        self.next += 1;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer, WhitespaceTokenizer};

    /// Every word of the tests is frequent but "rare".
    fn frequent() -> &'static std::sync::LazyLock<FrequentWords> {
        static WORDS: std::sync::LazyLock<FrequentWords> = std::sync::LazyLock::new(|| {
            FrequentWords::new("a\nb\nhuman\nrights\nalone\nhuman,\nrights,", |word| vec![word.to_string()])
        });
        &WORDS
    }

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    /// The pairs of `text`, spelt out.
    fn pairs(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let words = |pair: &String| frequent().words_of(pair).map(|(first, second)| format!("{first} {second}"));
        tokens(analyzer, text).iter().map(|pair| words(pair).expect("a pair of frequent words")).collect()
    }

    fn words() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).build()
    }

    proptest::proptest! {
        /// The table numbers the listed words by their rank in byte order,
        /// and nothing else.
        #[test]
        fn the_table_finds_the_words_listed_and_only_them(
            listed in proptest::collection::vec("[a-zé]{0,12}", 0..300),
            others in proptest::collection::vec("[a-zé\\x00]{0,12}", 0..300),
        ) {
            let words = FrequentWords::new(&listed.join("\n"), |word| vec![word.to_string()]);
            let sorted: std::collections::BTreeSet<&str> =
                listed.iter().map(|word| word.trim()).filter(|word| !word.is_empty()).collect();
            for (rank, word) in sorted.iter().enumerate() {
                proptest::prop_assert_eq!(words.id(word), Some(rank as u16));
            }
            for word in &others {
                let expected = sorted.iter().position(|listed| listed == word).map(|rank| rank as u16);
                proptest::prop_assert_eq!(words.id(word), expected, "{:?}", word);
            }
        }
    }

    #[test]
    fn a_head_is_the_first_eight_bytes_zero_padded() {
        let text = b"abcdefghij";
        for len in 0..=text.len() {
            let mut padded = [0u8; 8];
            let kept = len.min(8);
            padded[..kept].copy_from_slice(&text[..kept]);
            assert_eq!(head(&text[..len]), u64::from_le_bytes(padded), "{len}");
        }
    }

    #[test]
    fn words_sharing_their_first_eight_bytes_or_zero_bytes_are_told_apart() {
        let listed = "internat\ninternational\ninternationally\nab\nab\0";
        let words = FrequentWords::new(listed, |word| vec![word.to_string()]);
        for word in listed.lines() {
            assert_eq!(words.words_of(&words.pair(word, word).unwrap()), Some((word, word)));
        }
        for other in ["internationals", "internatio", "inter", "a", "ab\0\0", "", "internationalX"] {
            assert_eq!(words.id(other), None, "{other:?}");
        }
    }

    #[test]
    fn neighbouring_frequent_words_pair_up() {
        let mut analyzer = TextAnalyzer::from(WordPairs::new(words(), frequent()));
        assert_eq!(
            pairs(&mut analyzer, "Human rights, human Rights"),
            ["human rights", "rights human", "human rights"]
        );
        assert!(pairs(&mut analyzer, "alone").is_empty());
        // A rare word pairs with neither neighbour, nor do they across it.
        assert_eq!(pairs(&mut analyzer, "human rare rights human"), ["rights human"]);
        assert_eq!(pairs(&mut analyzer, "a b"), ["a b"]);
        assert_eq!(tokens(&mut analyzer, "a b"), [frequent().pair("a", "b").unwrap()]);
        assert_eq!(frequent().pair("a", "rare"), None);
    }

    #[test]
    fn the_pair_field_takes_the_recorded_words_of_its_own_text_only() {
        // The recording splits at spaces only, the pair field's own
        // analyzer at punctuation too: the pairs say which words they took.
        let mut recording =
            TextAnalyzer::builder(WhitespaceTokenizer::default()).filter(RecordWords::new(frequent())).build();
        let mut analyzer = TextAnalyzer::from(WordPairs::new(words(), frequent()));
        let text = "human, rights, a b";
        tokens(&mut recording, text);
        assert_eq!(pairs(&mut analyzer, text), ["human, rights,", "rights, a", "a b"]);
        assert_eq!(pairs(&mut analyzer, "human, rights"), ["human rights"], "another text is analysed again");
        // A recording stopped halfway is not taken.
        let mut stream = recording.token_stream(text);
        assert!(stream.advance());
        drop(stream);
        assert_eq!(pairs(&mut analyzer, text), ["human rights", "rights a", "a b"]);
        // Nor one numbered by another list of words.
        static OTHER: std::sync::LazyLock<FrequentWords> =
            std::sync::LazyLock::new(|| FrequentWords::new("human,\nrights,", |word| vec![word.to_string()]));
        let mut other = TextAnalyzer::builder(WhitespaceTokenizer::default()).filter(RecordWords::new(&OTHER)).build();
        tokens(&mut other, text);
        assert_eq!(pairs(&mut analyzer, text), ["human rights", "rights a", "a b"]);
    }

    /// The pairs of words given with their positions, sorted.
    fn given(words: &[(usize, &str)]) -> Vec<String> {
        let mut out = Vec::new();
        pair_up(words, |first, second| out.push(format!("{first} {second}")));
        out.sort();
        out
    }

    #[test]
    fn words_sharing_a_position_pair_with_each_neighbour_and_gaps_break_pairs() {
        // A compound and its part at position 1, a word dropped at 3.
        let found = given(&[(0, "der"), (1, "sicherheitsrat"), (1, "rat"), (2, "tagt"), (4, "heute")]);
        assert_eq!(found, ["der rat", "der sicherheitsrat", "rat tagt", "sicherheitsrat tagt"]);
    }

    #[test]
    fn a_pair_repeated_at_one_position_counts_as_the_phrase_scorer_does() {
        // "a" twice at 0 and once at 1: the phrase "a a" matches once there.
        assert_eq!(given(&[(0, "a"), (0, "a"), (1, "a")]), ["a a"]);
        assert_eq!(given(&[(0, "a"), (0, "a"), (1, "a"), (1, "a")]), ["a a", "a a"]);
        assert_eq!(given(&[(0, "a"), (0, "b"), (1, "a"), (1, "a")]), ["a a", "b a"]);
    }
}
