//! Turning a statement into a tantivy document.

use tantivy::TantivyDocument;

use crate::article::Article;
use crate::date::day_number;
use crate::quote::Statement;
use crate::schema::Fields;
use crate::speaker;

/// A hash of the quote's words, case and accents folded, so that copies of
/// one quote differing only in quotation marks, spacing or case agree.
pub fn quote_hash(quote: &str) -> u64 {
    // One pass into one buffer, hashed at once: whole speeches are hashed too.
    let mut folded: Vec<u8> = Vec::with_capacity(quote.len());
    let mut gap = false;
    for c in quote.chars() {
        if !c.is_alphanumeric() {
            gap = !folded.is_empty();
            continue;
        }
        if gap {
            folded.push(b' ');
            gap = false;
        }
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase() as u8);
        } else {
            let mut buffer = [0u8; 4];
            for lower in c.to_lowercase() {
                folded.extend_from_slice(lower.encode_utf8(&mut buffer).as_bytes());
            }
        }
    }
    xxhash_rust::xxh3::xxh3_64(&folded)
}

/// The document of `statement`, found in `article`, read from the file
/// whose canonical path is `source`.
pub fn statement_document(fields: &Fields, source: &str, article: &Article, statement: &Statement) -> TantivyDocument {
    let text = &article.text;
    let quote = statement.text(text);
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, statement.id(article));
    doc.add_text(fields.file, article.file.display().to_string());
    doc.add_text(fields.source, source);
    doc.add_text(fields.article, article.locator());
    doc.add_text(fields.kind, statement.kind.as_str());
    doc.add_text(fields.quote_for(&article.lang), &quote);
    doc.add_text(fields.quote, &quote);
    doc.add_u64(fields.quote_hash, quote_hash(&quote));
    let extent = statement.extent();
    if let Some(context) = statement.context(article) {
        doc.add_text(fields.context, &text[context]);
    }
    doc.add_u64(fields.span_start, extent.start as u64);
    doc.add_u64(fields.span_end, extent.end as u64);
    if let Some(speaker) = &statement.speaker {
        doc.add_text(fields.speaker, &speaker.name);
        doc.add_text(fields.speaker_exact, &speaker.name);
        for key in speaker::name_keys(&speaker.name) {
            doc.add_text(fields.speaker_key, key);
        }
        if let Some(role) = &speaker.role {
            doc.add_text(fields.role, role);
            doc.add_text(fields.role_exact, role);
        }
        if let Some(mention) = &speaker.mention {
            doc.add_text(fields.mention, &text[mention.clone()]);
        }
    }
    if let Some(cue) = &statement.cue {
        doc.add_text(fields.cue, &text[cue.clone()]);
    }
    doc.add_text(fields.rule, statement.rule);
    if let Some(date) = article.date {
        doc.add_text(fields.date, date.to_string());
        doc.add_i64(fields.date_start, day_number(date.first_day()));
        doc.add_i64(fields.date_end, day_number(date.last_day()));
    }
    doc.add_text(fields.title, &article.title);
    doc.add_text(fields.lang, &article.lang);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quote_hash_is_of_the_words_lowercased_one_space_apart() {
        let expected = xxhash_rust::xxh3::xxh3_64("die grenze bleibt ça va 2024".as_bytes());
        assert_eq!(quote_hash("„Die Grenze bleibt“ –  Ça va, 2024!"), expected);
        assert_eq!(quote_hash("  die GRENZE\nbleibt... ÇA VA 2024"), expected);
        assert_ne!(quote_hash("Die Grenze bleibt zu"), expected);
    }
}
