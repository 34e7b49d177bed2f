//! Splitting an article body into paragraphs, tokens, quotations and
//! sentences: the structure the attribution rules walk over.
//!
//! Quotation marks are paired inside a paragraph; a quotation left open at
//! the end of a paragraph continues only into a paragraph that re-opens it
//! or closes it, so an unbalanced mark can never swallow the rest of an
//! article. Sentence ends inside quotations do not end the surrounding
//! sentence, so that `„…. …“, sagte er.` is one sentence.

use std::ops::Range;

use super::lexicon::{Lexicon, NO_SPEECH_BEFORE, Tags, WordKey};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits, and the hyphens and apostrophes inside them.
    Word,
    /// A double quotation mark of any style.
    QuoteMark,
    /// Any other character that is not white space.
    Punct,
}

/// One token of a paragraph, with its byte offsets in the article text.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The token's first character.
    pub first: char,
    /// Lexicon tags (words only).
    pub tags: Tags,
    /// Set on tokens inside a quotation (marks included).
    pub quoted: bool,
    /// True when the word starts with an uppercase letter.
    pub upper: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.first == c
    }

    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A paragraph: its tokens, and where the few tokens some passes look for
/// stand, noted by the tokenizer: each pass reading every token for them
/// was some ten instructions a token.
#[derive(Debug, Clone, Default)]
pub struct Paragraph {
    pub tokens: Vec<Token>,
    /// The indices of the quotation marks.
    pub quote_marks: Vec<usize>,
    /// The indices of the tokens other than words: marks and punctuation.
    pub non_words: Vec<usize>,
    /// The indices of the words that open on an uppercase letter.
    pub capitalised: Vec<usize>,
    /// The indices of the words tagged as cues or as words that may open a
    /// source (`Tags::MAY_CUE`).
    pub cue_words: Vec<usize>,
    /// The indices of the English words that start a rule of their own
    /// (`Tags::KEY_WORD`), in any case.
    pub key_words: Vec<usize>,
}

/// A quotation: the tokens from its opening to its closing mark, in one
/// paragraph. Quotations that run on across paragraphs are several
/// `Quotation`s linked by `continues`.
#[derive(Debug, Clone)]
pub struct Quotation {
    pub paragraph: usize,
    /// Token indices, opening mark to closing mark inclusive.
    pub tokens: Range<usize>,
    /// Byte span in the article text, marks included.
    pub span: Range<usize>,
    /// True when it goes on in the next paragraph.
    pub continues: bool,
    /// True when it carries on from the previous paragraph.
    pub continued: bool,
    /// Number of words inside.
    pub words: usize,
}

/// A sentence: a token range of one paragraph.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub paragraph: usize,
    pub tokens: Range<usize>,
}

/// The segmented body of an article.
#[derive(Debug, Default)]
pub struct Segments {
    pub paragraphs: Vec<Paragraph>,
    pub quotations: Vec<Quotation>,
    pub sentences: Vec<Sentence>,
}

/// Splits `text[range]` into paragraphs at blank lines.
pub fn paragraphs(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut line_start = range.start;
    let body = &text[range.clone()];
    let mut offset = range.start;
    // The lines as `split_inclusive('\n')` gives them, found in one pass of
    // the memchr crate: the standard searcher starts afresh at each line, and
    // transcripts break lines every fifty bytes.
    let line_ends = memchr::memchr_iter(b'\n', body.as_bytes()).map(|newline| newline + 1);
    let last_end = (!body.is_empty() && !body.ends_with('\n')).then_some(body.len());
    let mut from = 0;
    for to in line_ends.chain(last_end) {
        let line = &body[from..to];
        from = to;
        // A line opening on an ASCII character other than white space, as
        // most do, is not blank without trimming it from both ends.
        let opens_on_text = line.as_bytes().first().is_some_and(|&b| b < 128 && !matches!(b, b'\t'..=b'\r' | b' '));
        let blank = !opens_on_text && line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                out.push(s..trim_end(text, s, line_start));
                start = None;
            }
            (false, None) => start = Some(offset + (line.len() - line.trim_start().len())),
            _ => {}
        }
        offset += line.len();
        line_start = offset;
    }
    if let Some(s) = start {
        out.push(s..trim_end(text, s, range.end));
    }
    out
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Segments an article body.
pub fn segment(text: &str, body: Range<usize>, lexicon: &Lexicon) -> Segments {
    let mut lower = String::new();
    // Collected at their number, where pushing grew the vector again and again.
    let paragraphs =
        paragraphs(text, body).into_iter().map(|span| tokenize_paragraph(text, span, lexicon, &mut lower)).collect();
    let mut segments = Segments { paragraphs, ..Segments::default() };
    pair_quotations(text, &mut segments);
    let ordinals = lexicon.ordinal_period();
    let parentheses = lexicon.parenthesised_sentences();
    for index in 0..segments.paragraphs.len() {
        split_sentences(text, index, ordinals, parentheses, &mut segments);
    }
    segments
}

/// The tokens of `span`.
pub fn tokenize(text: &str, span: Range<usize>, lexicon: &Lexicon, lower: &mut String) -> Vec<Token> {
    tokenize_paragraph(text, span, lexicon, lower).tokens
}

