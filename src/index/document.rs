//! Turning a statement into a tantivy document.

use std::cell::RefCell;
use std::ops::Range;

use tantivy::TantivyDocument;
use xxhash_rust::xxh3::Xxh3;

use crate::article::Article;
use crate::date::{PartialDate, day_number};
use crate::quote::{ASCII_FOLD, Kind, QuoteRecord, RECORD_FORMAT, Record, SpeakerKeys, Statement, alphanumeric_bits};
use crate::schema::Fields;

/// A hash of the quote's words, case and accents folded, so that copies of
/// one quote differing only in quotation marks, spacing or case agree.
pub fn quote_hash(quote: &str) -> u64 {
    // Whole speeches are hashed too. The folded words go a piece at a time
    // through a buffer on the stack into a streaming hasher, which gives
    // the hash of all of them at once: a buffer for the whole folded text,
    // three times its size and zeroed, cost a tenth of the hashing.
    let bytes = quote.as_bytes();
    let mut hasher = Xxh3::new();
    let mut folded = [0u8; FOLD_BUFFER];
    let mut len = 0;
    let mut gap = false;
    let mut started = false;
    let mut offset = 0;
    while offset < bytes.len() {
        // A piece of the quote is at most `FOLD_PIECE` bytes and one
        // character more; folded, at most three times that and a space.
        let piece_end = (offset + FOLD_PIECE).min(bytes.len());
        // Eight bytes at a time, while they are running ASCII text; a
        // stretch that is not is folded byte by byte, eight bytes of it.
        let mut bytewise_until = offset;
        while offset < piece_end {
            if offset >= bytewise_until
                && let Some(chunk) = bytes.get(offset..offset + 8).filter(|_| offset + 8 <= piece_end)
            {
                let chunk = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
                if let Some((eight, kept)) = fold_eight(chunk, started && !gap) {
                    if gap {
                        folded[len] = b' ';
                        len += 1;
                    }
                    folded[len..len + 8].copy_from_slice(&eight.to_le_bytes());
                    len += kept;
                    // A separator last waits for the next word to become its space.
                    gap = kept < 8;
                    started = true;
                    offset += 8;
                    continue;
                }
                bytewise_until = offset + 8;
            }
            let byte = bytes[offset];
            let lower = ASCII_FOLD[usize::from(byte)];
            if lower != 0 {
                if gap {
                    folded[len] = b' ';
                    len += 1;
                    gap = false;
                }
                folded[len] = lower;
                len += 1;
                started = true;
                offset += 1;
                continue;
            }
            if byte < 128 {
                gap = started;
                offset += 1;
                continue;
            }
            let c = quote[offset..].chars().next().unwrap_or_default();
            offset += c.len_utf8();
            if !c.is_alphanumeric() {
                gap = started;
                continue;
            }
            if gap {
                folded[len] = b' ';
                len += 1;
                gap = false;
            }
            for lower in c.to_lowercase() {
                len += lower.encode_utf8(&mut folded[len..]).len();
            }
            started = true;
        }
        hasher.update(&folded[..len]);
        len = 0;
    }
    hasher.digest()
}

/// Eight bytes of a quote folded as [`quote_hash`] folds them one by one,
/// when they are ASCII and each byte that is not a letter or digit stands
/// between two that are (running text: "of the w", not "peace, " or a line
/// break after a full stop); `after_word` says whether the byte before was
/// a letter or digit. Gives the eight folded bytes (letters lowercased,
/// each separator a space) and how many to keep: seven when the last byte
/// is a separator, whose space waits for the next word.
///
/// Byte by byte, the fold took fifteen instructions a byte of every quote,
/// a whole speech each (4 % of indexing).
#[inline]
fn fold_eight(chunk: u64, after_word: bool) -> Option<(u64, usize)> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(byte: u8) -> u64 {
        byte as u64 * 0x0101_0101_0101_0101
    }
    if chunk & HIGH != 0 {
        return None;
    }
    let separators = !alphanumeric_bits(chunk) & HIGH;
    // Two separators side by side make one space, and one first makes none
    // unless a word came before it.
    if separators & (separators << 8) != 0 || (separators & 0x80 != 0 && !after_word) {
        return None;
    }
    // Bit 7 of each byte from 'A' to 'Z' (all are ASCII: no sum carries),
    // moved to bit 5, lowercases it.
    let uppercase = (chunk + each(0x80 - b'A')) & !(chunk + each(0x7f - b'Z')) & HIGH;
    let lowered = chunk | uppercase >> 2;
    let separator_bytes = (separators >> 7) * 0xff;
    let folded = (lowered & !separator_bytes) | (each(b' ') & separator_bytes);
    let kept = if separators >> 63 != 0 { 7 } else { 8 };
    Some((folded, kept))
}

