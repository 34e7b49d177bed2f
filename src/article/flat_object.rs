//! A JSON Lines record of the common shape read without serde_json's string
//! scanner: one object whose values are strings, numbers, booleans or null.
//! Its strings are decoded between the escapes that memchr finds 32 bytes at
//! a time; serde_json tests eight bytes a step for a quote, a backslash or a
//! control character, and a speech has a line-break escape every 50 bytes or
//! so, where it stops and copies the run into its scratch buffer, to copy
//! the whole string once more at its end (40.5 M instructions of reading the
//! speeches of 1995 and 2010; 24.1 M this way). serde_json used otherwise
//! does not help: its byte-string reading finds escapes with memchr too, but
//! checks the text's UTF-8 again and still copies it twice (3.4 M less).
//!
//! Anything else is left to serde_json, which reads the line again: a nested
//! array or object, a `\u` escape of a surrogate, a control character
//! anywhere on the line, any syntax error. So a record read here is the one
//! serde_json reads, and a bad one gets serde_json's own message.

use serde_json::{Map, Value};

/// The object on `line`, or `None` where serde_json is to read it.
pub fn read(line: &str) -> Option<Map<String, Value>> {
    // serde_json refuses a control character in a string and passes tab,
    // carriage return and line feed between tokens: a line with any of them
    // is rare enough to leave to it whole.
    if has_control_byte(line.as_bytes()) {
        return None;
    }
    let mut reader = Reader { line, at: 0, stops: Stops::new() };
    let object = reader.object()?;
    reader.skip_space();
    (reader.at == line.len()).then_some(object)
}

struct Reader<'a> {
    line: &'a str,
    /// The byte the reader is at; always on a character boundary.
    at: usize,
    stops: Stops,
}

/// Finds a string's next quote or backslash: with memchr's AVX2 searcher,
/// made once a line, where the processor has it. `memchr2` looks that
/// searcher up and broadcasts the two bytes again at each call, a third of
/// its 83 instructions a call on the runs of 50 bytes between a speech's
/// line-break escapes.
struct Stops {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Two>,
}

impl Stops {
    fn new() -> Self {
        Stops {
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Two::new(b'"', b'\\'),
        }
    }

    fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(searcher) = &self.avx2 {
            return searcher.find(haystack);
        }
        memchr::memchr2(b'"', b'\\', haystack)
    }
}

impl Reader<'_> {
    fn object(&mut self) -> Option<Map<String, Value>> {
        let mut object = Map::new();
        self.skip_space();
        self.expect(b'{')?;
        self.skip_space();
        if self.eat(b'}') {
            return Some(object);
        }
        loop {
            self.skip_space();
            self.expect(b'"')?;
            let key = self.string()?;
            // serde_json's private keys, which make it read a raw value.
            if key.starts_with("$serde_json::private::") {
                return None;
            }
            self.skip_space();
            self.expect(b':')?;
            self.skip_space();
            let value = self.scalar()?;
            // A key given twice keeps its last value, as serde_json's map does.
            object.insert(key, value);
            self.skip_space();
            if self.eat(b'}') {
                return Some(object);
            }
            self.expect(b',')?;
        }
    }

    /// A string, a number, `true`, `false` or `null`.
    fn scalar(&mut self) -> Option<Value> {
        if self.eat(b'"') {
            return self.string().map(Value::String);
        }
        // A number or a literal ends at the first byte that cannot go on
        // it; serde_json reads the token itself, to give the same number.
        let rest = &self.line.as_bytes()[self.at..];
        let length = rest.iter().position(|&byte| !is_token_byte(byte)).unwrap_or(rest.len());
        let token = &self.line[self.at..self.at + length];
        let value = serde_json::from_str::<Value>(token).ok()?;
        self.at += length;
        Some(value)
    }

    /// The rest of a string whose opening quote was read, decoded.
    fn string(&mut self) -> Option<String> {
        let bytes = self.line.as_bytes();
        let mut decoded = String::new();
        loop {
            let rest = &bytes[self.at..];
            let stop = self.stops.find(rest)?;
            // A quote or a backslash ends the run on a character boundary.
            let run = &self.line[self.at..self.at + stop];
            self.at += stop + 1;
            if rest[stop] == b'"' {
                // An escape leaves a character behind: empty, the string had none.
                if decoded.is_empty() {
                    return Some(run.to_string());
                }
                decoded.push_str(run);
                decoded.shrink_to_fit();
                return Some(decoded);
            }
            if decoded.capacity() == 0 {
                // Room for the rest of the line, which holds the rest of the
                // string, once: its end gives back what it did not use.
                decoded.reserve(rest.len());
            }
            decoded.push_str(run);
            decoded.push(self.escaped()?);
        }
    }

    /// The character an escape stands for, its backslash read.
    fn escaped(&mut self) -> Option<char> {
        let letter = *self.line.as_bytes().get(self.at)?;
        self.at += 1;
        let character = match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = self.line.get(self.at..self.at + 4)?;
                // `from_str_radix` takes a sign, which an escape may not have.
                if !hex.bytes().all(|byte| byte.is_ascii_hexdigit()) {
                    return None;
                }
                self.at += 4;
                // A surrogate, of a pair or alone, is left to serde_json.
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            _ => return None,
        };
        Some(character)
    }

    fn skip_space(&mut self) {
        let rest = &self.line.as_bytes()[self.at..];
        self.at += rest.iter().position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r')).unwrap_or(rest.len());
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.line.as_bytes().get(self.at) == Some(&byte);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }
}