/// Tokenizes one paragraph.
fn tokenize_paragraph(text: &str, span: Range<usize>, lexicon: &Lexicon, lower: &mut String) -> Paragraph {
    let mut tokens: Vec<Token> = Vec::with_capacity(span.len() / 5);
    let mut quote_marks = Vec::new();
    // About one in eight tokens, at five bytes a token: room made once.
    let mut non_words = Vec::with_capacity(span.len() / 40);
    let mut key_words = Vec::new();
    // Room made once, as for the tokens other than words.
    let mut capitalised = Vec::with_capacity(span.len() / 40);
    let mut cue_words = Vec::new();
    let slice = &text[span.clone()];
    let bytes = slice.as_bytes();
    let mut offset = 0;
    while offset < bytes.len() {
        let byte = bytes[offset];
        // Bytes below 128 are ASCII characters and decided without
        // decoding: most of the text, in the languages read.
        // An ASCII word that the fast path takes needs no test of its first
        // byte: some eight instructions a word, where a mark pays the fast
        // path's scan instead.
        let (c, alphanumeric, fast) = if byte < 128 {
            if is_ascii_white_space(byte) {
                offset += 1;
                continue;
            }
            let fast = ascii_word(bytes, offset);
            (char::from(byte), fast.is_some() || byte.is_ascii_alphanumeric(), fast)
        } else {
            let c = char_at(slice, offset);
            if c.is_whitespace() {
                offset += c.len_utf8();
                continue;
            }
            (c, is_alphanumeric(c), None)
        };
        let start = span.start + offset;
        if alphanumeric {
            let (word_len, word, key) = match fast {
                Some((word, key)) => (offset + word.len(), word, key),
                None => {
                    let (word_len, ascii) = word_end(slice, offset, lower);
                    let word = if ascii { &bytes[offset..word_len] } else { lower.as_bytes() };
                    (word_len, word, WordKey::of(word))
                }
            };
            let end = span.start + word_len;
            let tags = lexicon.word_tags_by_key(word, key);
            // One test for both tags, which few words have.
            if tags.has(Tags::TOKENIZER_ONLY) {
                if tags.has(Tags::KEY_WORD) {
                    key_words.push(tokens.len());
                }
                // With this word the cue before it means no speaking. A word
                // without tags has none to lose.
                if tags.has(Tags::ENDS_CUE)
                    && let Some(previous) = tokens.last_mut()
                    && !previous.tags.is_empty()
                    && let Some(verbs) = no_speech_before(word)
                    && verbs.iter().any(|v| text[previous.start..previous.end].eq_ignore_ascii_case(v))
                {
                    previous.tags = Tags::default();
                }
            }
            let tags = tags & !Tags::TOKENIZER_ONLY;
            let upper = c.is_uppercase();
            if upper {
                capitalised.push(tokens.len());
            }
            if tags.has(Tags::MAY_CUE) {
                cue_words.push(tokens.len());
            }
            tokens.push(Token { start, end, kind: TokenKind::Word, first: c, tags, quoted: false, upper });
            // The space or line break after a word, most often one, is
            // passed over here rather than by another round of the loop.
            offset =
                if bytes.get(word_len).copied().is_some_and(is_ascii_white_space) { word_len + 1 } else { word_len };
            continue;
        }
        if c == '\'' && bytes.get(offset + 1) == Some(&b'\'') {
            // Two apostrophes stand for a double quotation mark in some
            // wire copy: ''We will win,'' he said.
            quote_marks.push(tokens.len());
            non_words.push(tokens.len());
            tokens.push(Token {
                start,
                end: start + 2,
                kind: TokenKind::QuoteMark,
                first: '"',
                tags: Tags::default(),
                quoted: false,
                upper: false,
            });
            offset += 2;
            continue;
        }
        let kind = if is_double_quote(c) {
            quote_marks.push(tokens.len());
            TokenKind::QuoteMark
        } else {
            TokenKind::Punct
        };
        non_words.push(tokens.len());
        tokens.push(Token {
            start,
            end: start + c.len_utf8(),
            kind,
            first: c,
            tags: Tags::default(),
            quoted: false,
            upper: false,
        });
        offset += c.len_utf8();
    }
    Paragraph { tokens, quote_marks, non_words, key_words, capitalised, cue_words }
}

/// `char::is_whitespace` of an ASCII character.
fn is_ascii_white_space(byte: u8) -> bool {
    matches!(byte, b'\t'..=b'\r' | b' ')
}

/// The English cues that `next` turns into a noun or a verb of no speaking
/// when it follows them.
fn no_speech_before(next: &[u8]) -> Option<&'static [&'static str]> {
    NO_SPEECH_BEFORE.iter().find(|(word, _)| word.as_bytes().eq_ignore_ascii_case(next)).map(|&(_, verbs)| verbs)
}