/// Bytes of the quote folded at a time by [`quote_hash`].
const FOLD_PIECE: usize = 1024;
/// Room for a piece folded: a character's lowercase takes at most three
/// times its bytes ("İ", two bytes, is "i̇", three), and a gap one byte
/// before it.
const FOLD_BUFFER: usize = 3 * (FOLD_PIECE + 4) + 1;

/// Everything the index keeps of one statement, whichever input it came
/// from: an article extracted now, or a record extracted elsewhere.
struct Row<'a> {
    id: String,
    file: &'a str,
    /// The article's file, canonical when it exists: `show` reads it again.
    source: &'a str,
    /// The input file the statement was indexed from.
    origin: &'a str,
    article: String,
    kind: &'a str,
    quote: &'a str,
    context: Option<&'a str>,
    extent: Range<usize>,
    speaker: Option<&'a str>,
    role: Option<&'a str>,
    mention: Option<&'a str>,
    cue: Option<&'a str>,
    rule: &'a str,
    date: Option<PartialDate>,
    title: &'a str,
    lang: &'a str,
}

thread_local! {
    /// The speaker keys of names this indexing thread has seen: a run
    /// indexes the same speakers again and again, and a word's keys in every
    /// transliteration habit cost thousands of instructions.
    static SPEAKER_KEYS: RefCell<SpeakerKeys> = RefCell::new(SpeakerKeys::default());
}

fn document(fields: &Fields, row: &Row) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &row.id);
    doc.add_text(fields.file, row.file);
    doc.add_text(fields.source, row.source);
    doc.add_text(fields.origin, row.origin);
    doc.add_text(fields.article, &row.article);
    doc.add_text(fields.kind, row.kind);
    doc.add_text(fields.quote_for(row.lang), row.quote);
    if let Some((pairs, _)) = fields.pairs_of(fields.quote_for(row.lang)) {
        doc.add_text(pairs, row.quote);
    }
    doc.add_text(fields.quote, row.quote);
    let hash = quote_hash(row.quote);
    doc.add_u64(fields.quote_hash, hash);
    if let Some(context) = row.context {
        doc.add_text(fields.context, context);
    }
    doc.add_u64(fields.span_start, row.extent.start as u64);
    doc.add_u64(fields.span_end, row.extent.end as u64);
    if let Some(name) = row.speaker {
        doc.add_text(fields.speaker, name);
        doc.add_text(fields.speaker_exact, name);
        for key in SPEAKER_KEYS.with_borrow_mut(|keys| keys.of(name)) {
            doc.add_text(fields.speaker_key, key);
        }
        if let Some(role) = row.role {
            doc.add_text(fields.role, role);
            doc.add_text(fields.role_exact, role);
        }
        if let Some(mention) = row.mention {
            doc.add_text(fields.mention, mention);
        }
    }
    if let Some(cue) = row.cue {
        doc.add_text(fields.cue, cue);
    }
    doc.add_text(fields.rule, row.rule);
    if let Some(date) = row.date {
        doc.add_text(fields.date, date.to_string());
        doc.add_i64(fields.date_start, day_number(date.first_day()));
        doc.add_i64(fields.date_end, day_number(date.last_day()));
    }
    doc.add_text(fields.title, row.title);
    doc.add_text(fields.lang, row.lang);
    let date = row.date.map(|date| date.to_string());
    let listing = [Some(row.id.as_str()), date.as_deref(), Some(row.title), Some(row.file), Some(&row.article)];
    encode_listing(listing, |word| doc.add_u64(fields.listing, word));
    doc
}

