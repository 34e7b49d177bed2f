//! Word lists the attribution rules look words up in: reporting verbs and
//! nouns, pronouns, determiners, prepositions, role nouns and titles, for
//! German and English.
//!
//! Every entry is lowercase; lookups lowercase the word first.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use hashbrown::HashTable;

use super::mention::WordList;

/// What a word can be, as bit flags: a word may be several things at once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tags(u64);

impl Tags {
    /// A reporting verb form that is a cue on its own (`sagte`, `said`).
    pub const CUE: Tags = Tags(1);
    /// A reporting verb that is a cue only with its particle later in the
    /// clause (`teilte … mit`).
    pub const SEPARABLE: Tags = Tags(1 << 1);
    /// A preposition that introduces the source (`laut`, `according`).
    pub const SOURCE_PREP: Tags = Tags(1 << 2);
    /// A postposition after the source (`zufolge`).
    pub const SOURCE_POSTP: Tags = Tags(1 << 3);
    pub const DETERMINER: Tags = Tags(1 << 4);
    pub const PREPOSITION: Tags = Tags(1 << 5);
    pub const PRONOUN_MALE: Tags = Tags(1 << 6);
    pub const PRONOUN_FEMALE: Tags = Tags(1 << 7);
    pub const PRONOUN_PLURAL: Tags = Tags(1 << 8);
    /// Adverbs and particles that never belong to a speaker's name.
    pub const ADVERB: Tags = Tags(1 << 9);
    /// Conjunctions that open a reported clause (`dass`, `that`, `ob`).
    pub const COMPLEMENTIZER: Tags = Tags(1 << 10);
    /// Words that mark reported speech (Konjunktiv I and II: `sei`, `habe`, `würden`).
    pub const SUBJUNCTIVE: Tags = Tags(1 << 11);
    /// A title or role word (`Minister`, `Präsident`, `Mr.`).
    pub const ROLE: Tags = Tags(1 << 12);
    /// Abbreviations whose period does not end a sentence.
    pub const ABBREVIATION: Tags = Tags(1 << 13);
    pub const MONTH: Tags = Tags(1 << 14);
    /// Auxiliaries and modals that can stand between a speaker and a cue.
    pub const AUXILIARY: Tags = Tags(1 << 15);
    /// Nouns that name a body that speaks (`Ministerium`, `government`).
    pub const BODY: Tags = Tags(1 << 16);
    /// Female role nouns and first names, for matching pronouns.
    pub const FEMALE: Tags = Tags(1 << 17);
    /// Male role nouns and first names.
    pub const MALE: Tags = Tags(1 << 18);
    /// A conjunction that joins clauses or names (`und`, `and`, `aber`).
    pub const CONJUNCTION: Tags = Tags(1 << 19);
    /// A pronoun or demonstrative that refers back to earlier text (`dies`, `this`).
    pub const ANAPHOR: Tags = Tags(1 << 20);
    /// A noun that names speech (`Angaben`, `Worten`, `Ansicht`) after `nach`.
    pub const SPEECH_NOUN: Tags = Tags(1 << 21);
    /// A verb form other than a cue: ends a speaker's noun phrase.
    pub const VERB: Tags = Tags(1 << 22);
    /// Days of the week and other time words that adverbials are made of.
    pub const TIME: Tags = Tags(1 << 23);
    /// A modal that reports what others say (`soll`: "he is said to").
    pub const REPORTATIVE: Tags = Tags(1 << 24);
    /// A capital or other place that speaks for its government ("Moskau
    /// erklärte"), but in a headline "Berlin: …" only says where.
    pub const PLACE: Tags = Tags(1 << 25);
    /// A word that stands for the source just named (`demnach`, `wonach`).
    pub const SOURCE_ANAPHOR: Tags = Tags(1 << 26);
    /// A verb that attributes with an impersonal `es` (`heißt es`).
    pub const IMPERSONAL_CUE: Tags = Tags(1 << 27);
    /// A reporting verb whose object is itself what was said ("sprach von
    /// einem Erfolg", "forderte Neuwahlen"), unlike "bestätigte den Vorfall".
    pub const SPEECH_ACT: Tags = Tags(1 << 28);
    /// A German determiner that is never nominative: its phrase is not the
    /// subject ("den Vorwurf wies er zurück").
    pub const OBLIQUE: Tags = Tags(1 << 29);
    /// An English reporting verb that can precede its subject ("said X").
    pub const INVERTIBLE: Tags = Tags(1 << 30);
    /// A word that opens a German relative or subordinate clause, whose verb
    /// comes last.
    pub const SUBORDINATOR: Tags = Tags(1 << 31);
    /// A Konjunktiv I form ("sei", "habe", "gebe"), which only reported
    /// speech uses, unlike the conditional Konjunktiv II ("wäre", "würde").
    pub const REPORTED_MOOD: Tags = Tags(1 << 32);
    /// A German word that opens a sentence capitalised but never a name:
    /// greetings, quantifiers, interrogatives ("Vielen Dank", "Liebe
    /// Kolleginnen", "Wer Terrorismus bekämpft").
    pub const NO_NAME: Tags = Tags(1 << 33);
    /// A word after which an English cue means no speaking ("think tank",
    /// "showed up"): only the tokenizer reads it, to look no further for
    /// the rest of the words.
    pub const ENDS_CUE: Tags = Tags(1 << 34);
    /// An English word that starts a rule of its own ("asked", "seemed",
    /// "reportedly"): only the tokenizer reads it, to list where such words
    /// stand, so that the rules need not read every word of a sentence.
    pub const KEY_WORD: Tags = Tags(1 << 35);
    /// The tags only the tokenizer reads: no token and no other look-up
    /// carries them.
    pub const TOKENIZER_ONLY: Tags = Tags(Tags::ENDS_CUE.0 | Tags::KEY_WORD.0);
    /// A word that is a cue or may open a source, whatever the sentence.
    pub const MAY_CUE: Tags = Tags(Tags::SOURCE_PREP.0 | Tags::SOURCE_POSTP.0 | Tags::CUE.0 | Tags::SEPARABLE.0);

    pub const PRONOUN: Tags = Tags(Tags::PRONOUN_MALE.0 | Tags::PRONOUN_FEMALE.0 | Tags::PRONOUN_PLURAL.0);
    /// What marks a German clause as reported: the Konjunktiv, or hearsay "soll".
    pub const REPORT_MARKERS: Tags = Tags(Tags::REPORTED_MOOD.0 | Tags::SUBJUNCTIVE.0 | Tags::REPORTATIVE.0);

    pub fn has(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl std::ops::BitOr for Tags {
    type Output = Tags;
    fn bitor(self, other: Tags) -> Tags {
        Tags(self.0 | other.0)
    }
}

impl std::ops::BitAnd for Tags {
    type Output = Tags;
    fn bitand(self, other: Tags) -> Tags {
        Tags(self.0 & other.0)
    }
}

impl std::ops::Not for Tags {
    type Output = Tags;
    fn not(self) -> Tags {
        Tags(!self.0)
    }
}

impl std::ops::BitOrAssign for Tags {
    fn bitor_assign(&mut self, other: Tags) {
        self.0 |= other.0;
    }
}

/// A map with a multiply-rotate hash: every word of every article is
/// looked up, and the keys are short and not chosen by an adversary.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The hash of `FastMap`, in the manner of rustc's FxHasher.
#[derive(Default)]
struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        // The last up to seven bytes in one step, read as two overlapping
        // halves or three single bytes: a byte at a time was a tenth of the
        // tagger, and most words are shorter than eight bytes.
        let rest = chunks.remainder();
        let n = rest.len();
        let word = match n {
            0 => return,
            1..4 => u64::from(rest[0]) << 16 | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]),
            _ => {
                let head = u32::from_le_bytes(rest[..4].try_into().unwrap_or_default());
                let tail = u32::from_le_bytes(rest[n - 4..].try_into().unwrap_or_default());
                u64::from(head) << 32 | u64::from(tail)
            }
        };
        self.mix(word | (n as u64) << 59);
    }

    fn write_u8(&mut self, byte: u8) {
        self.mix(u64::from(byte));
    }

    fn write_u32(&mut self, value: u32) {
        self.mix(u64::from(value));
    }

    fn write_usize(&mut self, value: usize) {
        self.mix(value as u64);
    }

    // The table takes its bucket from the low bits and its tag byte from the
    // top seven; after a multiply the high bits are well mixed and the low
    // ones are the low bits of the word (its last letter), which crowded
    // words into the same buckets. The rotation is rustc-hash's.
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// Every listed word with its tags, looked up once for every word of every
/// article.
///
/// A `HashMap::get` is generic, and whether the compiler inlined it into the
/// tokenizer changed from build to build (28 M instructions apart on the
/// speeches); here the one hash and probe sit in a function of their own.
#[derive(Default)]
struct WordTags(HashTable<Listed>);

/// A listed word as the table holds it: its first eight bytes in ASCII
/// lowercase as one number, which a word of up to eight bytes (most) is
/// told by in one comparison. Comparing the text, in a closure the compiler
/// left out of line, was some 40 instructions a found word.
struct Listed {
    head: u64,
    len: usize,
    word: &'static str,
    tags: Tags,
}

/// `byte` in each of the eight bytes of a number.
const fn each_byte(byte: u8) -> u64 {
    byte as u64 * 0x0101_0101_0101_0101
}

