//! The words of a text, lowercased: tantivy's `SimpleTokenizer`, then
//! `RemoveLongFilter` and `LowerCaser`, in one pass over the text.
//!
//! The three stages each walked and rewrote every token (decoding each
//! character of ASCII text, copying the word, then checking it for ASCII
//! again to lowercase it), a tenth of indexing CPU. Here an ASCII word is
//! found byte by byte and lowercased as it is copied; only words with other
//! characters take the Unicode path, the same one `LowerCaser` takes.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The tokenizer: words are runs of alphanumeric characters; those of
/// `max_bytes` bytes or more (before lowercasing) are dropped, but keep
/// their position, as `RemoveLongFilter` after `SimpleTokenizer` does.
#[derive(Clone)]
pub struct LowercaseWords {
    token: Token,
    max_bytes: usize,
}

impl LowercaseWords {
    pub fn new(max_bytes: usize) -> LowercaseWords {
        LowercaseWords { token: Token::default(), max_bytes }
    }
}

impl Tokenizer for LowercaseWords {
    type TokenStream<'a> = LowercaseWordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> LowercaseWordStream<'a> {
        self.token.reset();
        LowercaseWordStream { text, cursor: 0, token: &mut self.token, max_bytes: self.max_bytes }
    }
}

pub struct LowercaseWordStream<'a> {
    text: &'a str,
    /// Byte offset where the search for the next word starts.
    cursor: usize,
    token: &'a mut Token,
    max_bytes: usize,
}

/// What a byte is to the scan: an ASCII lowercase letter or digit, an
/// ASCII uppercase letter, another ASCII byte (a separator), or part of a
/// multi-byte character. One load instead of `is_ascii` and the letter and
/// digit ranges, for every byte of the text.
/// The classes are bits, so that the scan of a word tests one bit per
/// byte and gathers its uppercase bits without a branch.
const WORD_BYTE: u8 = 1;
const UPPERCASE: u8 = WORD_BYTE | 4;
const SEPARATOR: u8 = 0;
const MULTI_BYTE: u8 = 2;
static BYTE_CLASS: [u8; 256] = {
    let mut class = [MULTI_BYTE; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = if (b as u8).is_ascii_uppercase() {
            UPPERCASE
        } else if (b as u8).is_ascii_alphanumeric() {
            WORD_BYTE
        } else {
            SEPARATOR
        };
        b += 1;
    }
    class
};

/// A word found by the scan: its bytes, and what lowercasing it takes.
struct Word {
    start: usize,
    end: usize,
    ascii: bool,
    /// Whether an ASCII word has an uppercase letter: most words have none,
    /// and are copied without a second pass to lowercase them.
    uppercase: bool,
}

/// The character starting at byte `at`, which must be a character boundary.
#[inline]
fn char_at(text: &str, at: usize) -> char {
    debug_assert!(text.is_char_boundary(at));
    text[at..].chars().next().unwrap_or_default()
}

impl LowercaseWordStream<'_> {
    /// The next word.
    #[inline]
    fn next_word(&mut self) -> Option<Word> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut start = self.cursor;
        loop {
            let &b = bytes.get(start)?;
            match BYTE_CLASS[usize::from(b)] {
                WORD_BYTE | UPPERCASE => break,
                SEPARATOR => start += 1,
                _ => {
                    let c = char_at(text, start);
                    if c.is_alphanumeric() {
                        break;
                    }
                    start += c.len_utf8();
                }
            }
        }
        let mut end = start;
        let mut ascii = true;
        let mut classes = 0;
        while let Some(&b) = bytes.get(end) {
            let class = BYTE_CLASS[usize::from(b)];
            if class & WORD_BYTE != 0 {
                classes |= class;
                end += 1;
                continue;
            }
            if class == SEPARATOR {
                break;
            }
            let c = char_at(text, end);
            if !c.is_alphanumeric() {
                break;
            }
            ascii = false;
            end += c.len_utf8();
        }
        self.cursor = end;
        Some(Word { start, end, ascii, uppercase: classes & UPPERCASE == UPPERCASE })
    }
}