/// The character at byte `offset` of `text`, which is a char boundary.
fn char_at(text: &str, offset: usize) -> char {
    let byte = text.as_bytes()[offset];
    if byte < 128 {
        return char::from(byte);
    }
    text[offset..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// `char::is_alphanumeric`, told without its table search for the
/// characters of European text: the letters of Latin-1 and Latin Extended
/// (all but × and ÷) and the general punctuation (dashes, curly quotation
/// marks, none alphanumeric). The search was 11 M instructions on the gold
/// news, 250 a character.
fn is_alphanumeric(c: char) -> bool {
    match c {
        '×' | '÷' => false,
        '\u{c0}'..='\u{24f}' => true,
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// For each byte, its lowercase when it is an ASCII letter or digit, else 0.
pub static ASCII_FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0u8;
    while byte < 128 {
        if byte.is_ascii_alphanumeric() {
            table[byte as usize] = byte.to_ascii_lowercase();
        }
        byte += 1;
    }
    table
};

/// Bit 7 of each of eight bytes.
const HIGH: u64 = each_byte(0x80);

/// How many bytes at the start of `bytes` are ASCII letters or digits.
/// Tested eight at a time, as a word fits in one or two eights: a byte at a
/// time, the test cost six instructions a byte of the text.
fn alphanumeric_run(bytes: &[u8]) -> usize {
    let mut run = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let stops = !alphanumeric_bits(word) & HIGH;
        if stops != 0 {
            return run + (stops.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    run + chunks.remainder().iter().take_while(|&&byte| ASCII_FOLD[usize::from(byte)] != 0).count()
}

/// The word at byte `offset` of `bytes` when it is one to fifteen ASCII
/// letters and digits ending at an ASCII byte that joins no word parts, as
/// most words are, with its key in the lexicon: both told from the eight or
/// sixteen bytes at `offset`, where [`word_end`] and [`WordKey::of`] read the
/// word's bytes again. None for any other word, and near the end of `bytes`;
/// [`word_end`] then finds the word.
#[inline(always)]
fn ascii_word(bytes: &[u8], offset: usize) -> Option<(&[u8], WordKey)> {
    // Bit 5 is what lowercases an ASCII letter; digits have it already.
    const FOLD: u64 = each_byte(0x20);
    let from = bytes.get(offset..)?;
    let head = u64::from_le_bytes(*from.first_chunk::<8>()?);
    let len = letters_and_digits(head);
    if len < 8 {
        if len == 0 || may_join_parts(head >> (8 * len)) {
            return None;
        }
        return Some((&from[..len], WordKey::of_head((head | FOLD) & low_bytes(len))));
    }
    let rest = u64::from_le_bytes(*from.get(8..)?.first_chunk::<8>()?);
    let rest_len = letters_and_digits(rest);
    if rest_len == 8 || may_join_parts(rest >> (8 * rest_len)) {
        return None;
    }
    let key = match rest_len {
        0 => WordKey::of_head(head | FOLD),
        _ => WordKey::of_head_and_rest(head | FOLD, rest & low_bytes(rest_len), rest_len),
    };
    Some((&from[..8 + rest_len], key))
}

/// How many of the bytes of `chunk`, from its lowest, are ASCII letters or
/// digits: eight when all are.
#[inline(always)]
fn letters_and_digits(chunk: u64) -> usize {
    ((!alphanumeric_bits(chunk) & HIGH).trailing_zeros() / 8) as usize
}

/// True when the lowest byte of `after`, the byte after a run of ASCII
/// letters and digits, may go on the word: a hyphen, an apostrophe, or not
/// ASCII, which [`word_end`] decides.
#[inline(always)]
fn may_join_parts(after: u64) -> bool {
    matches!(after as u8, b'-' | b'\'' | 128..)
}

/// The lowest `len` bytes of a number set, for `len` from one to seven.
#[inline(always)]
fn low_bytes(len: usize) -> u64 {
    debug_assert!((1..8).contains(&len));
    u64::MAX >> (64 - 8 * len)
}

/// `byte` in each of the eight bytes of a word.
const fn each_byte(byte: u8) -> u64 {
    byte as u64 * 0x0101_0101_0101_0101
}

/// Bit 7 of each byte of `word` set where that byte is an ASCII letter or
/// digit; the other bits are noise.
pub(crate) fn alphanumeric_bits(word: u64) -> u64 {
    // For bytes below 128, adding 128 - lo sets bit 7 where a byte is at
    // least lo, adding 127 - hi where it is over hi; no sum carries into the
    // next byte.
    let in_range = |bytes: u64, lo: u8, hi: u8| (bytes + each_byte(0x80 - lo)) & !(bytes + each_byte(0x7f - hi));
    let low = word & each_byte(0x7f);
    let digit = in_range(low, b'0', b'9');
    // Bit 5 folds an uppercase letter onto its lowercase, and nothing else
    // onto a letter.
    let letter = in_range(low | each_byte(0x20), b'a', b'z');
    (digit | letter) & !word & each_byte(0x80)
}

/// Where the word starting at byte `start` of `text` ends: letters and
/// digits, and the hyphens and apostrophes that join two word parts
/// ("US-Kollegen", "Clinton’s"), and whether the word can be looked up as it
/// stands: ASCII, as most are, and not broken at a line end. A word that
/// cannot is left in lowercase in `lower`, without the break.
fn word_end(text: &str, start: usize, lower: &mut String) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut ascii = true;
    let mut end = start;
    loop {
        end += alphanumeric_run(&bytes[end..]);
        let Some(&byte) = bytes.get(end) else {
            break;
        };
        // Most words end at a space or a mark: an ASCII character that joins
        // no word parts, told without the tests below.
        if byte < 128 && !matches!(byte, b'-' | b'\'') {
            break;
        }
        let next = char_at(text, end);
        if byte >= 128 && is_alphanumeric(next) {
            ascii = false;
            end += next.len_utf8();
            continue;
        }
        // The word's first character is a letter or digit, taken above.
        debug_assert!(end > start);
        let joins = matches!(next, '-' | '\'' | '’' | '‑');
        let after = end + next.len_utf8();
        if joins && after < bytes.len() && is_alphanumeric(char_at(text, after)) {
            ascii &= byte < 128;
            end = after;
            continue;
        }
        // "Lenz-\n" at the very end of a text breaks before nothing.
        if next == '-'
            && let Some(continued) = hyphen_break_end(bytes, after)
            && continued < bytes.len()
            && is_alphanumeric(char_at(text, continued))
        {
            ascii = false;
            end = continued;
            continue;
        }
        // "Sanders’ aides": a plural or name in -s takes the apostrophe of
        // its genitive when a word follows after one space.
        let genitive = matches!(next, '\'' | '’')
            && matches!(bytes[end - 1], b's' | b'S')
            && bytes.get(after) == Some(&b' ')
            && bytes.get(after + 1).is_some_and(u8::is_ascii_alphanumeric);
        if genitive {
            ascii &= byte < 128;
            end = after;
        }
        break;
    }
    if !ascii {
        lower.clear();
        for c in text[start..end].chars() {
            push_lowercase(lower, c);
        }
    }
    debug_assert!(!ascii || text[start..end].is_ascii());
    (end, ascii)
}

/// Adds `c` to `lower` as `char::to_lowercase` gives it, or nothing for
/// white space (a line break inside a word). A word told apart from its
/// lowercase by an umlaut is mostly ASCII and Latin-1 letters, mapped here
/// without the Unicode tables and `ToLowercase`'s iterator: 17 M of the
/// gold news's 401 M instructions went to them, some 90 a character.
fn push_lowercase(lower: &mut String, c: char) {
    match c {
        '\t'..='\r' | ' ' => {}
        'A'..='Z' => lower.push(c.to_ascii_lowercase()),
        '\0'..='\x7f' => lower.push(c),
        // Latin-1's capitals lie 32 below their small letters ("Ä", "ä"),
        // and the small letters are their own lowercase ("ß" too).
        '\u{c0}'..='\u{de}' if c != '×' => lower.push(char::from_u32(u32::from(c) + 0x20).unwrap_or(c)),
        '\u{df}'..='\u{ff}' => lower.push(c),
        _ if c.is_whitespace() => {}
        _ => lower.extend(c.to_lowercase()),
    }
}

/// `text` with the breaks after hyphens that [`word_end`] reads across
/// removed ("Secretary-⏎General" is "Secretary-General"), so that a name or
/// role compares and shows as the unbroken word; None when it has none, as
/// nearly every text has.
pub(super) fn join_hyphen_breaks(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut joined: Option<String> = None;
    let mut copied = 0;
    for hyphen in memchr::memchr_iter(b'-', bytes) {
        let Some(continued) = hyphen_break_end(bytes, hyphen + 1) else {
            continue;
        };
        let inside_word = text[..hyphen].chars().next_back().is_some_and(is_alphanumeric)
            && text[continued..].chars().next().is_some_and(is_alphanumeric);
        if !inside_word {
            continue;
        }
        let out = joined.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(&text[copied..=hyphen]);
        copied = continued;
    }
    let mut out = joined?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// Where a word goes on after a hyphen that ends a line ("Secretary-⏎General",
/// as transcripts break lines), or before one space and a capital
/// ("Secretary- General", a break the conversion made a space): `after` is
/// the byte after the hyphen. None for any other space after a hyphen, as
/// in "pre- and post-war" or "Nord- und Südkorea".
pub(super) fn hyphen_break_end(bytes: &[u8], after: usize) -> Option<usize> {
    match bytes.get(after..)? {
        [b'\n', ..] => Some(after + 1),
        [b'\r', b'\n', ..] => Some(after + 2),
        [b' ', capital, ..] if capital.is_ascii_uppercase() => Some(after + 1),
        _ => None,
    }
}

fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '„' | '“' | '”' | '»' | '«' | '‟' | '〝' | '〞' | '＂')
}

/// The marks that may close a quotation opened with `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '„' => &['“', '”', '"'],
        '“' => &['”', '“', '"'],
        '”' => &['”'],
        '»' => &['«'],
        '«' => &['»'],
        '"' => &['"', '“', '”'],
        _ => &['”', '"'],
    }
}

/// A mark that can only open a quotation, whatever its neighbours.
fn only_opens(c: char) -> bool {
    matches!(c, '„')
}

/// Decides whether a mark at token `index` reads as an opening mark: it
/// follows white space or an opening bracket and precedes a word.
fn looks_like_opening(text: &str, tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    if only_opens(token.first) {
        return true;
    }
    let before = text[..token.start].chars().next_back();
    let after = text[token.end..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | ':'));
    let word_after = after.is_some_and(|c| !c.is_whitespace());
    space_before && word_after
}