/// The first up to eight bytes of `word` as a little-endian number, zero past
/// its end: a word of up to three bytes read as three bytes, of four to seven
/// as two overlapping halves, so that no read goes past the word.
#[inline(always)]
fn word_head(word: &[u8]) -> u64 {
    let n = word.len();
    match n {
        0 => 0,
        1..4 => u64::from(word[0]) | u64::from(word[n / 2]) << (8 * (n / 2)) | u64::from(word[n - 1]) << (8 * (n - 1)),
        4..8 => {
            let first = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
            let last = u32::from_le_bytes([word[n - 4], word[n - 3], word[n - 2], word[n - 1]]);
            u64::from(first) | u64::from(last) << (8 * (n - 4))
        }
        _ => u64::from_le_bytes([word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7]]),
    }
}

/// What the lexicon's table looks a word up by: its first eight bytes in
/// ASCII lowercase as one number (its head, zero past a shorter word's end)
/// and the hash of its lowercase. The tokenizer makes most words' keys from
/// the bytes it read to find their ends ([`WordKey::of_head`],
/// [`WordKey::of_head_and_rest`]), any other with [`WordKey::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordKey {
    head: u64,
    hash: u64,
}

impl WordKey {
    /// The key of any word.
    #[inline(always)]
    pub(crate) fn of(word: &[u8]) -> WordKey {
        let head = ascii_lowercase(word_head(word));
        WordKey { head, hash: WordTags::hash(head, word) }
    }

    /// The key of a word of up to eight bytes from its head in lowercase.
    #[inline(always)]
    pub(crate) fn of_head(head: u64) -> WordKey {
        let mut hasher = WordHasher::default();
        hasher.mix(head);
        WordKey { head, hash: hasher.finish() }
    }

    /// The key of an ASCII word of nine to fifteen bytes from its head in
    /// lowercase and its other bytes as they stand (`rest_len` of them, zero
    /// above): what [`WordTags::mix_tail`] mixes in for such a word.
    #[inline(always)]
    pub(crate) fn of_head_and_rest(head: u64, rest: u64, rest_len: usize) -> WordKey {
        debug_assert!((1..8).contains(&rest_len) && rest >> (8 * rest_len) == 0);
        let mut hasher = WordHasher::default();
        hasher.mix(head);
        hasher.mix(tail_block(rest, rest_len));
        WordKey { head, hash: hasher.finish() }
    }
}

/// What the hash mixes in for the last bytes of a word past its blocks of
/// eight: those `len` bytes (`rest`, zero above them) with bit 5 set in each
/// byte, and their count in the top bits, so that words that differ only in
/// length hash apart.
#[inline(always)]
fn tail_block(rest: u64, len: usize) -> u64 {
    debug_assert!((1..8).contains(&len));
    rest | each_byte(0x20) | (len as u64) << 59
}

/// `head` with each of its bytes as `u8::to_ascii_lowercase` gives it.
#[inline(always)]
fn ascii_lowercase(head: u64) -> u64 {
    // For bytes below 128, adding 128 - 'A' sets bit 7 where a byte is at
    // least 'A', adding 127 - 'Z' where it is over 'Z'; no sum carries into
    // the next byte. Bit 7 moved to bit 5 lowercases the letter.
    let low = head & each_byte(0x7f);
    let upper = (low + each_byte(0x80 - b'A')) & !(low + each_byte(0x7f - b'Z')) & !head & each_byte(0x80);
    head | upper >> 2
}

impl WordTags {
    /// The hash of a word from its lowercase head and its bytes past the
    /// head, with bit 5 of every such byte set: what lowercases an ASCII
    /// letter and leaves digits, hyphens and apostrophes as they are, so that
    /// a word hashes as its lowercase. A word of up to eight bytes (most) is
    /// its head alone, whose zero bytes past the word tell its length.
    #[inline(always)]
    fn hash(lower_head: u64, word: &[u8]) -> u64 {
        let mut hasher = WordHasher::default();
        hasher.mix(lower_head);
        if word.len() > 8 {
            Self::mix_tail(&mut hasher, word);
        }
        hasher.finish()
    }

    /// Mixes in the bytes of a word past its first eight.
    #[inline(never)]
    fn mix_tail(hasher: &mut WordHasher, word: &[u8]) {
        const FOLD: u64 = each_byte(0x20);
        let n = word.len();
        debug_assert!(n > 8);
        let mut chunks = word[8..].chunks_exact(8);
        for chunk in &mut chunks {
            hasher.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()) | FOLD);
        }
        let rest = chunks.remainder().len();
        if rest > 0 {
            // The word's last eight bytes, shifted to keep the rest alone.
            let last = u64::from_le_bytes(word[n - 8..].try_into().unwrap_or_default()) >> (8 * (8 - rest));
            hasher.mix(tail_block(last, rest));
        }
    }

    /// Adds `tags` to the word's tags.
    fn add(&mut self, word: &'static str, tags: Tags) {
        let bytes = word.as_bytes();
        let WordKey { head, hash } = WordKey::of(bytes);
        let rehash = |listed: &Listed| Self::hash(listed.head, listed.word.as_bytes());
        let entry = self.0.entry(hash, |listed| listed.word == word, rehash);
        let new = Listed { head, len: bytes.len(), word, tags: Tags::default() };
        entry.or_insert(new).get_mut().tags |= tags;
    }

    /// The tags of a word in lowercase, or of an ASCII word in any case.
    // Inline in the tokenizer, whichever codegen unit each lands in: called,
    // its register saves and restores were 15 M instructions on the speeches.
    #[inline(always)]
    fn get(&self, word: &[u8]) -> Tags {
        self.get_by_key(word, WordKey::of(word))
    }

    /// [`WordTags::get`] with the word's key already made.
    #[inline(always)]
    fn get_by_key(&self, word: &[u8], key: WordKey) -> Tags {
        debug_assert_eq!(key, WordKey::of(word));
        let WordKey { head, hash } = key;
        // `eq_ignore_ascii_case` of the word and a listed one: the heads
        // compared lowercase, and past them, in a long word, the rest.
        let same = |listed: &Listed| {
            listed.head == head
                && listed.len == word.len()
                && (word.len() <= 8 || same_tail(listed.word.as_bytes(), word))
        };
        let found = self.0.find(hash, same);
        found.map_or(Tags::default(), |listed| listed.tags)
    }
}

/// True when two words of one length agree past their first eight bytes in
/// any ASCII case.
#[inline(never)]
fn same_tail(listed: &[u8], word: &[u8]) -> bool {
    listed[8..].eq_ignore_ascii_case(&word[8..])
}

/// True when `word` ends in `suffix`, in any ASCII case.
fn ends_with_folded(word: &[u8], suffix: &[u8]) -> bool {
    word.len() >= suffix.len() && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// `word` without `suffix` at its end, in any ASCII case.
fn strip_folded<'w>(word: &'w [u8], suffix: &[u8]) -> Option<&'w [u8]> {
    ends_with_folded(word, suffix).then(|| &word[..word.len() - suffix.len()])
}

/// German nouns for people who hold no office, as the gold's speakers
/// show them ("Der Student", "Die Bewohner des Dorfes", "Augenzeugen").
const GERMAN_PERSON_NOUNS: &[&str] = &[
    "student",
    "studentin",
    "studenten",
    "bewohner",
    "bewohnerin",
    "anwohner",
    "anwohnerin",
    "einwohner",
    "beobachter",
    "beobachterin",
    "kritiker",
    "kritikerin",
    "augenzeuge",
    "augenzeugin",
    "augenzeugen",
    "zeuge",
    "zeugin",
    "zeugen",
    "demonstrant",
    "demonstrantin",
    "demonstranten",
    "teilnehmer",
    "teilnehmerin",
    "passant",
    "passantin",
    "passanten",
    "arzt",
    "ärztin",
    "ärzte",
    "polizist",
    "polizistin",
    "polizisten",
    "soldat",
    "soldatin",
    "soldaten",
    "experten",
    "meteorologe",
    "meteorologin",
    "meteorologen",
    "initiator",
    "initiatorin",
    "initiatoren",
    "datenschützer",
    "schüler",
    "schülerin",
    "lehrer",
    "lehrerin",
    "mediziner",
    "medizinerin",
    "sänger",
    "sängerin",
];

/// The English cues that a following word turns into a noun or a verb of no
/// speaking ("the think tank Third Way", "Lenz showed up", "Lenz reported
/// from Harbor City", "adding to her lead", "continued to climb", "won 30
/// pledged delegates", "a talk show host").
pub const NO_SPEECH_BEFORE: [(&str, &[&str]); 13] = [
    ("tank", &["think"]),
    ("tanks", &["think"]),
    ("up", &["show", "shows", "showed"]),
    ("from", &["reported"]),
    ("to", &["added", "adding", "continued"]),
    ("delegate", &["pledged"]),
    ("delegates", &["pledged"]),
    ("host", &["show", "shows"]),
    ("hosts", &["show", "shows"]),
    ("itself", &["found", "finds"]),
    ("himself", &["found", "finds"]),
    ("herself", &["found", "finds"]),
    ("themselves", &["found", "finds"]),
];