/// A byte that may stand in a number or in `true`, `false`, `null`.
fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'+' | b'.')
}

/// Whether `bytes` hold a control character (below U+0020).
fn has_control_byte(bytes: &[u8]) -> bool {
    // A cache line at a time, without an early exit inside it, which lets
    // the compiler test it with a few vector instructions (blocks of 16
    // bytes cost 1.3 M more on the speeches of 1995 and 2010).
    let mut blocks = bytes.chunks_exact(64);
    let in_blocks = blocks.by_ref().any(|block| block.iter().fold(false, |control, &byte| control | (byte < 0x20)));
    in_blocks || blocks.remainder().iter().any(|&byte| byte < 0x20)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::{Map, Value, json};

    use super::*;

    /// What serde_json reads on `line`, where it reads an object.
    fn by_serde(line: &str) -> Option<Map<String, Value>> {
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(object)) => Some(object),
            _ => None,
        }
    }

    /// A value of the kinds read here, as JSON text: strings with every
    /// character serde_json escapes, and numbers of every form.
    fn scalar_text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>().prop_map(|text| Value::String(text).to_string()),
            "([a-z\"\\\\/ \t\n\u{1}\u{7f}é€]|\u{1F600}){0,12}".prop_map(|text| Value::String(text).to_string()),
            any::<i64>().prop_map(|number| number.to_string()),
            any::<f64>()
                .prop_filter("finite", |number| number.is_finite())
                .prop_map(|number| json!(number).to_string()),
            Just("-0.5e+3".to_string()),
            Just("true".to_string()),
            Just("false".to_string()),
            Just("null".to_string()),
        ]
    }

    /// Objects of those values with keys that may repeat, spaced at random.
    fn object_line() -> impl Strategy<Value = String> {
        let space = "[ ]{0,2}";
        proptest::collection::vec(("(text|date|[a-z\u{e9}\"]{0,3})", scalar_text(), space), 0..6).prop_map(|pairs| {
            let members: Vec<String> = pairs
                .iter()
                .map(|(key, value, space)| format!("{space}{}{space}:{value}", Value::from(key.as_str())))
                .collect();
            format!("{{{}}} ", members.join(","))
        })
    }

    proptest! {
        #[test]
        fn reads_an_object_of_scalars_as_serde_json_does(line in object_line()) {
            prop_assert_eq!(read(&line), by_serde(&line));
        }

        #[test]
        fn reads_a_line_only_as_serde_json_does(line in "[ {}\\[\\]\":,tenulaf0-9\\\\/.\\-+\u{1}\té]{0,24}") {
            // Anything may go to serde_json; what is read here is its reading.
            if let Some(object) = read(&line) {
                prop_assert_eq!(Some(object), by_serde(&line));
            }
        }

        #[test]
        fn finds_control_bytes_as_a_plain_search_does(bytes in proptest::collection::vec(any::<u8>(), 0..70)) {
            prop_assert_eq!(has_control_byte(&bytes), bytes.iter().any(|&byte| byte < 0x20));
        }
    }

    #[test]
    fn decodes_every_escape() {
        let line = r#"{"text": "a\"b\\c\/d\be\ff\ng\rh\ti\u00e9j\u20ACk", "id": 7, "n": null}"#;
        let object = read(line).expect("a flat object");
        assert_eq!(object["text"], "a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti\u{e9}j\u{20ac}k");
        assert_eq!(object["id"], 7);
        assert_eq!(object["n"], Value::Null);
    }

    #[test]
    fn leaves_what_it_does_not_read_to_serde_json() {
        for line in [
            r#"{"text": "a", "tags": ["x"]}"#,
            r#"{"text": {"body": "a"}}"#,
            r#"{"text": "\ud83d\ude00"}"#,
            "{\"text\": \"a\tb\"}",
            "{\"text\":\t\"a\"}",
            r#"{"text": "a",}"#,
            r#"{"text": "a"} x"#,
            r#"{"text": "\x"}"#,
            r#"{"text": "a"#,
            r#"["text"]"#,
            r#"{"$serde_json::private::RawValue": "1"}"#,
        ] {
            assert_eq!(read(line), None, "{line}");
        }
    }
}