/// Pairs quotation marks paragraph by paragraph, marking quoted tokens.
fn pair_quotations(text: &str, segments: &mut Segments) {
    let mut carried: Option<char> = None;
    for p in 0..segments.paragraphs.len() {
        let mut open: Option<(usize, char)> = None;
        let continued = carried.is_some();
        let paragraph = &segments.paragraphs[p];
        let tokens = &paragraph.tokens;
        if let Some(style) = carried.take() {
            // A run-on quotation resumes at a re-opening mark at the paragraph
            // start, or at the start of the paragraph when a closing mark comes
            // before any opening one.
            if opens_on_mark(paragraph) {
                open = Some((0, style));
            } else if closes_before_opening(text, paragraph, style) {
                open = Some((usize::MAX, style));
            }
        }
        let mut found: Vec<(Range<usize>, bool, bool)> = Vec::new();
        let from = if open.is_some_and(|(start, _)| start == 0) { 1 } else { 0 };
        for &index in paragraph.quote_marks.iter().skip_while(|&&index| index < from) {
            let token = &tokens[index];
            match open {
                Some((start, style))
                    if closers(style).contains(&token.first) && !looks_like_opening(text, tokens, index) =>
                {
                    let from = if start == usize::MAX { 0 } else { start };
                    found.push((from..index + 1, start == usize::MAX || (start == 0 && continued), false));
                    open = None;
                }
                Some(_) => {}
                None => {
                    if looks_like_opening(text, tokens, index) {
                        open = Some((index, token.first));
                    }
                }
            }
        }
        if let Some((start, style)) = open {
            let from = if start == usize::MAX { 0 } else { start };
            let next = segments.paragraphs.get(p + 1);
            let goes_on = next.is_some_and(|n| opens_on_mark(n) || closes_before_opening(text, n, style));
            if goes_on {
                carried = Some(style);
            }
            if tokens.len() > from + 1 {
                found.push((from..tokens.len(), start == usize::MAX || (start == 0 && continued), goes_on));
            }
        }
        let paragraph = &mut segments.paragraphs[p];
        for (range, was_continued, continues) in found {
            for token in &mut paragraph.tokens[range.clone()] {
                token.quoted = true;
            }
            let words = paragraph.tokens[range.clone()].iter().filter(|t| t.is_word()).count();
            let span = paragraph.tokens[range.start].start..paragraph.tokens[range.end - 1].end;
            segments.quotations.push(Quotation {
                paragraph: p,
                tokens: range,
                span,
                continues,
                continued: was_continued,
                words,
            });
        }
    }
}

/// True when `paragraph` opens on a quotation mark.
fn opens_on_mark(paragraph: &Paragraph) -> bool {
    paragraph.quote_marks.first() == Some(&0)
}

/// True when `paragraph`'s first quotation mark closes `style` rather than
/// opening a quotation.
fn closes_before_opening(text: &str, paragraph: &Paragraph, style: char) -> bool {
    let tokens = &paragraph.tokens;
    paragraph
        .quote_marks
        .first()
        .is_some_and(|&index| closers(style).contains(&tokens[index].first) && !looks_like_opening(text, tokens, index))
}

/// Splits paragraph `p` into sentences; ends inside quotations do not count.
/// With `ordinals`, a number's period may mark an ordinal ("3. Liga"); with
/// `parentheses`, a sentence may stand in parentheses.
fn split_sentences(text: &str, p: usize, ordinals: bool, parentheses: bool, segments: &mut Segments) {
    let tokens = &segments.paragraphs[p].tokens;
    let mut start = 0;
    let mut from = 0;
    // A word ends no sentence unless it ends the paragraph: the words up to
    // the next other token, which the tokenizer listed, are passed over.
    let mut non_words = segments.paragraphs[p].non_words.iter().copied().peekable();
    while from < tokens.len() {
        let last = tokens.len() - 1;
        let index = non_words.next_if(|&index| index < last).unwrap_or(last);
        debug_assert!(index >= from);
        from = index + 1;
        if index + 1 < tokens.len() && !ends_sentence(tokens, index, parentheses) {
            continue;
        }
        if ordinals && index + 1 < tokens.len() && ordinal_before_noun(text, tokens, index) {
            continue;
        }
        segments.sentences.push(Sentence { paragraph: p, tokens: start..index + 1 });
        start = index + 1;
    }
}