/// One language's word lists.
pub struct Lexicon {
    tags: WordTags,
    /// For separable verbs: the particles that complete each form.
    particles: FastMap<&'static str, &'static [&'static str]>,
    /// Endings of compound nouns that give them their head's tags
    /// (`Außenminister` ends in `minister`, `Polizeiangaben` in `angaben`).
    suffixes: SuffixIndex,
    /// Nouns take a genitive `-s` or `-es` (German), to strip before the
    /// endings are looked up.
    genitive_s: bool,
    /// Ordinals are written as a number with a period (German "3. Liga"),
    /// which then ends no sentence.
    ordinal_period: bool,
    /// The press sets a sentence of its own in parentheses after another's
    /// end ("… in March. (The firm declined to comment.) Its rival …").
    parenthesised_sentences: bool,
}

/// Word endings with their tags, indexed by their last three bytes so that
/// a lookup tests only the endings that can match.
#[derive(Default)]
struct SuffixIndex {
    by_tail: FastMap<u32, Vec<(&'static str, Tags)>>,
    /// One bit per hash of a tail in `by_tail`: most words end in no listed
    /// ending, and a bit tells so without a map lookup.
    filter: [u64; FILTER_WORDS],
}

const FILTER_WORDS: usize = 32;

/// The bit of a tail in `SuffixIndex::filter`.
fn filter_bit(tail: u32) -> (usize, u64) {
    let hash = u64::from(tail).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52;
    ((hash >> 6) as usize % FILTER_WORDS, 1 << (hash & 63))
}

impl SuffixIndex {
    fn insert(&mut self, suffix: &'static str, tags: Tags) {
        if let Some(tail) = tail(suffix.as_bytes()) {
            self.by_tail.entry(tail).or_default().push((suffix, tags));
            let (word, bit) = filter_bit(tail);
            self.filter[word] |= bit;
        }
    }

    /// The tags of every ending `lower` has. Role endings count only inside
    /// a compound: `minister` itself is in the word list.
    // The filter inline, where most words stop; the map out of line.
    #[inline(always)]
    fn tags(&self, lower: &[u8]) -> Tags {
        let Some(tail) = tail(lower) else {
            return Tags::default();
        };
        let (word, bit) = filter_bit(tail);
        if self.filter[word] & bit == 0 {
            return Tags::default();
        }
        self.listed_tags(lower, tail)
    }

    /// True when `lower` is itself one of the role endings ("ermittler",
    /// "vertreterin"), which `tags` counts only inside a compound.
    fn is_whole_role(&self, lower: &[u8]) -> bool {
        let Some(candidates) = tail(lower).and_then(|tail| self.by_tail.get(&tail)) else {
            return false;
        };
        candidates.iter().any(|&(suffix, tags)| tags.has(Tags::ROLE) && suffix.as_bytes().eq_ignore_ascii_case(lower))
    }

    #[inline(never)]
    fn listed_tags(&self, lower: &[u8], tail: u32) -> Tags {
        let mut tags = Tags::default();
        let Some(candidates) = self.by_tail.get(&tail) else {
            return tags;
        };
        for &(suffix, suffix_tags) in candidates {
            if ends_with_folded(lower, suffix.as_bytes())
                && (lower.len() > suffix.len() || !suffix_tags.has(Tags::ROLE))
            {
                tags |= suffix_tags;
            }
        }
        tags
    }
}

/// The last three bytes of a word, as a number, with bit 5 set in each:
/// an ASCII word's tail is its lowercase tail.
fn tail(bytes: &[u8]) -> Option<u32> {
    let start = bytes.len().checked_sub(3)?;
    let tail = u32::from(bytes[start]) << 16 | u32::from(bytes[start + 1]) << 8 | u32::from(bytes[start + 2]);
    Some(tail | 0x20_2020)
}

impl Lexicon {
    /// The lexicon for a language code; English is the fallback.
    pub fn for_language(lang: &str) -> &'static Lexicon {
        match lang {
            "de" => &GERMAN,
            _ => &ENGLISH,
        }
    }

    /// The tags of a word already in lowercase.
    pub fn tags(&self, lower: &str) -> Tags {
        self.word_tags(lower.as_bytes()) & !Tags::TOKENIZER_ONLY
    }

    /// The tags of a word in lowercase, or of an ASCII word in any case: the
    /// tokenizer then looks up the word as it stands, where copying it in
    /// lowercase a byte at a time was a third of its work.
    // Inline in the tokenizer, its one caller, whichever codegen unit each
    // lands in: called out of line, it cost 27 M more instructions on the
    // speeches, and a mere `#[inline]` was not always followed.
    #[inline(always)]
    pub fn word_tags(&self, lower: &[u8]) -> Tags {
        self.word_tags_by_key(lower, WordKey::of(lower))
    }

    /// [`Lexicon::word_tags`] with the word's key already made: the
    /// tokenizer makes most words' keys from the bytes it read to find their
    /// ends.
    #[inline(always)]
    pub(crate) fn word_tags_by_key(&self, lower: &[u8], key: WordKey) -> Tags {
        let tags = self.tags.get_by_key(lower, key);
        let function_word = Tags::ADVERB
            | Tags::DETERMINER
            | Tags::PREPOSITION
            | Tags::CONJUNCTION
            | Tags::COMPLEMENTIZER
            | Tags::PRONOUN
            | Tags::AUXILIARY;
        // "insgesamt" does not end in the body noun "Amt".
        if tags.has(Tags::ROLE | Tags::BODY | function_word) {
            return tags;
        }
        // Compound endings are at least three letters and the compounds
        // longer; short words are in the lists or nothing.
        if lower.len() < 5 {
            return tags;
        }
        let mut from_suffix = self.suffixes.tags(lower);
        if from_suffix.is_empty() && self.genitive_s && lower.len() > 5 {
            // The genitive: "Gesundheitsministeriums", "Verbandes".
            let stem = strip_folded(lower, b"es").filter(|stem| !ends_with_folded(stem, b"e"));
            from_suffix = stem.or_else(|| strip_folded(lower, b"s")).map_or(Tags::default(), |stem| {
                let listed = self.tags.get(stem) & (Tags::ROLE | Tags::BODY);
                listed | self.suffixes.tags(stem) & !Tags::SPEECH_NOUN
            });
        }
        if from_suffix.has(Tags::ROLE) && (ends_with_folded(lower, b"in") || ends_with_folded(lower, b"innen")) {
            return tags | from_suffix | Tags::FEMALE;
        }
        tags | from_suffix
    }

    /// A German role word in the genitive cut to the nominative a list of
    /// offices gives it ("Sprechers" is "Sprecher", "Papstes" "Papst"), when
    /// the lexicon knows it as a role only through its stem. A word that is
    /// a role as it stands keeps every letter ("Präsident", "Präses"),
    /// unless it is a weak noun's other case, which ends in "-n" where the
    /// nominative does not ("des Bankpräsidenten" is a "Bankpräsident",
    /// "des CSU-Vorsitzenden" a "CSU-Vorsitzende"). A form of address is
    /// kept: "Kollegen" is mostly the plural ("liebe Kolleginnen und
    /// Kollegen").
    pub fn role_in_nominative<'w>(&self, word: &'w str) -> Option<&'w str> {
        if !self.genitive_s {
            return None;
        }
        let lower = word.to_lowercase();
        let is_role = |w: &[u8]| self.tags.get(w).has(Tags::ROLE) || self.suffixes.tags(w).has(Tags::ROLE);
        if crate::speaker::is_form_of_address(word) {
            return None;
        }
        let after_e = strip_folded(lower.as_bytes(), b"n").filter(|stem| ends_with_folded(stem, b"e"));
        let after_consonant = || strip_folded(lower.as_bytes(), b"en").filter(|stem| !ends_with_folded(stem, b"e"));
        if let Some(weak) =
            after_e.filter(|stem| is_role(stem)).or_else(|| after_consonant().filter(|stem| is_role(stem)))
        {
            return word.get(..weak.len());
        }
        if is_role(lower.as_bytes()) {
            return None;
        }
        // "-es" only after a consonant: "Papstes", not "Experte" + "s".
        let long = strip_folded(lower.as_bytes(), b"es").filter(|stem| !ends_with_folded(stem, b"e"));
        let ending = match long {
            Some(stem) if is_role(stem) => 2,
            _ => strip_folded(lower.as_bytes(), b"s").filter(|stem| is_role(stem)).map(|_| 1)?,
        };
        word.get(..word.len() - ending)
    }

    /// True when a German word in lowercase names a person or a group of
    /// people: a role word, a role ending standing alone ("Ermittler",
    /// "Journalisten"), or a noun for people that holds no office
    /// ("Student", "Augenzeugen"). Such a noun names no role in a name, so
    /// only the test whether a phrase can speak reads it.
    pub fn is_person_noun(&self, lower: &str) -> bool {
        let bytes = lower.as_bytes();
        // The plural and the oblique forms: "Journalisten", "Beamten".
        let stems = [Some(bytes), strip_folded(bytes, b"en"), strip_folded(bytes, b"n")];
        self.tags(lower).has(Tags::ROLE)
            || stems.into_iter().flatten().any(|stem| self.suffixes.is_whole_role(stem))
            || GERMAN_PERSON_NOUNS.contains(&lower)
    }

    /// True when a number followed by a period may be an ordinal.
    pub fn ordinal_period(&self) -> bool {
        self.ordinal_period
    }

    /// True when a sentence may open with a parenthesis after a period, or
    /// end with one after its own.
    pub fn parenthesised_sentences(&self) -> bool {
        self.parenthesised_sentences
    }

    /// The particles a separable verb form needs, if it is one.
    pub fn particles(&self, lower: &str) -> &'static [&'static str] {
        self.particles.get(lower).copied().unwrap_or(&[])
    }
}

