//! Language detection for articles that do not state their language.

use std::sync::LazyLock;

use whatlang::{Detector, Lang};

/// The languages dictum tells apart. A short allowlist keeps detection
/// reliable on short news texts, where the full set of 70 languages
/// confuses English with Estonian or Latin.
static DETECTOR: LazyLock<Detector> = LazyLock::new(|| {
    Detector::with_allowlist(vec![
        Lang::Deu,
        Lang::Eng,
        Lang::Fra,
        Lang::Rus,
        Lang::Spa,
        Lang::Ita,
        Lang::Nld,
        Lang::Por,
        Lang::Pol,
        Lang::Ukr,
        Lang::Cmn,
        Lang::Ara,
        Lang::Tur,
        Lang::Jpn,
        Lang::Kor,
    ])
});

/// Bytes of text looked at; enough for a reliable guess, and bounded so that
/// detection costs the same for a long speech as for a short article. At
/// 2048 bytes detection took a third of extracting a news article; 512 gave
/// the same language as 2048 for every gold article, UN speech of the 1990s
/// and MFA press conference tried (3,847 texts, even at 256).
const SAMPLE_BYTES: usize = 512;

/// Bytes of text the stopword vote reads when the sample does not settle
/// the language: the vote costs a few thousand instructions for them.
const LONG_VOTE_BYTES: usize = 2048;

/// The ISO 639-1 code of the text's language (`de`, `en`, …), or `und` when
/// it cannot be told.
pub fn detect_language(text: &str) -> &'static str {
    let sample = opening(text, SAMPLE_BYTES);
    // A sample short of stopwords (a title, names, figures, nine hits where
    // ten settle it) is voted on again with more of the text before
    // whatlang reads it: 67 of the 850 gold news texts went to whatlang,
    // 22 of their 33 M instructions of detection.
    if let Some(lang) =
        clear_german_or_english(sample).or_else(|| clear_german_or_english(opening(text, LONG_VOTE_BYTES)))
    {
        return lang;
    }
    let Some(info) = DETECTOR.detect(sample) else {
        return "und";
    };
    match info.lang() {
        Lang::Deu => "de",
        Lang::Eng => "en",
        Lang::Fra => "fr",
        Lang::Rus => "ru",
        Lang::Spa => "es",
        Lang::Ita => "it",
        Lang::Nld => "nl",
        Lang::Por => "pt",
        Lang::Pol => "pl",
        Lang::Ukr => "uk",
        Lang::Cmn => "zh",
        Lang::Ara => "ar",
        Lang::Tur => "tr",
        Lang::Jpn => "ja",
        other => other.code(),
    }
}