fn ends_sentence(tokens: &[Token], index: usize, parentheses: bool) -> bool {
    let token = &tokens[index];
    if token.kind == TokenKind::Word {
        // Neither a closing mark nor a sentence end: most tokens.
        return false;
    }
    let next = &tokens[index + 1];
    let ended_before =
        |i: usize| i > 0 && tokens[i - 1].kind == TokenKind::Punct && matches!(tokens[i - 1].first, '.' | '!' | '?');
    if parentheses && token.is_punct(')') && !token.quoted && ended_before(index) {
        // "… (The firm declined to comment.) Its rival …": the aside was a sentence.
        return next.is_word() && next.upper;
    }
    // "… in March. (The firm declined to comment.)": an aside opens anew.
    let aside_opens = parentheses
        && next.is_punct('(')
        && tokens.get(index + 2).is_some_and(|after| after.is_word() && after.upper && after.end - after.start > 1);
    let starts_anew = next.upper
        || next.first.is_ascii_digit()
        || aside_opens
        || (next.kind == TokenKind::QuoteMark && (!next.quoted || (index > 0 && !token.quoted)));
    if token.kind == TokenKind::QuoteMark && token.quoted && !next.quoted {
        // A closing mark ends the sentence when the quotation did and the text goes on anew.
        let inner_end = index > 0 && matches!(tokens[index - 1].first, '.' | '!' | '?' | '…');
        return inner_end && starts_anew && next.kind != TokenKind::Punct && !speaker_follows(tokens, index + 1);
    }
    if token.quoted || token.kind != TokenKind::Punct || !matches!(token.first, '.' | '!' | '?' | '…') {
        return false;
    }
    if !starts_anew {
        return false;
    }
    if token.end == next.start && next.is_word() && !lost_space(tokens, index) {
        // "9.000", "de.wikipedia.org": a sentence end is followed by a space.
        return false;
    }
    if token.first == '.' && index > 0 {
        let previous = &tokens[index - 1];
        let abbreviation = previous.tags.has(Tags::ABBREVIATION)
            || (previous.is_word() && previous.end - previous.start == 1 && previous.upper);
        let ordinal = previous.is_word() && previous.first.is_ascii_digit() && next.tags.has(Tags::MONTH);
        if previous.end == token.start && (abbreviation || ordinal) {
            return false;
        }
    }
    true
}

/// True when the period at `index` ends a sentence whose space after it
/// was lost ("sollen bald folgen.Eine Sprecherin …", as scraped text has
/// it): a lowercase word of three letters or more before it, a capitalised
/// word after it, and no address going on after that ("www.Example.org").
fn lost_space(tokens: &[Token], index: usize) -> bool {
    let (Some(previous), Some(next)) = (index.checked_sub(1).map(|i| &tokens[i]), tokens.get(index + 1)) else {
        return false;
    };
    let lowercase_word = previous.is_word()
        && !previous.upper
        && previous.first.is_alphabetic()
        && previous.end - previous.start >= 3
        && previous.end == tokens[index].start
        && !previous.tags.has(Tags::ABBREVIATION);
    let address_goes_on = tokens.get(index + 2).is_some_and(|after| after.start == next.end && after.is_punct('.'));
    lowercase_word && next.is_word() && next.upper && !address_goes_on
}

/// "in die 3. Liga", "aus dem 17. Stock", "des landesweiten 1. Kanals": a
/// German ordinal is a number of up to three digits with its period, after
/// an article or an inflected adjective, before a noun. A sentence that ends
/// in a number ends it after a preposition or a noun ("stieg auf 40.", "auf
/// Platz 13.", "im Jahr 2010.") or goes on with a function word ("… den 60.
/// Der Franzose …"), and stays split.
fn ordinal_before_noun(text: &str, tokens: &[Token], period: usize) -> bool {
    const MAX_ORDINAL_DIGITS: usize = 3;
    if period < 2 || !tokens[period].is_punct('.') {
        return false;
    }
    let number = &tokens[period - 1];
    let digits = &text[number.span()];
    if !number.is_word() || digits.len() > MAX_ORDINAL_DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let noun = &tokens[period + 1];
    let function_word = Tags::DETERMINER
        | Tags::PREPOSITION
        | Tags::PRONOUN
        | Tags::ADVERB
        | Tags::CONJUNCTION
        | Tags::COMPLEMENTIZER
        | Tags::SUBORDINATOR
        | Tags::ANAPHOR
        | Tags::AUXILIARY;
    let noun_text = &text[noun.span()];
    let pronoun = ["Es", "Ich", "Wir", "Man", "Ihr"].contains(&noun_text);
    if !noun.is_word() || !noun.upper || noun.tags.has(function_word) || pronoun {
        return false;
    }
    let before = &tokens[period - 2];
    if !before.is_word() {
        return false;
    }
    let word = &text[before.span()];
    let contracted = ["am", "im", "zum", "zur", "vom", "beim"].contains(&word);
    let adjective = !before.upper
        && before.tags.is_empty()
        && ["e", "en", "er", "es", "em"].iter().any(|ending| word.ends_with(ending));
    before.tags.has(Tags::DETERMINER) || contracted || adjective
}