fn build(
    lists: &[(Tags, &'static str)],
    separable: &[(&'static [&'static str], &'static [&'static str])],
    suffix_lists: &[(Tags, &'static str)],
    genitive_s: bool,
    ordinal_period: bool,
    parenthesised_sentences: bool,
) -> Lexicon {
    // Room for twice the words: in a table half full, a probe seldom meets
    // another word whose hash shares its tag byte.
    let words: usize = lists.iter().map(|(_, words)| words.split_whitespace().count()).sum();
    let mut tags = WordTags(HashTable::with_capacity(2 * words));
    for (tag, words) in lists {
        for word in words.split_whitespace() {
            tags.add(word, *tag);
        }
    }
    // In both languages, as the tokenizer tests them in both.
    for (word, _) in NO_SPEECH_BEFORE {
        tags.add(word, Tags::ENDS_CUE);
    }
    let mut particles = FastMap::default();
    for (forms, parts) in separable {
        for form in *forms {
            tags.add(form, Tags::SEPARABLE);
            particles.insert(*form, *parts);
        }
    }
    let mut suffixes = SuffixIndex::default();
    for (tag, words) in suffix_lists {
        for word in words.split_whitespace() {
            suffixes.insert(word, *tag);
        }
    }
    Lexicon { tags, particles, suffixes, genitive_s, ordinal_period, parenthesised_sentences }
}

static GERMAN: LazyLock<Lexicon> = LazyLock::new(|| {
    build(
        &[
            (
                Tags::CUE,
                "sagte sagten sagt sagen gesagt sage sagend erklärte erklärten erklärt erkläre \
                 betonte betonten betont betone bekräftigte bekräftigt unterstrich unterstreicht \
                 bestätigte bestätigten bestätigt berichtete berichteten berichtet meinte meinten meint \
                 forderte forderten fordert gefordert kritisierte kritisierten kritisiert warnte warnten warnt gewarnt \
                 mahnte mahnt versicherte versichert beteuerte beteuert behauptete behaupteten behauptet \
                 verkündete verkündet schrieb schrieben schreibt geschrieben twitterte twittert antwortete antwortet \
                 entgegnete entgegnet erwiderte erwidert ergänzte ergänzt bemängelte bemängelt beklagte beklagt \
                 bedauerte bedauert bezeichnete bezeichneten bezeichnet nannte nannten nennt genannt \
                 kommentierte kommentiert meldete meldeten meldet gemeldet mitgeteilt angekündigt bekanntgegeben \
                 hinzugefügt eingeräumt festgestellt klargestellt ausgeführt hervorgehoben erläuterte erläutert \
                 argumentierte argumentiert bestritt bestreitet bestritten dementierte dementiert zurückgewiesen \
                 appellierte appelliert verlangte verlangt verlangten drohte droht befürchtete befürchtet fürchtet \
                 erinnerte erinnert bemerkte bemerkt konstatierte konstatiert resümierte urteilte begründete \
                 begründet verteidigte verteidigt lobte lobt verurteilte verurteilt monierte moniert rügte rügt \
                 räumte vermutete vermutet schätzte schätzt glaubt glaubte hofft hoffte sprach spricht \
                 unterstrichen beklagten verwies verweist vorgeworfen beschrieb beschreibt zitierte zitiert \
                 ankündigte mitteilte bekanntgab hinzufügte einräumte feststellte klarstellte ausführte \
                 ergänzten kritisieren fordern erklären betonen warnen mitteilten \
                 äußerte äußerten äußert geäußert aufgefordert beschuldigt beschuldigte beschuldigten \
                 lautete würdigte würdigt würdigten befürchten befürchtete befürchteten beschloss \
                 beschlossen beschließt empfahl empfiehlt empfahlen empfohlen fragte fragten versprach \
                 verspricht versprachen versprochen erhofft erhoffte skandierten skandierte plädierte \
                 plädiert plädierten vorwarf vorwarfen vorwerfen feststellt feststellten hingewiesen \
                 zugesagt verwiesen vermuten vermuteten erzählte erzählt schilderte schildert begrüßte \
                 begrüßten begrüßt verglich bezweifelte bezweifelt bezweifeln prognostizierte \
                 prognostiziert bekräftigten sprachen sprechen appellierten meinen hoffen hofften \
                 fürchten fürchtete fürchteten kommentierten antworteten verurteilten lobten drohten \
                 mahnten ankündigten berichten verlangen schätzen spekuliert spekulierte spekulieren \
                 aufgerufen entschieden verlautete verlauten bekundete bekundet riet rät rieten vermeldet \
                 vermeldete vermelden beanstandet beanstandete angeregt vorgeschlagen glaubten argumentierten \
                 urteilt urteilten verdächtigt gebeten mitteilt besagt angenommen",
            ),
            (Tags::SOURCE_PREP, "laut gemäß"),
            (Tags::REPORTATIVE, "soll sollen"),
            // The Konjunktiv I of lexical verbs ("Dies bedinge …") reports as
            // "sei" does; forms that are also nouns ("Sorge", "Stelle") are left out.
            (
                Tags::REPORTED_MOOD,
                "sei seien seiest habe werde könne müsse solle wolle dürfe möge gebe liege stehe gehe \
                 komme bleibe wisse sehe lasse halte trage fehle gelte handle handele bestehe brauche \
                 richte funktioniere diene ruhe befinde verfüge beruhe stamme existiere bedeute betreffe \
                 unterstütze gehöre entspreche propagiere \
                 drohe zeige lege vertrage betreibe basiere beschreibe bedinge nehme werfe ändere begründe \
                 übertreibe fühle vorliege führe zähle erscheine besitze ermögliche erlaube verhindere treffe \
                 reagiere gelinge erfolge fordere verliere benötige",
            ),
            (Tags::SOURCE_ANAPHOR, "demnach wonach"),
            (
                Tags::NO_NAME,
                "vielen herzlichen liebe lieber liebes sehr geehrte geehrter geehrten verehrte verehrter \
                 verehrten werte werter wer welche welcher welches jeder jede jedes jeden jedem \
                 solche solcher solches solchen manche mancher manches manchen andere anderen gerade kurze \
                 nächster nächste \
                 sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend hunderte tausende \
                 dutzende zehntausende hunderttausende million millionen milliarde milliarden billion billionen \
                 zahlreiche unzählige unmengen \
                 wenige",
            ),
            (
                Tags::SUBORDINATOR,
                "der die das dem den deren dessen denen welche welcher welches welchem welchen dass daß \
                 ob wenn weil da als nachdem obwohl falls damit wo womit wodurch bevor während sodass",
            ),
            (Tags::IMPERSONAL_CUE, "heißt hieß geheißen"),
            (
                Tags::SPEECH_ACT,
                "sprach sprachen spricht sprechen fordert forderte forderten fordern gefordert verlangte \
                 verlangt verlangten nannte nennt nannten bezeichnete bezeichnet bezeichneten kündigte \
                 kündigt kündigten begründete begründet berichtet berichtete berichten berichteten schreibt \
                 schrieb warnen warnte warnt warnten bestritt bestreitet werfen wirft warf warfen plädiert \
                 plädierte verwies verweist verglich vergleicht empfahl empfiehlt verurteilte",
            ),
            // Speech acts whose object is what was said, for the reported
            // statements the gold marks as a whole sentence ("Die Polizei geht
            // von Suizid aus", "Als Grund wurde ein Defekt genannt"). Kept are
            // the verbs whose whole sentences were mostly gold words on the
            // training articles; "kritisierte", "äußerte", "begrüßte", "gab
            // bekannt", "wies zurück", "lehnte ab" and "vorgeworfen" were not.
            (
                Tags::SPEECH_ACT,
                "bemängelte bemängelt beklagte beklagt beklagten aufgefordert prognostizierte prognostiziert \
                 empfohlen riet rät rieten appellierte appelliert appellierten genannt gewarnt drohte drohten \
                 gedroht vermutet vermutete schätzte schätzt geht gehen ging gingen rief ruft riefen rufen \
                 regte regt regten stufte stuft stuften eingestuft bezifferte beziffert bezifferten \
                 gesprochen angegeben",
            ),
            (Tags::CUE, "bezifferte beziffert bezifferten gedroht eingestuft angegeben gesprochen"),
            (
                Tags::PLACE,
                "moskau washington peking berlin london paris kiew brüssel deutschland österreich schweiz \
                 frankreich italien spanien russland china japan indien iran irak israel syrien türkei \
                 usa amerika großbritannien england polen ukraine nordkorea südkorea afghanistan pakistan \
                 ägypten libyen griechenland niederlande belgien dänemark schweden norwegen finnland \
                 kanada mexiko brasilien argentinien australien europa afrika asien palästina libanon \
                 saudi-arabien venezuela kuba tschechien ungarn rumänien serbien kosovo georgien \
                 weißrussland taiwan thailand indonesien nigeria kenia sudan somalia jemen bayern \
                 sachsen hessen bremen hamburg münchen köln frankfurt wien zürich genf rom madrid",
            ),
            (Tags::SOURCE_POSTP, "zufolge"),
            (
                Tags::SPEECH_NOUN,
                "angaben ansicht auffassung einschätzung meinung aussage aussagen informationen worten \
                 worte feststellung parole parolen satz zitat motto slogan botschaft forderung forderungen \
                 vernehmen \
                 darstellung überzeugung schätzung schätzungen berichten erkenntnissen einschätzungen \
                 planungen ermittlungsstand erkenntnisstand kenntnisstand",
            ),
            (
                Tags::DETERMINER,
                "der die das des dem den ein eine einer eines einem einen dieser diese dieses diesem diesen \
                 jener jene sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere \
                 kein keine mehrere einige viele alle aller beide beiden zwei drei vier fünf",
            ),
            (
                Tags::PREPOSITION,
                "am an auf aus bei beim gegenüber im in mit nach über um unter vom von vor zu zum zur für gegen \
                 durch seit während wegen trotz ohne hinter neben zwischen bis ab inmitten anlässlich \
                 angesichts aufgrund infolge bezüglich hinsichtlich",
            ),
            (Tags::PRONOUN_MALE, "er"),
            (Tags::PRONOUN_FEMALE, "sie"),
            (Tags::PRONOUN_PLURAL, "sie"),
            (
                Tags::ADVERB,
                "auch jedoch aber bereits zudem nun heute gestern morgen damals dabei dazu darüber außerdem \
                 weiter weiterhin ebenfalls allerdings noch schon nicht nur zuvor später erneut zuletzt \
                 inzwischen mittlerweile deshalb daher dennoch trotzdem indes stets wiederholt ausdrücklich \
                 wörtlich vor allem sogar gar laut so etwa rund fast knapp mehr weniger ganz sehr sich \
                 zwar damit entsprechend da dann doch dort hier zunächst anschließend daraufhin \
                 gleichzeitig stattdessen ebenso also insgesamt erst bisher allein offenbar angeblich \
                 vermutlich möglicherweise offensichtlich bislang jetzt nunmehr künftig demnächst \
                 unterdessen darin offiziell hingegen einerseits andererseits",
            ),
            (Tags::COMPLEMENTIZER, "dass daß ob wie weil"),
            (
                Tags::SUBJUNCTIVE,
                "sei seien seiest habe hätten hätte werde würden würde könne könnten müsse müssten solle \
                 sollten wolle dürfe dürften möge gebe gäbe liege stehe gehe komme bleibe wisse sehe \
                 lasse halte trage fehle gelte handle handele bestehe wären wäre brauche müsste \
                 richte funktioniere diene ruhe befinde verfüge beruhe stamme existiere bedeute betreffe \
                 unterstütze gehöre entspreche propagiere befände befänden käme kämen läge lägen stünde \
                 stünden bliebe hielte ließe wüsste fände fänden gälte böten bekäme \
                 drohe zeige lege vertrage betreibe basiere beschreibe bedinge nehme werfe ändere begründe \
                 übertreibe fühle vorliege führe zähle erscheine besitze ermögliche erlaube verhindere treffe \
                 reagiere gelinge erfolge fordere verliere benötige",
            ),
            (
                Tags::ROLE,
                "präsident präsidentin kanzler kanzlerin minister ministerin sprecher sprecherin botschafter \
                 botschafterin chef chefin vorsitzende vorsitzender leiter leiterin direktor direktorin \
                 sekretär generalsekretär abgeordnete abgeordneter senator gouverneur bürgermeister \
                 bürgermeisterin premier premierministerin regierungschef regierungschefin staatschef \
                 könig königin papst vize gesandte gesandter beauftragte beauftragter dr prof herr herrn frau \
                 kollege kollegin \
                 ministerpräsident ministerpräsidentin staatssekretär staatssekretärin kommissar kommissarin \
                 diplomat diplomatin experte expertin anwalt anwältin richter richterin polizeisprecher \
                 trainer trainerin kapitän general oberbefehlshaber kommandeur vizepräsident vizekanzler \
                 dekan dekanin obmann manager managerin ökonom ökonomin kollegen amtskollege amtskollegen \
                 amtskollegin",
            ),
            (
                Tags::FEMALE,
                "frau präsidentin kanzlerin ministerin sprecherin botschafterin chefin leiterin direktorin \
                 bürgermeisterin königin kollegin amtskollegin",
            ),
            (
                Tags::MALE,
                "herr herrn kollege präsident kanzler minister sprecher botschafter chef leiter direktor könig papst",
            ),
            // First names, for the pronouns that refer back to a person.
            (
                Tags::FEMALE,
                "anna maria angela ursula gisela petra sabine claudia monika andrea susanne katrin kathrin \
                 julia renate brigitte christine birgit heike karin barbara elisabeth helga ingrid martina \
                 nicole stefanie annegret annalena manuela hannelore sahra theresa hillary condoleezza \
                 nancy michelle melania elizabeth margaret ségolène helen yulia julija benazir aung \
                 cristina dilma gloria hélène sarah jennifer laura susan mary patricia linda karen emily \
                 emma olivia sophie ayaan rita gabriela gülsen ilse jutta doris marianne bettina katja silke anke \
                 ulrike cornelia kerstin simone tanja nina britta dagmar gabriele beate christiane edelgard ulla \
                 marieluise katharina franziska lisa eva elke marion sylvia kirsten bärbel dorothee ute svenja \
                 daniela nadine sandra anja antje astrid carola gesine luise hanna irene annette inge heidi sonja \
                 yvonne veronika miriam anne kate jane catherine",
            ),
            (
                Tags::MALE,
                "hans peter klaus michael thomas wolfgang jürgen uwe frank stefan andreas markus martin \
                 werner gerhard helmut horst heinz karl josef joschka guido sigmar olaf friedrich franz \
                 walter dieter bernd günter rainer ralf joachim norbert volker christian sebastian matthias \
                 alexander george barack donald john james robert william bill joe mike david richard \
                 nicolas vladimir wladimir sergei sergej dmitri dmitrij boris ali mahmud mahmoud benjamin \
                 ariel ehud jacques françois emmanuel silvio tony gordon jean pierre recep hugo fidel raúl \
                 luiz evo kofi ban morgan felipe toby roland kurt lukas tobias niklas nikolaus johannes jonas \
                 elias julius dennis mathias theo dietmar gregor cem anton niels rolf johann roderich philipp \
                 stephan gernot hartmut hermann ulrich heiko dirk florian jens lars sven axel detlef manfred harald \
                 reinhard rudolf wilhelm hubertus achim jörg sören henning carsten christoph holger jochen oliver \
                 patrick marcus ingo bernhard alois erich marco daniel lothar edmund erwin gerd hubert rüdiger fritz \
                 heinrich georg andrew paul henry charles edward kevin brian steven eric jeff scott ted tom",
            ),
            (
                Tags::BODY,
                "regierung polizei ministerium außenministerium kreml moskau washington peking berlin london paris \
                 kiew brüssel bundesregierung staatsanwaltschaft gericht behörde behörden unternehmen konzern \
                 partei fraktion nato uno eu agentur nachrichtenagentur zeitung kommission verwaltung armee militär \
                 weißes haus bank rat amt senat uni vatikan firma koalition opposition bündnis initiative",
            ),
            (Tags::ABBREVIATION, "dr prof st nr vgl bzw ca evtl ggf sog usw z b u a dt mio mrd abs art hl inkl"),
            (Tags::MONTH, "januar februar märz april mai juni juli august september oktober november dezember jänner"),
            (
                Tags::AUXILIARY,
                "hat hatte haben hatten habe ist war sind waren wird wurde werden wurden soll sollte sollen \
                 will wollte kann konnte könne muss musste",
            ),
            (Tags::CONJUNCTION, "und oder sowie aber doch sondern denn"),
            (
                Tags::TIME,
                "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag morgen abend nachmittag \
                 vormittag wochenende woche jahr monat tag",
            ),
            (Tags::ANAPHOR, "dies das dieses diese darauf hierzu dazu"),
            (
                Tags::OBLIQUE,
                "den dem einem einen des eines diesem diesen jenem jenen seinem seinen ihrem ihren \
                 keinem keinen",
            ),
            (
                Tags::VERB,
                "ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können soll sollen \
                 muss müssen will wollen gibt gab geht ging steht stand liegt lag kommt kam bleibt blieb zeigt \
                 zeigte sieht sah hält hielt macht machte",
            ),
        ],
        &[
            (&["teilte", "teilt", "teilten", "teilen"], &["mit"]),
            (&["geht", "gehen", "ging", "gingen"], &["aus"]),
            (&["regte", "regt", "regten"], &["an"]),
            (&["lehnte", "lehnt", "lehnten", "lehnen"], &["ab"]),
            (&["brachte", "bringt", "brachten"], &["ausdruck"]),
            (&["werfen"], &["vor"]),
            (&["räumten"], &["ein"]),
            (&["kündigen"], &["an"]),
            (&["gab", "gibt", "gaben", "geben"], &["bekannt", "an", "zu", "zurück"]),
            (&["kündigte", "kündigt", "kündigten"], &["an"]),
            (&["wies", "weist", "wiesen", "weisen"], &["hin", "zurück"]),
            (&["räumte", "räumt", "räumen"], &["ein"]),
            (&["stellte", "stellt", "stellten", "stellen"], &["fest", "klar"]),
            (&["führte", "führt", "führten", "führen"], &["aus"]),
            (&["fügte", "fügt", "fügten", "fügen"], &["hinzu", "an"]),
            (&["hob", "hebt", "hoben", "heben"], &["hervor"]),
            (&["rief", "ruft", "riefen", "rufen"], &["auf"]),
            (&["schlug", "schlägt", "schlugen", "schlagen"], &["vor"]),
            (&["warf", "wirft", "warfen"], &["vor"]),
            (&["merkte", "merkt", "merkten"], &["an"]),
            (&["deutete", "deutet", "deuteten"], &["an"]),
            // "Der Beschluss sieht vor, dass …"
            (&["sieht", "sah"], &["vor"]),
            (&["machte", "macht", "machten", "machen"], &["deutlich", "klar", "geltend"]),
            // "hält es für möglich, dass …": the judgement closes the clause.
            (
                &["hielt", "hält", "hielten", "halten"],
                &[
                    "fest",
                    "entgegen",
                    "für möglich",
                    "für wahrscheinlich",
                    "für unwahrscheinlich",
                    "für denkbar",
                    "für ausgeschlossen",
                ],
            ),
            (&["legte", "legt", "legten"], &["dar", "fest"]),
            (&["vertritt", "vertrat", "vertreten", "vertraten"], &["ansicht", "auffassung", "meinung", "position"]),
            // "ist der Meinung, dass …", "ist zuversichtlich, …"
            (
                &["ist", "sind", "war", "waren"],
                &["meinung", "ansicht", "auffassung", "überzeugung", "zuversichtlich", "überzeugt"],
            ),
            // "kam zu dem Ergebnis, dass …", "erteilte der Luftwaffe den Befehl, … zu"
            (&["kam", "kommt", "kamen"], &["ergebnis", "schluss"]),
            (&["erteilte", "erteilt", "erteilten"], &["befehl"]),
            (&["gestand", "gesteht", "gestanden"], &["ein"]),
            (&["sprach", "spricht", "sprachen"], &["aus"]),
            (&["wandte", "wendet", "wandten"], &["ein"]),
            (&["stufte", "stuft", "stuften"], &["ein"]),
            (&["schloss", "schließt", "schlossen"], &["aus"]),
            (
                &["zeigte", "zeigt", "zeigten"],
                &["überzeugt", "zuversichtlich", "besorgt", "optimistisch", "enttäuscht"],
            ),
        ],
        &[
            (
                Tags::ROLE,
                "minister ministerin sprecher sprecherin präsident präsidentin kanzler kanzlerin chef \
             chefin vorsitzende vorsitzender vorsitzenden präsidenten botschafter botschafterin sekretär sekretärin beauftragte \
             beauftragter leiter leiterin direktor direktorin abgeordnete abgeordneter kommissar \
             kommissarin politiker politikerin experte expertin vertreter vertreterin berater beraterin \
             diplomat diplomatin gesandte bischof general anwalt anwältin richter richterin führer \
             führerin manager managerin analyst analystin forscher forscherin wissenschaftler \
             wissenschaftlerin beamte beamter funktionär funktionärin korrespondent korrespondentin \
             reporter reporterin journalist journalistin redakteur redakteurin mitarbeiter mitarbeiterin \
             ermittler ermittlerin geschäftsführer geschäftsführerin intendant intendantin aktivist \
             aktivistin professor professorin ökonom ökonomin dekan dekanin gründer gründerin obmann \
             moderator moderatorin jurist juristin",
            ),
            (
                Tags::BODY,
                "ministerium regierung amt behörde behörden polizei verband partei kommission gericht \
             agentur rat institut bank büro gewerkschaft organisation fraktion staatsanwaltschaft komitee \
             kabinett parlament ausschuss gremium museum universität hochschule stiftung verein vereinigung \
             klinik klinikum krankenhaus feuerwehr konzern unternehmen fluggesellschaft aktiengesellschaft \
             sender hersteller betreiber anbieter veranstalter dienst kammer portal",
            ),
            (
                Tags::SPEECH_NOUN,
                "angaben aussage aussagen bericht berichten berichts meldung meldungen mitteilung informationen \
                 erkenntnissen schätzung schätzungen umfrage studie meinung ergebnis ergebnissen hochrechnung \
                 hochrechnungen prognose statistik analyse untersuchung ermittlungen einschätzung erklärung \
                 untersuchungen mitteilungen erklärungen umfragen prognosen stellungnahme \
                 stellungnahmen vorstellungen berichte darstellung darstellungen berechnung berechnungen \
                 auskunft auskünften",
            ),
        ],
        true,
        true,
        false,
    )
});

/// English verbs of seeming, which PolNeAR annotates as cues without a
/// speaker: in "the plan seemed to stall" the impression is the writer's
/// report of how things look.
pub const SEEMING: [&str; 6] = ["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// "When asked whether …": an English rule of its own.
pub const ASKED: &str = "asked";

/// "X reportedly said …": an English rule of its own.
pub const REPORTEDLY: &str = "reportedly";

/// The English words that start a rule of one word each, besides
/// [`SEEMING`].
const ONE_WORD_RULES: [&str; 2] = [ASKED, REPORTEDLY];

static ENGLISH: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = build(
        &[
            (
                Tags::CUE,
                "said says say saying told tells tell stated added adds noted notes explained explains \
                 argued argues claimed claims insisted insists warned warns announced announces declared declares \
                 reported reports wrote writes tweeted tweets acknowledged acknowledges admitted admits asserted \
                 asserts confirmed confirms denied denies suggested suggests predicted predicts promised promises \
                 vowed vows urged urges contended contends emphasized emphasised stressed \
                 stresses reiterated reiterates responded replied replies answered asked asks recalled recalls \
                 complained complains conceded concedes countered counters estimated estimates cautioned \
                 observed remarked pointed charged charges accused alleged alleges agreed agrees believes \
                 believed thinks thought argue announce admit acknowledge warn claim insist stress explain \
                 testified informed assured boasted lamented predicted signaled signalled indicated indicates \
                 revealed reveals disclosed writing telling adding noting explaining arguing warning \
                 thanking remarking assailed joked defended blasting praises thanked shouted denounced \
                 slams touting decried insisting pledging bemoaned refuses reminded railed blasted blasts \
                 describing stating condemned referenced citing recalling cited touted remembered repeating \
                 rejected expressed praised retweeted endorses cites dismissing blamed questioned \
                 mentioning wondered criticized suggest concluded tweeting describes encouraged ordered \
                 dismissed declined talked hints refused discussed portrayed mocked vowing chanted \
                 reminding declare hoping endorsed acknowledging calling echoed finds described pleaded \
                 accuses denouncing slamming likened invoked attacked referring criticizing voiced \
                 praising suggesting proposing worried asking accusing slammed declaring announcing \
                 mentioned recommended mention pointing showed referred predicting highlighted promising \
                 apologized emailed claiming called shows listed opposed offered questioning discuss \
                 implied deemed hopes urging learned requested criticizes insists \
                 hoped sounded seeks chants challenged portray refusing express discussing distanced \
                 rebuked lashed speculated forecast reveal concludes lambasted balked interjected quoted \
                 commented asserting derided recounted blaming applauded alleging mentions emphasize yelled \
                 considers implying regarded labeled mocking detailing emphasizing pledges \
                 responds sought supported proposed sees oppose nominated praise defending prefer \
                 threatened pressed highlighting describe criticize endorsing welcomed \
                 predict threatening echoing referencing refuse demanding supporting seeking \
                 pushing offering pressing portraying outlining condemning rejecting alluding fearing \
                 expressing admitting chanting protesting stressing mulling congratulating trumpeting \
                 decrying conceding commenting confirming chiding quoting crediting lamenting promoting \
                 found show believe think know knows want wants hope fear fears feared \
                 see saw expect expects expected plans feel feels felt agree view views \
                 posted calls repeated reads pledged supports opposes prefers dismisses blames touts proposes \
                 remembers credited conclude demands believing indicate defends vow cite blast expecting lists \
                 wanted continued chided mused hailed dubbed congratulated articulated rebut tout reaffirmed \
                 protested lauded heralded laments recounts mocks criticised emphasizes quipped hailing \
                 surmised implored exhorted belittled brags reiterating accuse concede hinted bragged opined \
                 boasts outlined mock underscoring highlights complain rejects shouting championed disavow \
                 demanded embraced unveiled ripped bashing pitched instructed answering \
                 disclose affirm ruled sided foresee imagined knocked reprimanded boomed applauding rips revealing \
                 knew retorted exclaimed vouched spoke",
            ),
            (Tags::SOURCE_PREP, "according"),
            (
                Tags::INVERTIBLE,
                "said says added adds asked asks wrote writes explained explains noted notes recalled \
                 continued observed replied answered declared insisted argued remarked warned concluded \
                 cautioned countered responded stated acknowledged admitted tweeted tweets shouted yelled",
            ),
            (
                Tags::DETERMINER,
                "the a an this that these those his her their its our my your some several many two three",
            ),
            (
                Tags::PREPOSITION,
                "on in at to for from with by during after before about over under into onto upon via against \
                 since until amid among through between despite within without toward towards across beyond \
                 throughout",
            ),
            (Tags::PRONOUN_MALE, "he"),
            (Tags::PRONOUN_FEMALE, "she"),
            (Tags::PRONOUN_PLURAL, "they"),
            (
                Tags::ADVERB,
                "also however later earlier previously repeatedly recently then now today yesterday again still \
                 just only even already publicly privately separately further furthermore moreover meanwhile \
                 instead once twice frequently often reportedly allegedly flatly firmly first long ever",
            ),
            (Tags::COMPLEMENTIZER, "that whether if"),
            (
                Tags::ROLE,
                "president minister secretary spokesman spokeswoman spokesperson ambassador senator sen rep \
                 representative gov governor chancellor premier chairman chairwoman chair director mr mrs ms dr \
                 prof gen general deputy foreign prime state white house press chief leader envoy mayor king queen \
                 pope commissioner lawmaker official officials candidate nominee republican democrat democratic \
                 gop speaker leader adviser advisor aide diplomat vice former acting attorney judge justice \
                 lt col sgt capt adm sir lord lady host anchor moderator councilor councillor",
            ),
            (Tags::FEMALE, "mrs ms spokeswoman chairwoman queen lady"),
            (Tags::MALE, "mr spokesman chairman king sir lord"),
            (
                Tags::BODY,
                "government ministry department kremlin white house police agency committee council commission \
                 campaign administration court company office party union embassy nations states assembly \
                 organization organisation republic kingdom federation islands bank fund side sides",
            ),
            (
                Tags::ABBREVIATION,
                "mr mrs ms dr prof st sen rep gov gen lt col sgt capt adm jr sr inc co corp ltd no vs etc jan feb \
                 mar apr jun jul aug sep sept oct nov dec u s e g i rev del fr pres sens reps maj cmdr msgr",
            ),
            (Tags::MONTH, "january february march april may june july august september october november december"),
            (Tags::AUXILIARY, "has had have was were is are will would could can may might should also has"),
            (Tags::CONJUNCTION, "and or but as when while because although though since unless whereas"),
            (
                Tags::TIME,
                "monday tuesday wednesday thursday friday saturday sunday morning evening afternoon night week \
                 weekend today yesterday tonight last earlier later month year",
            ),
            (Tags::ANAPHOR, "this that it"),
            (
                Tags::PLACE,
                "washington moscow beijing london paris kiev brussels america china russia iran iraq \
                 israel syria turkey germany france britain england japan india mexico canada cuba \
                 ukraine europe texas florida ohio iowa california",
            ),
            (
                Tags::VERB,
                "is are was were be been has have had will would can could should may might must do does did \
                 wants wanted made make takes took",
            ),
        ],
        &[],
        &[
            (Tags::ROLE, "spokesman spokeswoman spokesperson minister secretary president"),
            (Tags::BODY, "ministry department government agency office council committee"),
        ],
        false,
        false,
        true,
    );
    for word in SEEMING.iter().chain(&ONE_WORD_RULES) {
        lexicon.tags.add(word, Tags::KEY_WORD);
    }
    lexicon
});

/// English relative pronouns that open a clause about the phrase before
/// them ("Executives who …", "the report, which …", "a firm whose …").
pub const ENGLISH_RELATIVES: [&str; 5] = ["who", "which", "whose", "who’s", "who's"];

/// German conjunctions that open a subordinate clause ("Als die Polizei
/// eintraf, rief er …") or a predicative phrase ("Als Sprecher …"):
/// capitalised at a sentence's start, they look like a name but never
/// begin a speaker's phrase.
pub const CLAUSE_CONJUNCTIONS: [&str; 11] =
    ["als", "wenn", "weil", "nachdem", "obwohl", "falls", "bevor", "während", "sobald", "sodass", "ob"];

/// Words that open an English place, event or institution name but no
/// person's: "New York", "Middle East", "Second World War", "Saudi Arabia".
/// Directions count only here, in front, since "West" and "North" are
/// surnames too.
const NON_PERSON_OPENERS: &[&str] = &[
    "new",
    "south",
    "north",
    "east",
    "west",
    "middle",
    "far",
    "near",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "saudi",
    "sri",
    "latin",
    "united",
    "first",
    "second",
    "third",
    "fourth",
    "millennium",
    "international",
    "universal",
    "world",
    "human",
    "sustainable",
    "caribbean",
    "african",
    "american",
    "european",
    "asian",
    "arab",
    "islamic",
    "supreme",
    "national",
    "special",
    "nuclear",
    "climate",
    "framework",
    "cape",
    "costa",
    "san",
    "saint",
    "sao",
    "rio",
    "el",
    "turkish",
    "external",
    "persian",
    "cold",
    "global",
    "high-level",
    "all",
    "small",
    "open-ended",
    "regional",
    "transnational",
    "increased",
    "non-aligned",
    "friendly",
    "greek",
    "russian",
    "syrian",
    "libyan",
    "great",
    "doha",
    "uruguay",
    "sierra",
    "burkina",
    "gaza",
    "soviet",
];

/// Head words that close an English place, event or institution name:
/// "Millennium Summit", "Papua New Guinea", "Human Development Report".
const NON_PERSON_HEADS: &[&str] = &[
    "janeiro",
    "war",
    "wars",
    "york",
    "zealand",
    "arabia",
    "lanka",
    "africa",
    "asia",
    "america",
    "europe",
    "goals",
    "summit",
    "conference",
    "declaration",
    "report",
    "agreement",
    "plan",
    "treaty",
    "programme",
    "program",
    "movement",
    "community",
    "cypriots",
    "year",
    "meeting",
    "wall",
    "weapons",
    "rights",
    "development",
    "forum",
    "guinea",
    "city",
    "sea",
    "ocean",
    "gulf",
    "region",
    "charter",
    "convention",
    "protocol",
    "accords",
    "initiative",
    "agenda",
    "process",
    "round",
    "group",
    "cooperation",
    "crime",
    "consensus",
    "liberation",
    "cypriot",
    "developing",
    "countries",
    "decade",
    "agreements",
    "assistance",
    "front",
    "empire",
    "heights",
    "lakes",
    "leone",
    "faso",
    "strip",
    "republics",
    "territories",
    "atoll",
];

/// True for an English capitalised run that names a place, event or
/// institution rather than a person, so that "he" never stands for it.
pub fn non_person_name(words: &[&str]) -> bool {
    let opens = words.first().is_some_and(|w| in_lowercase_set(w, &NON_PERSON_OPENER_SET));
    opens || words.last().is_some_and(|w| is_non_person_head(w))
}

/// Room for a word's lowercase on the stack: longer words are rare.
pub(super) type LowercaseBuffer = [u8; 32];

/// `word` in lowercase, as `str::to_lowercase` gives it. An ASCII word that
/// fits is folded into `buffer` rather than a new string: the rules fold
/// each cue verb they look at, 46,000 copies on the gold news.
pub(super) fn lowercase<'b>(word: &'b str, buffer: &'b mut LowercaseBuffer) -> std::borrow::Cow<'b, str> {
    if word.is_ascii()
        && let Some(folded) = buffer.get_mut(..word.len())
    {
        folded.copy_from_slice(word.as_bytes());
        folded.make_ascii_lowercase();
        if let Ok(folded) = std::str::from_utf8(folded) {
            return std::borrow::Cow::Borrowed(folded);
        }
    }
    std::borrow::Cow::Owned(word.to_lowercase())
}

/// True when `word` in lowercase is in `list`, whose words are lowercase
/// ASCII. An ASCII word, as most names are, is compared without folding a
/// copy: the copies cost 11 M instructions on the speeches.
pub(super) fn in_lowercase_list(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        return list.iter().any(|listed| listed.eq_ignore_ascii_case(word));
    }
    list.contains(&word.to_lowercase().as_str())
}