/// The listing of a statement (see [`crate::schema::LISTING`]): its id,
/// date, title, file and article, each its length (`u32::MAX` when absent)
/// and its bytes, in words of eight bytes (little-endian, the last padded
/// with zeros), given to `emit` in order: the values of the statement in
/// the listing column. The words are packed as the bytes go by, since this
/// runs once for every statement indexed.
pub fn encode_listing(fields: [Option<&str>; LISTING_FIELDS], emit: impl FnMut(u64)) {
    let mut packer = WordPacker { pending: [0; 8], filled: 0, emit };
    for field in fields {
        match field {
            Some(text) => {
                // Files are read up to `--max-file-size`: a field is never
                // near 4 GiB, and one cut there would not read back.
                let kept = text.len().min(u32::MAX as usize - 1);
                packer.push(&(kept as u32).to_le_bytes());
                packer.push(&text.as_bytes()[..kept]);
            }
            None => packer.push(&u32::MAX.to_le_bytes()),
        }
    }
    packer.finish();
}

/// Bytes into little-endian words of eight, the last padded with zeros.
struct WordPacker<Emit: FnMut(u64)> {
    pending: [u8; 8],
    filled: usize,
    emit: Emit,
}

impl<Emit: FnMut(u64)> WordPacker<Emit> {
    fn push(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        if self.filled > 0 {
            let taken = rest.len().min(8 - self.filled);
            self.pending[self.filled..self.filled + taken].copy_from_slice(&rest[..taken]);
            self.filled += taken;
            rest = &rest[taken..];
            if self.filled < 8 {
                return;
            }
            (self.emit)(u64::from_le_bytes(self.pending));
            self.filled = 0;
        }
        let (words, tail) = rest.as_chunks::<8>();
        for word in words {
            (self.emit)(u64::from_le_bytes(*word));
        }
        self.pending[..tail.len()].copy_from_slice(tail);
        self.filled = tail.len();
    }

    fn finish(mut self) {
        if self.filled == 0 {
            return;
        }
        self.pending[self.filled..].fill(0);
        (self.emit)(u64::from_le_bytes(self.pending));
    }
}

/// The bytes of a listing's `words`, as [`encode_listing`] made them
/// (padding included), into `bytes`.
pub fn listing_bytes(words: impl Iterator<Item = u64>, bytes: &mut Vec<u8>) {
    bytes.clear();
    for word in words {
        bytes.extend_from_slice(&word.to_le_bytes());
    }
}

/// The fields of a listing, as [`listing_bytes`] gives it, borrowed from
/// its bytes; `None` when the bytes are not one.
pub fn decode_listing(bytes: &[u8]) -> Option<[Option<&str>; LISTING_FIELDS]> {
    let mut rest = bytes;
    let mut fields: [Option<&str>; LISTING_FIELDS] = [None; LISTING_FIELDS];
    for field in &mut fields {
        let (length, after) = rest.split_first_chunk::<4>()?;
        let length = u32::from_le_bytes(*length);
        rest = after;
        if length == u32::MAX {
            continue;
        }
        let (text, after) = rest.split_at_checked(length as usize)?;
        *field = Some(std::str::from_utf8(text).ok()?);
        rest = after;
    }
    let padding = rest.len() < 8 && rest.iter().all(|&byte| byte == 0);
    padding.then_some(fields)
}

/// The fields of a listing: id, date, title, file, article.
pub const LISTING_FIELDS: usize = 5;