/// '“…?” Borger asked.', '“…” said Ana Ruiz.': an English speaker and
/// reporting verb after a quotation that ends in its own sentence mark
/// belong to the quotation's sentence. Only an English lexicon tags verbs
/// that can follow their quotation so.
fn speaker_follows(tokens: &[Token], from: usize) -> bool {
    const MAX_SUBJECT_WORDS: usize = 5;
    const MAX_REST_WORDS: usize = 8;
    let mut subject_words = 0;
    let mut cue = from;
    loop {
        let Some(token) = tokens.get(cue) else {
            return false;
        };
        if token.is_word() && token.tags.has(Tags::INVERTIBLE) && !token.upper {
            break;
        }
        if !(token.is_word() || token.is_punct('.')) || subject_words == MAX_SUBJECT_WORDS {
            return false;
        }
        subject_words += usize::from(token.is_word());
        cue += 1;
    }
    // "Trump said.", "Trump said Friday.", "Rubio said of Apple.": what
    // follows the verb is an adverbial, not a reported clause or quotation of
    // its own ("Analysts said the …", "She adds, “…”"). A comma or a
    // conjunction right after the verb or after its prepositional phrase
    // ends the verb's clause ("Rubio asked, adding …", "Lee said as she
    // left", "Rubio said of Apple in May, when …"), so the verb took nothing
    // but the quotation; a comma before a quotation mark opens the verb's
    // own quotation, and one after a noun may sit inside a reported clause
    // ("Lee said Monday she, too, …").
    let adverbial = Tags::PREPOSITION | Tags::TIME | Tags::ADVERB;
    let ends = |t: &Token| t.kind == TokenKind::Punct && matches!(t.first, '.' | '!' | '?');
    let clause_ends = |i: usize| {
        let token = &tokens[i];
        let comma = token.is_punct(',') && tokens.get(i + 1).is_some_and(|next| next.kind != TokenKind::QuoteMark);
        comma || token.is_word() && token.tags.has(Tags::CONJUNCTION)
    };
    let after = tokens.get(cue + 1);
    if cue > from && after.is_some_and(|t| !(ends(t) || clause_ends(cue + 1) || t.is_word() && t.tags.has(adverbial))) {
        return false;
    }
    let prepositional = after.is_some_and(|t| t.is_word() && t.tags.has(Tags::PREPOSITION));
    let mut rest_words = 0;
    for (i, token) in tokens.iter().enumerate().skip(cue + 1) {
        if token.kind == TokenKind::QuoteMark || ends(token) || (i == cue + 1 || prepositional) && clause_ends(i) {
            return true;
        }
        if token.is_word() {
            rest_words += 1;
            if token.tags.has(Tags::COMPLEMENTIZER) || rest_words > MAX_REST_WORDS {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_a_character_as_to_lowercase_does_and_drops_white_space() {
        for c in ('\0'..='\u{3000}').chain(['\u{1e9e}', '\u{10400}']) {
            let mut lower = String::new();
            push_lowercase(&mut lower, c);
            let expected: String =
                Some(c).filter(|c| !c.is_whitespace()).into_iter().flat_map(char::to_lowercase).collect();
            assert_eq!(lower, expected, "{c:?}");
        }
    }

    #[test]
    fn alphanumeric_characters_are_told_as_the_standard_library_tells_them() {
        for c in ('\u{80}'..='\u{2fff}').chain(['€', 'ß', '’', '„', '“', '—', 'İ', 'ǃ']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The letters and digits that `ASCII_FOLD` marks, one byte at a time.
    fn run_by_bytes(bytes: &[u8]) -> usize {
        bytes.iter().take_while(|&&byte| ASCII_FOLD[usize::from(byte)] != 0).count()
    }

    #[test]
    fn an_alphanumeric_run_stops_at_each_other_byte() {
        for byte in 0..=u8::MAX {
            for at in 0..20 {
                let mut bytes = b"Zaz09AzZqwertyuiopXY".to_vec();
                bytes[at] = byte;
                assert_eq!(alphanumeric_run(&bytes), run_by_bytes(&bytes), "byte {byte} at {at}");
                assert_eq!(alphanumeric_run(&bytes[at..]), run_by_bytes(&bytes[at..]), "byte {byte} first");
            }
        }
    }

    /// Every word `ascii_word` takes in `text`, at each offset, checked
    /// against what `word_end` and `WordKey::of` give there.
    fn ascii_words_checked(text: &str) -> Vec<(usize, &str)> {
        let mut taken = Vec::new();
        for (offset, _) in text.char_indices() {
            let Some((word, key)) = ascii_word(text.as_bytes(), offset) else {
                continue;
            };
            let (end, ascii) = word_end(text, offset, &mut String::new());
            assert_eq!((offset + word.len(), true), (end, ascii), "{text:?} at {offset}");
            assert_eq!(key, WordKey::of(word), "{text:?} at {offset}");
            taken.push((offset, &text[offset..end]));
        }
        taken
    }

    #[test]
    fn an_ascii_word_ends_where_word_end_ends_it() {
        let text = "Ada said: \"We 2 won\" -- Pia-Lenz' KLM’ 9am, Oslo-\nBerg VIII.\r\n Ab1 Über \
                    Riverbank ABCDEFGH, Internationalisation and Eastwood went home today.";
        let at_word_starts: Vec<&str> = ascii_words_checked(text)
            .into_iter()
            .filter(|&(offset, _)| !text[..offset].chars().next_back().is_some_and(is_alphanumeric))
            .map(|(_, word)| word)
            .collect();
        let expected = [
            "Ada",
            "said",
            "We",
            "2",
            "won",
            "9am",
            "Berg",
            "VIII",
            "Ab1",
            "Riverbank",
            "ABCDEFGH",
            "and",
            "Eastwood",
            "went",
            "home",
        ];
        assert_eq!(at_word_starts, expected);
        assert!(ascii_word(b"Riverbank said", 0).is_none(), "the text ends within sixteen bytes");
        assert!(ascii_word(b"Lenz", 0).is_none(), "the text ends within eight bytes");
    }

    proptest::proptest! {
        #[test]
        fn an_ascii_word_is_what_the_slow_path_finds(text in "([a-zA-Z0-9]{0,17}[ '\\-.,\n\r’äÖ€\t]{1,2}){0,6}") {
            ascii_words_checked(&text);
        }

        #[test]
        fn an_alphanumeric_run_is_that_of_the_table(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            proptest::prop_assert_eq!(alphanumeric_run(&bytes), run_by_bytes(&bytes));
        }
    }

    fn seg(text: &str) -> Segments {
        segment(text, 0..text.len(), Lexicon::for_language("de"))
    }

    fn quotes(text: &str) -> Vec<&str> {
        seg(text).quotations.iter().map(|q| &text[q.span.clone()]).collect()
    }

    #[test]
    fn splits_paragraphs_at_blank_lines() {
        let text = "Eins.\n\n  Zwei\nzwei.\r\n\r\nDrei.\n";
        let spans: Vec<&str> = paragraphs(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, ["Eins.", "Zwei\nzwei.", "Drei."]);
    }

    #[test]
    fn pairs_every_style() {
        assert_eq!(quotes("Er sagte: „Wir kommen.“ Dann ging er."), ["„Wir kommen.“"]);
        assert_eq!(quotes("He said: “We come.” Then he left."), ["“We come.”"]);
        assert_eq!(quotes("Sie sagte »Nein« und »Ja«."), ["»Nein«", "»Ja«"]);
        assert_eq!(quotes("Il a dit «Non» hier."), ["«Non»"]);
        assert_eq!(quotes("''We will win,'' he said."), ["''We will win,''"]);
        assert_eq!(quotes("\"Die Kontakte\", so er, \"müssen\"."), ["\"Die Kontakte\"", "\"müssen\""]);
    }

    #[test]
    fn an_unclosed_mark_stops_at_the_paragraph() {
        let text = "Er sagte: „Wir kommen\n\nNächster Absatz ohne Zeichen.";
        let segments = seg(text);
        assert_eq!(segments.quotations.len(), 1);
        assert_eq!(&text[segments.quotations[0].span.clone()], "„Wir kommen");
        assert!(!segments.quotations[0].continues);
    }

    #[test]
    fn a_quotation_runs_on_into_a_reopened_paragraph() {
        let text = "“First part.\n\n“Second part,” he said.";
        let segments = seg(text);
        let spans: Vec<&str> = segments.quotations.iter().map(|q| &text[q.span.clone()]).collect();
        assert_eq!(spans, ["“First part.", "“Second part,”"]);
        assert!(segments.quotations[0].continues && segments.quotations[1].continued);
    }

    #[test]
    fn a_quotation_runs_on_to_a_closing_mark_in_the_next_paragraph() {
        let text = "„Erster Teil.\n\nZweiter Teil“, sagte sie.";
        let segments = seg(text);
        let spans: Vec<&str> = segments.quotations.iter().map(|q| &text[q.span.clone()]).collect();
        assert_eq!(spans, ["„Erster Teil.", "Zweiter Teil“"]);
    }

    #[test]
    fn sentences_end_outside_quotations_only() {
        let text = "„Das ist gut. Wir kommen“, sagte er am 11. September. Dr. Meier schwieg. Dann ging er. \
                    Es kamen 9.000 Menschen.";
        let segments = seg(text);
        let sentences: Vec<&str> = segments
            .sentences
            .iter()
            .map(|s| {
                let tokens = &segments.paragraphs[0].tokens;
                &text[tokens[s.tokens.start].start..tokens[s.tokens.end - 1].end]
            })
            .collect();
        assert_eq!(
            sentences,
            [
                "„Das ist gut. Wir kommen“, sagte er am 11. September.",
                "Dr. Meier schwieg.",
                "Dann ging er.",
                "Es kamen 9.000 Menschen."
            ]
        );
    }

    fn sentence_texts(text: &str, lang: &str) -> Vec<String> {
        let segments = segment(text, 0..text.len(), Lexicon::for_language(lang));
        let tokens = &segments.paragraphs[0].tokens;
        segments
            .sentences
            .iter()
            .map(|s| text[tokens[s.tokens.start].start..tokens[s.tokens.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn a_sentence_ends_where_the_space_after_its_period_was_lost() {
        let text = "Weitere Soldaten sollen bald folgen.Eine Sprecherin schwieg. Die Seite www.Example.org und \
                    de.wikipedia.org nennen 9.000 Helfer, z.B. Frau Roth.";
        assert_eq!(
            sentence_texts(text, "de"),
            [
                "Weitere Soldaten sollen bald folgen.",
                "Eine Sprecherin schwieg.",
                "Die Seite www.Example.org und de.wikipedia.org nennen 9.000 Helfer, z.B. Frau Roth.",
            ]
        );
    }

    #[test]
    fn an_english_aside_in_parentheses_is_a_sentence_of_its_own() {
        let text = "Mara Quist spoke in Tarnby. (The mayor, Ivo Lind, did not come.) Her rival spoke later. \
                    Senator Ben Holt Jr. (D-Tarnby) agreed (as did Lind).";
        assert_eq!(
            sentence_texts(text, "en"),
            [
                "Mara Quist spoke in Tarnby.",
                "(The mayor, Ivo Lind, did not come.)",
                "Her rival spoke later.",
                "Senator Ben Holt Jr. (D-Tarnby) agreed (as did Lind).",
            ]
        );
        assert_eq!(sentence_texts("Sie kam. (Er nicht.) Dann ging sie.", "de").len(), 1);
    }

    #[test]
    fn a_german_ordinal_before_its_noun_ends_no_sentence() {
        let text = "Der Verein steigt in die 3. Liga ab, sagte Olaf Brenner. Das 12. Festival findet im 17. Stock \
                    des landesweiten 2. Senders statt. Die Zahl stieg auf 40. Helfer suchen weiter. Er kam auf \
                    Platz 13. Sein Team wurde den 60. Der Trainer schwieg. Das war im Jahr 2010. Kommende Woche \
                    geht es weiter.";
        assert_eq!(
            sentence_texts(text, "de"),
            [
                "Der Verein steigt in die 3. Liga ab, sagte Olaf Brenner.",
                "Das 12. Festival findet im 17. Stock des landesweiten 2. Senders statt.",
                "Die Zahl stieg auf 40.",
                "Helfer suchen weiter.",
                "Er kam auf Platz 13.",
                "Sein Team wurde den 60.",
                "Der Trainer schwieg.",
                "Das war im Jahr 2010.",
                "Kommende Woche geht es weiter."
            ]
        );
        // English writes no ordinal with a period: the number ends its sentence.
        assert_eq!(sentence_texts("They met the 3. Police came.", "en"), ["They met the 3.", "Police came."]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, failure_persistence: None, ..Default::default() })]

        /// Whatever numbers, periods and capitals meet, the sentences of a
        /// paragraph follow one another without gap or overlap and none is empty.
        #[test]
        fn sentences_tile_their_paragraph(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "3", "17", "2010", "am", "die", "Der", "landesweiten", "auf", "Platz", "Liga", "Stock", "Es",
                "Mai", ".", ". ", ", ", "„", "“", " ", "\n\n", "z. B.", "Nr.", "u. a.",
            ][..]), 0..60)
        ) {
            let text = parts.join(" ");
            for lang in ["de", "en"] {
                let segments = segment(&text, 0..text.len(), Lexicon::for_language(lang));
                let mut next = vec![0; segments.paragraphs.len()];
                for sentence in &segments.sentences {
                    proptest::prop_assert!(!sentence.tokens.is_empty());
                    proptest::prop_assert_eq!(sentence.tokens.start, next[sentence.paragraph]);
                    next[sentence.paragraph] = sentence.tokens.end;
                }
                for (p, paragraph) in segments.paragraphs.iter().enumerate() {
                    proptest::prop_assert_eq!(next[p], paragraph.tokens.len());
                }
            }
        }
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let text = "US-Kollegen Clinton’s -Ende";
        let tokens = tokenize(text, 0..text.len(), Lexicon::for_language("de"), &mut String::new());
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.span()]).collect();
        assert_eq!(words, ["US-Kollegen", "Clinton’s", "-", "Ende"]);
    }

    #[test]
    fn a_word_broken_after_its_hyphen_at_a_line_end_is_one_word() {
        let text = "the Deputy-\nMayor and Vice- Chair Orlan Tesk-\r\nVay, pre- and post-war";
        let english = Lexicon::for_language("en");
        let tokens = tokenize(text, 0..text.len(), english, &mut String::new());
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.span()]).collect();
        let expected = ["the", "Deputy-\nMayor", "and", "Vice- Chair", "Orlan", "Tesk-\r\nVay", ",", "pre", "-", "and"];
        assert_eq!(words[..expected.len()], expected);
        // The lexicon reads the word without its break.
        let text = "the Prime-\nMinister";
        let tokens = tokenize(text, 0..text.len(), english, &mut String::new());
        assert!(tokens[1].tags.has(Tags::ROLE), "{:?}", tokens[1]);
        assert_eq!(join_hyphen_breaks("Deputy-\nMayor Tesk-\r\nVay").as_deref(), Some("Deputy-Mayor Tesk-Vay"));
        assert_eq!(join_hyphen_breaks("pre- and post-war -\nthen"), None);
    }

    #[test]
    fn a_genitive_apostrophe_after_s_stays_with_its_word() {
        let text = "Jonas’ aides met the Ferris' staff.";
        let tokens = tokenize(text, 0..text.len(), Lexicon::for_language("en"), &mut String::new());
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.span()]).collect();
        assert_eq!(words, ["Jonas’", "aides", "met", "the", "Ferris'", "staff", "."]);
        // A closing mark after a plural in -s still closes its quotation.
        for text in
            ["“We beat the Titans” he said.", "\"We beat the Titans\" he said.", "''We beat the Titans'' he said."]
        {
            assert_eq!(quotes(text), [&text[..text.find(" he").expect("he")]], "{text}");
        }
    }

    #[test]
    fn an_ascii_word_has_the_tags_of_its_lowercase_in_any_case() {
        let lexicon = Lexicon::for_language("de");
        let text = "LAUT Angaben Des Verbandes sagte Pia Lenz-Ohm, Ministerin: Äußerst";
        let tokens = tokenize(text, 0..text.len(), lexicon, &mut String::new());
        for token in tokens.iter().filter(|t| t.is_word()) {
            let word = &text[token.span()];
            assert_eq!(token.tags, lexicon.tags(&word.to_lowercase()), "{word}");
        }
        assert!(tokens[0].tags.has(Tags::SOURCE_PREP));
        // The cue before "tank" loses its tags whatever the case of "tank".
        let text = "the Think TANK said";
        let tokens = tokenize(text, 0..text.len(), Lexicon::for_language("en"), &mut String::new());
        assert!(tokens[1].tags.is_empty());
        assert!(tokens[3].tags.has(Tags::CUE));
    }

    /// The tokens a paragraph lists are those a pass over its tokens would
    /// find: every mark, every token other than a word, every capitalised
    /// word, and every word that is a key
    /// word in any case (one broken at a line end too, which the rules then
    /// pass over); no token carries the tokenizer's own tags.
    fn listed_tokens_checked(text: &str) {
        const KEY_WORDS: [&str; 8] =
            ["asked", "reportedly", "seem", "seems", "seemed", "appear", "appears", "appeared"];
        for lang in ["en", "de"] {
            let paragraph = tokenize_paragraph(text, 0..text.len(), Lexicon::for_language(lang), &mut String::new());
            let tokens = &paragraph.tokens;
            let marks: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].kind == TokenKind::QuoteMark).collect();
            assert_eq!(paragraph.quote_marks, marks, "{text:?}");
            let non_words: Vec<usize> = (0..tokens.len()).filter(|&i| !tokens[i].is_word()).collect();
            assert_eq!(paragraph.non_words, non_words, "{text:?}");
            let capitalised: Vec<usize> =
                (0..tokens.len()).filter(|&i| tokens[i].is_word() && tokens[i].upper).collect();
            assert_eq!(paragraph.capitalised, capitalised, "{text:?}");
            // A cue's tags are dropped before "tank" after the listing.
            let cue_words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].tags.has(Tags::MAY_CUE)).collect();
            assert!(cue_words.iter().all(|i| paragraph.cue_words.contains(i)), "{text:?}");
            assert!(paragraph.cue_words.iter().all(|&i| tokens[i].is_word()), "{text:?}");
            let key_word = |i: usize| {
                let word: String = text[tokens[i].span()].chars().filter(|c| !c.is_whitespace()).collect();
                tokens[i].is_word() && KEY_WORDS.iter().any(|k| k.eq_ignore_ascii_case(&word))
            };
            let expected: Vec<usize> = (0..tokens.len()).filter(|&i| lang == "en" && key_word(i)).collect();
            assert_eq!(paragraph.key_words, expected, "{text:?}");
            assert!(tokens.iter().all(|t| !t.tags.has(Tags::TOKENIZER_ONLY)));
        }
    }

    #[test]
    fn a_paragraph_lists_its_marks_capitalised_words_and_key_words() {
        let text = "Ms. Orlan, ASKED why, said ''we wait'' and „the plan“ Seemed to stall; \"it appears,\" she \
                    reportedly as-\nked, Reportedly-ish « non » seemingly";
        listed_tokens_checked(text);
        // A hyphen and a line break at the end of the text break no word.
        listed_tokens_checked("Lenz-\n");
        let paragraph = tokenize_paragraph(text, 0..text.len(), Lexicon::for_language("en"), &mut String::new());
        let words: Vec<&str> = paragraph.key_words.iter().map(|&i| &text[paragraph.tokens[i].span()]).collect();
        assert_eq!(words, ["ASKED", "Seemed", "appears", "reportedly"]);
        assert_eq!(paragraph.quote_marks.len(), 8);
        assert_eq!(paragraph.capitalised.len(), 5);
    }

    proptest::proptest! {
        #[test]
        fn a_paragraph_lists_what_a_pass_over_its_tokens_finds(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "asked", "Asked", "ASKED", "seems", "Appeared", "appear", "reportedly", "Reportedly", "seeming",
                "said", "Lenz", "\"", "“", "„", "«", "''", "'", " ", "\n", "-", "as-\nked", "seem-\ns", "ä", ".", ",",
            ][..]), 0..40)
        ) {
            listed_tokens_checked(&parts.concat());
        }
    }
}