/// [`NON_PERSON_OPENERS`] and [`NON_PERSON_HEADS`] hashed: each is some 70
/// words, which a name compared one by one, 600 instructions a name, and
/// open on too many letters and lengths for a [`WordList`] to rule out.
static NON_PERSON_OPENER_SET: LazyLock<foldhash::HashSet<&str>> =
    LazyLock::new(|| NON_PERSON_OPENERS.iter().copied().collect());
static NON_PERSON_HEAD_SET: LazyLock<foldhash::HashSet<&str>> =
    LazyLock::new(|| NON_PERSON_HEADS.iter().copied().collect());

/// True when `word` in lowercase is in `set`, as [`in_lowercase_list`] tells
/// it for a list: the word lowercased on the stack and looked up once.
fn in_lowercase_set(word: &str, set: &foldhash::HashSet<&str>) -> bool {
    let mut buffer = LowercaseBuffer::default();
    set.contains(lowercase(word, &mut buffer).as_ref())
}

/// [`in_lowercase_list`] for a [`WordList`]: most ASCII words are ruled out
/// by their length and first letter before any listed word is compared (a
/// non-ASCII word's lowercase may differ in length and first letter: "İ").
pub(super) fn in_word_list(word: &str, list: &WordList) -> bool {
    let may_hold = !word.is_ascii() || word.chars().next().is_some_and(|first| list.may_hold(word.len(), first));
    may_hold && in_lowercase_list(word, list.words)
}

