//! Fuzz target: any bytes, read as a text article and as JSON Lines, must
//! parse and extract without a panic, and every offset extraction returns
//! must slice the article text.
//!
//! The invariants mirror the property tests in `src/quote/properties.rs`;
//! they are restated here because the fuzz crate cannot see test code.

#![no_main]

use std::ops::Range;
use std::path::Path;

use dictum::article::{Article, parse};
use dictum::quote::{Statement, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    for name in ["fuzz.txt", "fuzz.jsonl"] {
        for article in parse(Path::new(name), text.clone()).articles {
            check(&article, &extract(&article));
        }
    }
});

fn check(article: &Article, statements: &[Statement]) {
    let text = &article.text;
    for statement in statements {
        let mention = statement.speaker.as_ref().and_then(|s| s.mention.as_ref());
        for range in statement.spans.iter().chain(mention).chain(statement.cue.as_ref()) {
            assert!(usable(text, range), "{range:?} cannot slice a text of {} bytes: {statement:?}", text.len());
        }
        // A German reported speech act keeps its speaker in its message.
        if let Some(mention) = mention.filter(|_| !statement.covers_its_speaker()) {
            for span in &statement.spans {
                let overlap = span.start < mention.end && mention.start < span.end;
                assert!(!overlap, "quote {span:?} overlaps its mention {mention:?}: {statement:?}");
            }
        }
    }
}

fn usable(text: &str, range: &Range<usize>) -> bool {
    range.start <= range.end
        && range.end <= text.len()
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end)
}