impl TokenStream for LowercaseWordStream<'_> {
    /// Inlined into the filters after it: called once a word, saving and
    /// restoring registers was a sixth of the tokenizer.
    #[inline(always)]
    fn advance(&mut self) -> bool {
        loop {
            // Like `SimpleTokenizer`, every word takes a position, even one
            // too long to keep.
            self.token.position = self.token.position.wrapping_add(1);
            let Some(Word { start, end, ascii, uppercase }) = self.next_word() else {
                self.token.text.clear();
                return false;
            };
            if end - start >= self.max_bytes {
                continue;
            }
            let word = &self.text[start..end];
            let text = &mut self.token.text;
            text.clear();
            if ascii {
                text.push_str(word);
                if uppercase {
                    text.make_ascii_lowercase();
                }
            } else {
                // As `LowerCaser`: character by character, without the
                // final-sigma rule of `str::to_lowercase`.
                for c in word.chars() {
                    text.extend(c.to_lowercase());
                }
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};

    const LIMIT: usize = 12;

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<Token> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.clone());
        }
        out
    }

    fn same_as_the_chain(text: &str, limit: usize) {
        let chain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(limit))
            .filter(LowerCaser)
            .build();
        let expected = tokens(chain, text);
        let actual = tokens(TextAnalyzer::from(LowercaseWords::new(limit)), text);
        assert_eq!(actual, expected, "{text:?}");
    }

    #[test]
    fn edge_cases_match_the_chain() {
        let long = "x".repeat(LIMIT);
        let cases = [
            "",
            " ",
            "a",
            "A",
            "1",
            "Hello, World!",
            "  leading and trailing  ",
            "Straße STRASSE Grüße ÄÖÜ äöü ẞ",
            "Министр Лавров заявил: «Нет!»",
            "ΣΟΦΟΣ σοφός ΌΣΟΣ",
            "Cafe\u{301} e\u{301}te\u{301} \u{301}x",
            "İstanbul DİYARBAKIR ǅemal ǈ ǋ",
            "123 4,5 6.7 COVID-19 2021年 ١٢٣ ²³ Ⅻ ½",
            "中华人民共和国 外交部 日本語テキスト 한국어",
            "emoji 👍🏽 here🙂there",
            "tab\tnew\nline\r\nzero\u{200b}width nbsp\u{a0}x",
            "xxxxxxxxxxx xxxxxxxxxxxx xxxxxxxxxxxxx y",
            "ääääää äääääää ÄÄÄÄÄÄ ÄÄÄÄÄÄÄ ßßßßßß",
            "ⱯⱯⱯⱯ ȺȺȺȺȺ ȾȾȾȾȾ",
            "a-b_c'd’e",
            &long,
            "\u{10ffff}\u{fffd}z",
        ];
        for limit in [LIMIT, 60, 1, 0] {
            for case in cases {
                same_as_the_chain(case, limit);
            }
        }
    }

    /// Every registered analyzer, against the chain it replaced.
    fn analyzers_match_the_chains(index: &tantivy::Index, text: &str) {
        use crate::schema::{compound::CompoundParts, stem::CachedStemmer};
        use tantivy::tokenizer::AsciiFoldingFilter;
        let folding = || {
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(crate::schema::MAX_TOKEN_BYTES))
                .filter(LowerCaser)
        };
        let manager = index.tokenizers();
        let fold = manager.get(crate::schema::FOLD_ANALYZER).unwrap();
        assert_eq!(tokens(fold, text), tokens(folding().filter(AsciiFoldingFilter).build(), text), "{text:?}");
        for (tag, (lang, language)) in crate::schema::STEMMED_LANGUAGES.into_iter().enumerate() {
            // A tag of its own: the registered analyzer's cache must not serve the chain.
            let stemmer = CachedStemmer::new(crate::schema::algorithm(language), 10 + tag as u8);
            let chain = if language == tantivy::tokenizer::Language::German {
                folding().filter(CompoundParts).filter(stemmer).filter(AsciiFoldingFilter).build()
            } else {
                folding().filter(stemmer).filter(AsciiFoldingFilter).build()
            };
            let indexed = manager.get(&crate::schema::analyzer_name(lang)).unwrap();
            assert_eq!(tokens(indexed, text), tokens(chain, text), "{lang}: {text:?}");
            let chain = folding().filter(stemmer).filter(AsciiFoldingFilter).build();
            let query = manager.get(&crate::schema::query_analyzer_name(lang)).unwrap();
            assert_eq!(tokens(query, text), tokens(chain, text), "{lang} query: {text:?}");
        }
    }

    fn registered() -> tantivy::Index {
        let index = tantivy::Index::create_in_ram(crate::schema::build());
        crate::schema::register_analyzers(&index);
        index
    }

    #[test]
    fn registered_analyzers_match_the_chains() {
        let index = registered();
        let long = "Sicherheitsrat".repeat(5);
        for text in [
            "Die Cybersicherheitsstrategie des Sicherheitsrates wurde verabschiedet, sagte Außenministerin Baerbock.",
            "Les négociations SÉCURITÉ à l'ONU: « Nous ne céderons pas », a déclaré Sergueï Lavrov.",
            "Министр иностранных дел России Сергей Лавров заявил о переговорах 24 февраля 2022 года.",
            "The negotiations on COVID-19 continued; Security Council resolution 2231 (2015) was adopted.",
            "Donaudampfschifffahrtsgesellschaftskapitän Grüße STRASSE Straße ẞ Einheit sich hat",
            &long,
        ] {
            analyzers_match_the_chains(&index, text);
        }
    }

    proptest! {
        #[test]
        fn random_text_through_every_analyzer(text in "[ a-zA-Z0-9.,'\\-ßäöüÄÖÜéÉ\u{301}ЖжЯяİΣσ\n]{0,120}") {
            analyzers_match_the_chains(&registered(), &text);
        }

        #[test]
        fn random_text_matches_the_chain(text in "[ a-zA-Z0-9.,'\\-ßäöüÄÖÜẞéÉ\u{301}ЖжЯяİıΣσς中½²٣\t\n👍]{0,80}",
                                         limit in 1usize..20) {
            same_as_the_chain(&text, limit);
        }

        #[test]
        fn any_text_matches_the_chain(text in any::<String>(), limit in 1usize..64) {
            same_as_the_chain(&text, limit);
        }
    }
}