/// "Saudi Arabia's": the possessive ending is no part of the head.
fn is_non_person_head(word: &str) -> bool {
    if !word.is_ascii() {
        let lower = word.to_lowercase();
        return NON_PERSON_HEADS.contains(&lower.trim_end_matches("'s").trim_end_matches("’s"));
    }
    let mut head = word;
    while head.len() >= 2 && head.as_bytes()[head.len() - 2..].eq_ignore_ascii_case(b"'s") {
        head = &head[..head.len() - 2];
    }
    in_lowercase_set(head, &NON_PERSON_HEAD_SET)
}

/// Possessive determiners that point a source noun at someone named
/// before ("seiner Meinung nach", "ihren Angaben zufolge", "in his
/// view"), with the gender they require: `Some(true)` female, `Some(false)`
/// male, `None` anyone.
const POSSESSIVES: [(&str, Option<bool>); 21] = [
    ("sein", Some(false)),
    ("seine", Some(false)),
    ("seiner", Some(false)),
    ("seinen", Some(false)),
    ("seinem", Some(false)),
    ("seines", Some(false)),
    ("ihr", Some(true)),
    ("ihre", Some(true)),
    ("ihrer", Some(true)),
    ("ihren", Some(true)),
    ("ihrem", Some(true)),
    ("ihres", Some(true)),
    ("eigene", None),
    ("eigenen", None),
    ("eigener", None),
    ("his", Some(false)),
    ("her", Some(true)),
    ("their", None),
    ("its", None),
    ("own", None),
    ("our", None),
];