/// The first `bytes` bytes of `text` or fewer, ending on a character
/// boundary.
fn opening(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Function words of German that the other languages dictum tells apart do
/// not use ("die" and "er" are Dutch too).
const GERMAN_STOPWORDS: [&str; 28] = [
    "auch", "auf", "aus", "bei", "das", "dass", "dem", "der", "ein", "eine", "einem", "einer", "für", "hat", "im",
    "ist", "mit", "nach", "nicht", "sich", "sie", "sind", "und", "von", "werden", "wird", "wurde", "zu",
];

/// Function words of English that the other languages dictum tells apart do
/// not use ("to" is Polish too, "is" Dutch).
const ENGLISH_STOPWORDS: [&str; 30] = [
    "and", "are", "at", "be", "been", "by", "for", "from", "had", "has", "have", "he", "his", "it", "its", "not", "of",
    "said", "that", "the", "their", "they", "this", "was", "were", "which", "who", "will", "with", "would",
];

/// The longest stopword, in bytes.
const STOPWORD_BYTES: usize = 6;

/// A word of at most eight bytes as one number, compared in one step: a
/// string comparison per stopword cost more than whatlang saved.
const fn packed(word: &[u8]) -> u64 {
    let mut value = 0;
    let mut index = 0;
    while index < word.len() && index < 8 {
        value |= (word[index] as u64) << (8 * index);
        index += 1;
    }
    value
}

/// A word of at most eight bytes as [`packed`] packs it, its ASCII letters
/// in lowercase.
#[inline(always)]
fn packed_lowercase(word: &[u8]) -> u64 {
    word.iter()
        .take(8)
        .enumerate()
        .fold(0, |value, (index, byte)| value | u64::from(byte.to_ascii_lowercase()) << (8 * index))
}

const fn packed_all<const N: usize>(words: [&str; N]) -> [u64; N] {
    let mut values = [0; N];
    let mut index = 0;
    while index < N {
        values[index] = packed(words[index].as_bytes());
        index += 1;
    }
    values
}

/// `values` in ascending order, for a binary search: a linear search of
/// both lists for each word of the sample was 11 M instructions on the gold
/// news.
const fn sorted<const N: usize>(mut values: [u64; N]) -> [u64; N] {
    let mut index = 1;
    while index < N {
        let mut at = index;
        while at > 0 && values[at - 1] > values[at] {
            let before = values[at - 1];
            values[at - 1] = values[at];
            values[at] = before;
            at -= 1;
        }
        index += 1;
    }
    values
}

const GERMAN_PACKED: [u64; GERMAN_STOPWORDS.len()] = sorted(packed_all(GERMAN_STOPWORDS));
const ENGLISH_PACKED: [u64; ENGLISH_STOPWORDS.len()] = sorted(packed_all(ENGLISH_STOPWORDS));

/// Stopwords of one language that settle the sample's language, when the
/// other language has at most a fifth as many. A 512-byte sample of prose
/// holds about 80 words, a third of them stopwords.
const CLEAR_HITS: usize = 10;

/// German or English when the sample says so beyond doubt: Latin letters
/// only, many function words of the one language and next to none of the
/// other. whatlang scores nine Latin-script trigram profiles for every text,
/// about 350,000 instructions, most of reading a news article; this vote
/// decides most news texts in a few thousand and leaves the others to it.
/// It gave whatlang's language for every gold article, UN speech, MFA press
/// conference and Bundestag protocol.
fn clear_german_or_english(sample: &str) -> Option<&'static str> {
    let latin = |c: char| matches!(c, '\u{a0}'..='\u{24f}' | '\u{2000}'..='\u{206f}');
    let mut german = 0;
    let mut english = 0;
    let mut vote = |word: &[u8]| {
        if (1..=STOPWORD_BYTES).contains(&word.len()) {
            let key = packed_lowercase(word);
            german += usize::from(GERMAN_PACKED.binary_search(&key).is_ok());
            english += usize::from(ENGLISH_PACKED.binary_search(&key).is_ok());
        }
    };
    // The words are the runs of letters, found in one pass that also checks
    // the script: ASCII bytes are told without decoding, where splitting the
    // sample by a closure over its characters, after checking them all, cost
    // 20,000 instructions an article.
    let bytes = sample.as_bytes();
    let mut word_start = 0;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let (letter, width) = if byte < 128 {
            (byte.is_ascii_alphabetic(), 1)
        } else {
            let c = sample[index..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            if !latin(c) {
                return None;
            }
            (c.is_alphabetic(), c.len_utf8())
        };
        if !letter {
            vote(&bytes[word_start..index]);
            word_start = index + width;
        }
        index += width;
    }
    vote(&bytes[word_start..]);
    if german >= CLEAR_HITS && english * 5 <= german {
        return Some("de");
    }
    if english >= CLEAR_HITS && german * 5 <= english {
        return Some("en");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_german_from_english() {
        assert_eq!(
            detect_language("Die Kontakte zur Cybersicherheit müssen wiederhergestellt werden, sagte der Minister."),
            "de"
        );
        assert_eq!(detect_language("The minister said the talks on cyber security must resume next week."), "en");
        assert_eq!(detect_language(""), "und");
    }

    #[test]
    fn a_text_whose_opening_has_few_stopwords_is_voted_on_at_more_length() {
        let places =
            "Roma, Milano, Napoli, Torino, Palermo, Genova, Bologna, Firenze, Bari, Catania, Venezia, ".repeat(6);
        let prose = "Der Rat hat nach der Sitzung mit den Gemeinden gesprochen, und sie sind sich einig, dass ein \
                     Fonds von den Ländern auch im Winter nicht gekürzt werden wird. "
            .repeat(4);
        let text = format!("{places}{prose}");
        assert!(clear_german_or_english(opening(&text, SAMPLE_BYTES)).is_none());
        assert_eq!(detect_language(&text), "de");
    }

    #[test]
    fn the_packed_stopwords_are_sorted_and_each_is_found() {
        for (words, packed) in [(&GERMAN_STOPWORDS[..], &GERMAN_PACKED[..]), (&ENGLISH_STOPWORDS, &ENGLISH_PACKED)] {
            assert!(packed.is_sorted());
            for word in words {
                assert!(packed.binary_search(&super::packed(word.as_bytes())).is_ok(), "{word}");
            }
        }
    }

    #[test]
    fn stopwords_are_short_enough_to_be_packed_apart() {
        for word in GERMAN_STOPWORDS.iter().chain(&ENGLISH_STOPWORDS) {
            assert!(word.len() <= STOPWORD_BYTES, "{word}");
        }
        let mut packed: Vec<u64> = GERMAN_PACKED.iter().chain(&ENGLISH_PACKED).copied().collect();
        packed.sort_unstable();
        packed.dedup();
        assert_eq!(packed.len(), GERMAN_STOPWORDS.len() + ENGLISH_STOPWORDS.len());
    }

    /// The vote as first written: the script checked first, then the sample
    /// split at every character that is not a letter.
    fn vote_by_splitting(sample: &str) -> Option<&'static str> {
        let latin = |c: char| c.is_ascii() || matches!(c, '\u{a0}'..='\u{24f}' | '\u{2000}'..='\u{206f}');
        if !sample.chars().all(latin) {
            return None;
        }
        let hits = |list: &[u64]| {
            sample
                .split(|c: char| !c.is_alphabetic())
                .filter(|word| !word.is_empty() && word.len() <= STOPWORD_BYTES)
                .filter(|word| list.binary_search(&packed(word.to_ascii_lowercase().as_bytes())).is_ok())
                .count()
        };
        let (german, english) = (hits(&GERMAN_PACKED), hits(&ENGLISH_PACKED));
        if german >= CLEAR_HITS && english * 5 <= german {
            return Some("de");
        }
        (english >= CLEAR_HITS && german * 5 <= english).then_some("en")
    }

    proptest::proptest! {
        #[test]
        fn the_one_pass_vote_counts_as_splitting_does(
            words in proptest::collection::vec(
                "(der|die|und|für|the|and|of|said|Über|ÜBER|Straße|naïve|l'été|x|Й|–|—|\u{a0}|[a-zA-Z]{1,8}|[ .,;:'’-]{1,2})",
                0..160,
            ),
        ) {
            let sample = words.concat();
            proptest::prop_assert_eq!(clear_german_or_english(&sample), vote_by_splitting(&sample));
        }
    }

    #[test]
    fn the_vote_agrees_with_whatlang_and_leaves_unclear_texts_to_it() {
        let german = "Der Minister sagte am Mittwoch, dass die Gespräche mit der Regierung nicht abgebrochen werden. \
                      Es sei wichtig, dass man auch in Zukunft miteinander spreche, und das gelte für alle Seiten, die \
                      an dem Treffen in der Hauptstadt teilgenommen hatten.";
        let english = "The minister said on Wednesday that the talks with the government would not be broken off. It \
                       was important that they had been held at all, and this was true for all of the parties who took \
                       part in the meeting in the capital.";
        for text in [german, english] {
            let voted = clear_german_or_english(text).expect("a clear case");
            let by_whatlang = DETECTOR.detect(text).map(|info| info.lang());
            assert_eq!(
                Some(voted),
                by_whatlang.map(|lang| match lang {
                    Lang::Deu => "de",
                    Lang::Eng => "en",
                    other => other.code(),
                })
            );
        }
        let french = "Le ministre a déclaré mercredi que les discussions avec le gouvernement ne seraient pas rompues, \
                      et qu'il était important de poursuivre le dialogue avec toutes les parties.";
        assert_eq!(clear_german_or_english(french), None);
        let mixed =
            "Der Minister sagte, the talks with the government would not be broken off, und das gelte für alle.";
        assert_eq!(clear_german_or_english(mixed), None);
    }
}