/// The document of `statement`, found in `article`, read from the file
/// whose canonical path is `source`.
pub fn statement_document(fields: &Fields, source: &str, article: &Article, statement: &Statement) -> TantivyDocument {
    let text = &article.text;
    let quote = statement.text(text);
    let speaker = statement.speaker.as_ref();
    let file = article.file.display().to_string();
    document(
        fields,
        &Row {
            id: statement.id(article),
            file: &file,
            source,
            origin: source,
            article: article.locator(),
            kind: statement.kind.as_str(),
            quote: &quote,
            context: statement.context(article).map(|c| &text[c]),
            extent: statement.extent(),
            speaker: speaker.and_then(|s| s.name.as_deref()),
            role: speaker.and_then(|s| s.role.as_deref()),
            mention: speaker.and_then(|s| s.mention.clone()).map(|m| &text[m]),
            cue: statement.cue.clone().map(|c| &text[c]),
            rule: statement.rule,
            date: article.date,
            title: &article.title,
            lang: &article.lang,
        },
    )
}

/// The document of a statement record (`dictum extract` output) read from
/// the file whose canonical path is `origin`; `source` is the canonical
/// path of the record's article file.
pub fn record_document(
    fields: &Fields,
    origin: &str,
    source: &str,
    record: &Record,
) -> std::result::Result<TantivyDocument, String> {
    if record.format > RECORD_FORMAT {
        return Err(format!("record format {} is newer than this dictum reads ({RECORD_FORMAT})", record.format));
    }
    if Kind::from_name(&record.kind).is_none() {
        return Err(format!("unknown kind {:?}", record.kind));
    }
    let date = match &record.date {
        Some(text) => Some(text.parse::<PartialDate>().map_err(|e| format!("date {text:?}: {e}"))?),
        None => None,
    };
    let (quote, extent) = match &record.quote {
        QuoteRecord::One(span) => (&*span.text, span.start..span.end),
        QuoteRecord::Split { spans, text } => {
            let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
                return Err("a split quote without spans".to_string());
            };
            (&**text, first[0]..last[1])
        }
    };
    if extent.start > extent.end {
        return Err(format!("the quote's span {}..{} runs backwards", extent.start, extent.end));
    }
    let speaker = record.speaker.as_ref();
    Ok(document(
        fields,
        &Row {
            id: record.id.clone(),
            file: &record.file,
            source,
            origin,
            article: match record.record {
                Some(number) => format!("{}#{number}", record.file),
                None => record.file.to_string(),
            },
            kind: &record.kind,
            quote,
            context: record.context.as_deref(),
            extent,
            speaker: speaker.and_then(|s| s.name.as_deref()),
            role: speaker.and_then(|s| s.role.as_deref()),
            mention: speaker.and_then(|s| s.mention.as_ref()).map(|m| &*m.text),
            cue: record.cue.as_ref().map(|c| &*c.text),
            rule: &record.rule,
            date,
            title: &record.title,
            lang: &record.lang,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_reads_back_as_written_padding_and_all() {
        let mut bytes = Vec::new();
        for fields in [
            [Some("a1"), None, Some("Title, “quoted”"), Some("dir/file.jsonl"), Some("")],
            [Some("a123"), Some("2021"), Some(""), Some(""), Some("")],
            [None; LISTING_FIELDS],
        ] {
            listing_bytes(listing_words(fields).into_iter(), &mut bytes);
            assert_eq!(bytes.len() % 8, 0);
            assert_eq!(decode_listing(&bytes), Some(fields));
            assert_eq!(decode_listing(&bytes[..bytes.len() - 8]), None, "a word short");
            bytes.extend_from_slice(&[0; 8]);
            assert_eq!(decode_listing(&bytes), None, "a word too many");
        }
        listing_bytes(listing_words([Some("ab"), None, None, None, None]).into_iter(), &mut bytes);
        let last = bytes.len() - 1;
        bytes[last] = 1;
        assert_eq!(decode_listing(&bytes), None, "padding is zeros");
    }

    #[test]
    fn the_quote_hash_is_of_the_words_lowercased_one_space_apart() {
        let expected = xxhash_rust::xxh3::xxh3_64("die grenze bleibt ça va 2024".as_bytes());
        assert_eq!(quote_hash("„Die Grenze bleibt“ –  Ça va, 2024!"), expected);
        assert_eq!(quote_hash("  die GRENZE\nbleibt... ÇA VA 2024"), expected);
        assert_ne!(quote_hash("Die Grenze bleibt zu"), expected);
        let folded = xxhash_rust::xxh3::xxh3_64("i̇stanbul straße σασ 9".as_bytes());
        assert_eq!(quote_hash("«İSTANBUL» — Straße, ΣΑΣ… 9"), folded);
        assert_eq!(quote_hash("İ"), xxhash_rust::xxh3::xxh3_64("i̇".as_bytes()));
    }

    /// The quote's words lowercased character by character, one space apart.
    fn folded_words(quote: &str) -> String {
        let words = quote.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty());
        let lowered: Vec<String> = words.map(|word| word.chars().flat_map(char::to_lowercase).collect()).collect();
        lowered.join(" ")
    }

    #[test]
    fn running_text_folded_eight_bytes_at_a_time_hashes_as_its_words() {
        for quote in [
            "of the world",
            "We Are Here To Stay, said Mr Exampleton of Utopia-7 in 2031.",
            " a b c d e f g h i j ",
            "abcdefg abcdefgh abcdefghi a.b.c.d.e.f.g.h",
            "--ab cd ef gh ij kl",
            "ABCDEFGH\nIJKLMNOP\r\nqrstuvwx yz[]{}@`",
            "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich",
        ] {
            for start in 0..quote.len().min(9) {
                let Some(shifted) = quote.get(start..) else {
                    continue;
                };
                let expected = xxhash_rust::xxh3::xxh3_64(folded_words(shifted).as_bytes());
                assert_eq!(quote_hash(shifted), expected, "{shifted:?}");
            }
        }
    }

    fn listing_words(fields: [Option<&str>; LISTING_FIELDS]) -> Vec<u64> {
        let mut words = Vec::new();
        encode_listing(fields, |word| words.push(word));
        words
    }

    proptest::proptest! {
        /// The words are packed as the bytes go by, so fields of every
        /// length must cross the words' ends and read back whole.
        #[test]
        fn any_listing_reads_back(fields in proptest::array::uniform5(proptest::option::of("[a-zé/#0-9 ]{0,20}"))) {
            let fields = fields.each_ref().map(Option::as_deref);
            let mut bytes = Vec::new();
            listing_bytes(listing_words(fields).into_iter(), &mut bytes);
            let length: usize = fields.iter().map(|field| 4 + field.map_or(0, str::len)).sum();
            proptest::prop_assert_eq!(bytes.len(), length.next_multiple_of(8));
            proptest::prop_assert_eq!(decode_listing(&bytes), Some(fields));
        }

        #[test]
        fn any_quote_hashes_as_its_words_folded(quote in "[ a-zA-Z0-9.,@`\\[{'\n\\-ÄäßİΣЖ\u{301}👍]{0,200}") {
            proptest::prop_assert_eq!(quote_hash(&quote), xxhash_rust::xxh3::xxh3_64(folded_words(&quote).as_bytes()));
        }

        #[test]
        fn long_quotes_hash_as_their_words_folded(quote in "[ a-zA-Z.,Ä\n]{1000,3000}") {
            proptest::prop_assert_eq!(quote_hash(&quote), xxhash_rust::xxh3::xxh3_64(folded_words(&quote).as_bytes()));
        }
    }

    #[test]
    fn a_long_quote_hashes_as_its_words_folded_at_once() {
        // Long enough to be folded in many pieces, with characters and
        // gaps across the pieces' ends.
        let sentence = "„Die Grenze bleibt“ –  ÇA VA, İSTANBUL 2024! ";
        let quote = sentence.repeat(300);
        let words = "die grenze bleibt ça va i̇stanbul 2024";
        let expected = vec![words; 300].join(" ");
        assert_eq!(quote_hash(&quote), xxhash_rust::xxh3::xxh3_64(expected.as_bytes()));
        let shifted = format!("ab {quote}");
        assert_eq!(quote_hash(&shifted), xxhash_rust::xxh3::xxh3_64(format!("ab {expected}").as_bytes()));
    }
}