/// True for an English title of one hyphenated word ending in "-General"
/// ("Secretary-General", "Director-General"), which the lexicon cannot list
/// as a role word: "General" alone opens "the General Assembly". The word
/// may be broken after its hyphen at a line end ("Secretary-⏎General").
pub fn is_general_title(word: &str) -> bool {
    const GENERAL: &str = "general";
    let Some(office) = word.len().checked_sub(GENERAL.len()).and_then(|split| word.get(..split)) else {
        return false;
    };
    let office = office.trim_end();
    office.len() > 1
        && office.ends_with('-')
        && word.starts_with(char::is_uppercase)
        && word[word.len() - GENERAL.len()..].eq_ignore_ascii_case(GENERAL)
}

/// True for an English title of one hyphenated word: a "-General" title
/// ([`is_general_title`]), or an office with "-elect" or "-designate"
/// ("President-elect", "Minister-designate"), held by someone not yet in it.
pub fn is_hyphenated_title(word: &str) -> bool {
    is_general_title(word) || word.starts_with(char::is_uppercase) && names_office_not_yet_held(word)
}

/// True for an English word of an office with "-elect" or "-designate"
/// ("President-elect", "minister-designate"): held by someone not yet in it.
pub fn names_office_not_yet_held(word: &str) -> bool {
    const NOT_YET: [&str; 2] = ["-elect", "-designate"];
    NOT_YET.into_iter().any(|suffix| {
        word.len() > suffix.len() + 1
            && word.get(word.len() - suffix.len()..).is_some_and(|end| end.eq_ignore_ascii_case(suffix))
    })
}

/// For a possessive determiner in lowercase, the gender of whom it points
/// at (`Some(None)`: anyone); `None` when the word is no possessive.
pub fn possessive(lower: &str) -> Option<Option<bool>> {
    POSSESSIVES.iter().find(|(word, _)| *word == lower).map(|(_, female)| *female)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_ending_alone_or_a_noun_for_people_is_a_person_noun() {
        let german = Lexicon::for_language("de");
        for word in ["ermittler", "journalisten", "beamten", "vertreterin", "student", "augenzeugen", "sprecher"] {
            assert!(german.is_person_noun(word), "{word}");
        }
        for word in ["adler", "beispiel", "ermittlung", "zuversicht"] {
            assert!(!german.is_person_noun(word), "{word}");
        }
        // The ending alone stays no role for the names.
        assert!(!german.tags("ermittler").has(Tags::ROLE));
    }

    proptest::proptest! {
        #[test]
        fn a_words_head_is_its_first_eight_bytes(word in proptest::collection::vec(proptest::num::u8::ANY, 0..12)) {
            let mut padded = [0u8; 8];
            let width = word.len().min(8);
            padded[..width].copy_from_slice(&word[..width]);
            proptest::prop_assert_eq!(word_head(&word), u64::from_le_bytes(padded));
        }

        #[test]
        fn a_head_is_lowercased_as_each_byte_is(bytes in proptest::array::uniform8(proptest::num::u8::ANY)) {
            let lower = bytes.map(|byte| byte.to_ascii_lowercase());
            proptest::prop_assert_eq!(ascii_lowercase(u64::from_le_bytes(bytes)), u64::from_le_bytes(lower));
        }

        #[test]
        fn a_word_is_found_in_any_ascii_case(word in "[a-zA-Z0-9'-]{1,20}", flips in proptest::collection::vec(proptest::bool::ANY, 20)) {
            let key: &'static str = String::leak(word.to_ascii_lowercase());
            let mut table = WordTags::default();
            table.add(key, Tags::CUE);
            let cased: Vec<u8> = word.bytes().zip(&flips).map(|(b, &up)| if up { b.to_ascii_uppercase() } else { b }).collect();
            proptest::prop_assert_eq!(table.get(&cased), Tags::CUE);
            let mut longer = cased.clone();
            longer.push(b'x');
            proptest::prop_assert!(table.get(&longer).is_empty());
            proptest::prop_assert!(table.get(&cased[..cased.len() - 1]).is_empty());
        }
    }

    #[test]
    fn a_word_differing_in_any_one_byte_is_another_word() {
        let mut table = WordTags::default();
        for key in ["ab", "wrote", "nachdrücklich", "spokeswoman", "sprecherinnen-x"] {
            table.add(key, Tags::CUE);
            let mut word = key.as_bytes().to_vec();
            assert_eq!(table.get(&word), Tags::CUE, "{key}");
            for at in 0..word.len() {
                let kept = word[at];
                for byte in [kept ^ 0x20, kept ^ 0x01, kept ^ 0x80] {
                    word[at] = byte;
                    let same = word.eq_ignore_ascii_case(key.as_bytes());
                    assert_eq!(table.get(&word) == Tags::CUE, same, "{key} {at} {byte}");
                }
                word[at] = kept;
            }
        }
    }

    #[test]
    fn a_word_is_lowercased_as_to_lowercase_does() {
        for word in
            ["Sagte", "ERKLÄRTE", "said", "", "Überraschte", "İstanbul", "Ab".repeat(16).as_str(), &"Ab".repeat(17)]
        {
            let mut buffer = LowercaseBuffer::default();
            assert_eq!(lowercase(word, &mut buffer), word.to_lowercase(), "{word}");
        }
    }

    #[test]
    fn a_word_list_tells_words_as_its_plain_list_does() {
        const LIST: WordList = WordList::new(&["we", "our", "which", "je", "nous"]);
        let cased = ["We", "OUR", "Which", "wHICH", "Je", "Nous", "İ", "\u{212A}", "", "w", "ours", "Wir", "Ünser"];
        for word in cased.into_iter().chain(LIST.words.iter().copied()) {
            assert_eq!(in_word_list(word, &LIST), in_lowercase_list(word, LIST.words), "{word:?}");
        }
    }

    #[test]
    fn a_city_read_across_its_particle_is_no_person() {
        // The particle keeps "Rio de Janeiro" one name, which a pronoun
        // must not stand for; a garbled "Bio" keeps the city's last word.
        assert!(non_person_name(&["Rio", "de", "Janeiro"]));
        assert!(non_person_name(&["Bio", "de", "Janeiro"]));
        assert!(!non_person_name(&["Lena", "de", "Vantier"]));
    }

    #[test]
    fn non_person_names_are_told_as_by_folding_a_copy() {
        // The lists compared by folding each word to lowercase, as before
        // ASCII words were compared in place.
        let folded = |words: &[&str]| {
            let lower = |w: &&str| w.to_lowercase();
            let opens = words.first().map(lower).is_some_and(|w| NON_PERSON_OPENERS.contains(&w.as_str()));
            let head = |w: &&str| lower(w).trim_end_matches("'s").trim_end_matches("’s").to_string();
            opens || words.last().map(head).is_some_and(|w| NON_PERSON_HEADS.contains(&w.as_str()))
        };
        let names: [&[&str]; 10] = [
            &["Saudi", "Arabia's"],
            &["NEW", "ZEALAND'S'S"],
            &["Lena", "Arabia’s"],
            &["Lena", "Brandt"],
            &["Åsa", "Summit"],
            &["Ölvi", "Brandt"],
            &["Lena", "Konferenz’S"],
            &["Costa", "Vela"],
            &["Lena", "'s"],
            &[],
        ];
        for words in names {
            assert_eq!(non_person_name(words), folded(words), "{words:?}");
        }
    }

    #[test]
    fn compounds_take_the_tags_of_their_head() {
        let german = Lexicon::for_language("de");
        assert!(german.tags("außenminister").has(Tags::ROLE));
        assert!(german.tags("außenministerin").has(Tags::FEMALE));
        assert!(german.tags("außenministerium").has(Tags::BODY));
        assert!(!german.tags("außenministerium").has(Tags::ROLE));
        assert!(german.tags("sagte").has(Tags::CUE));
        assert!(german.tags("nobelkomitee").has(Tags::BODY));
        assert!(german.tags("bank").has(Tags::BODY));
        assert!(german.tags("gisela").has(Tags::FEMALE));
        assert!(german.tags("joachim").has(Tags::MALE));
        assert_eq!(german.particles("teilte"), &["mit"]);
        assert!(Lexicon::for_language("en").tags("said").has(Tags::CUE));
        assert!(Lexicon::for_language("en").tags("rjabkow").is_empty());
    }

    #[test]
    fn common_first_names_tell_a_persons_gender() {
        let german = Lexicon::for_language("de");
        for female in ["bettina", "katja", "bärbel", "ute"] {
            assert!(german.tags(female).has(Tags::FEMALE), "{female}");
        }
        for male in ["jens", "dietmar", "philipp", "andrew"] {
            assert!(german.tags(male).has(Tags::MALE), "{male}");
        }
        assert!(german.tags("amtskollegen").has(Tags::ROLE));
    }

    #[test]
    fn a_role_word_in_another_case_loses_only_its_ending() {
        let german = Lexicon::for_language("de");
        for (word, nominative) in [
            ("Sprechers", "Sprecher"),
            ("Papstes", "Papst"),
            ("Werft-Sprechers", "Werft-Sprecher"),
            ("Verteidigungsministers", "Verteidigungsminister"),
            // A weak noun's other cases end in "-n" or "-en".
            ("Bankpräsidenten", "Bankpräsident"),
            ("Präsidenten", "Präsident"),
            ("CSU-Vorsitzenden", "CSU-Vorsitzende"),
            ("Diplomaten", "Diplomat"),
        ] {
            assert_eq!(german.role_in_nominative(word), Some(nominative), "{word}");
        }
        // A role as it stands, a body or no noun keeps every letter.
        let kept =
            ["Präsident", "Sprecher", "Bundestages", "Ministerin", "Haus", "Ministerinnen", "Sprechern", "Kollegen"];
        for word in kept {
            assert_eq!(german.role_in_nominative(word), None, "{word}");
        }
        assert_eq!(Lexicon::for_language("en").role_in_nominative("Directors"), None);
    }

    #[test]
    fn organisers_are_bodies_alone_and_in_compounds() {
        let german = Lexicon::for_language("de");
        for organiser in ["veranstalter", "festivalveranstalter"] {
            assert!(german.tags(organiser).has(Tags::BODY), "{organiser}");
        }
    }
}
