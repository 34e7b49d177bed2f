//! JSON Lines and JSON inputs: one article per object.

use std::path::Path;

use serde_json::{Map, Value};

use super::{Article, FieldMap, Format, Loaded, detect_language, flat_object};
use crate::error::Error;

/// Parses a JSON Lines file; a line that does not parse is reported with its
/// number and the others are kept.
pub(super) fn parse_lines(path: &Path, text: &str, fields: &FieldMap) -> Loaded {
    let mut loaded = Loaded::default();
    for (index, line) in lines(text).enumerate() {
        let line_number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        // The common shape of record read on its own, the rest by serde_json.
        let parsed =
            flat_object::read(line).map_or_else(|| serde_json::from_str::<Value>(line), |o| Ok(Value::Object(o)));
        match parsed {
            Ok(value) => {
                push_record(path, line_number, Some(line_number), Format::JsonLines, value, fields, &mut loaded)
            }
            Err(error) => loaded.problems.push(Error::Parse {
                path: path.to_path_buf(),
                line: line_number,
                reason: format!("not valid JSON: {error}"),
            }),
        }
    }
    loaded
}

/// The lines of `text` as [`str::lines`] gives them, found with memchr's
/// vectorised search (`str::lines` went a byte at a time).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let newlines = memchr::memchr_iter(b'\n', text.as_bytes()).map(Some).chain([None]);
    newlines.filter_map(move |newline| {
        let Some(newline) = newline else {
            // The last line, without a line end: kept as it stands, if any.
            let last = (start < text.len()).then(|| &text[start..]);
            start = text.len();
            return last;
        };
        let line = &text[start..newline];
        start = newline + 1;
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

/// Parses a JSON file holding one article object or an array of them.
pub(super) fn parse_document(path: &Path, text: &str, fields: &FieldMap) -> Loaded {
    let mut loaded = Loaded::default();
    let value = match serde_json::from_str::<Value>(text) {
        Ok(value) => value,
        Err(error) => {
            loaded.problems.push(Error::Parse {
                path: path.to_path_buf(),
                line: error.line(),
                reason: format!("not valid JSON: {error}"),
            });
            return loaded;
        }
    };
    match value {
        Value::Array(items) => {
            for (index, item) in items.into_iter().enumerate() {
                push_record(path, 1, Some(index + 1), Format::Json, item, fields, &mut loaded);
            }
        }
        other => push_record(path, 1, None, Format::Json, other, fields, &mut loaded),
    }
    loaded
}

fn push_record(
    path: &Path,
    line: usize,
    record: Option<usize>,
    format: Format,
    value: Value,
    fields: &FieldMap,
    loaded: &mut Loaded,
) {
    let problem = |reason: String| Error::Parse {
        path: path.to_path_buf(),
        line,
        reason: match record {
            Some(record) if format == Format::Json => format!("article {record}: {reason}"),
            _ => reason,
        },
    };
    let Value::Object(mut object) = value else {
        loaded.problems.push(problem("expected a JSON object".to_string()));
        return;
    };
    let text_key = match first_field(&object, fields.keys("text")) {
        Ok(Some((key, _))) => key,
        Ok(None) => {
            loaded.problems.push(problem("no \"text\" or \"body\" field".to_string()));
            return;
        }
        Err(reason) => {
            loaded.problems.push(problem(reason));
            return;
        }
    };
    let mut field = |name: &str| match string_field(&object, fields.keys(name)) {
        Ok(value) => value,
        Err(reason) => {
            loaded.problems.push(problem(reason));
            None
        }
    };
    let title = field("title").unwrap_or_default();
    let date_text = field("date");
    let speaker = field("speaker");
    let role = field("role");
    let source = field("source");
    let url = field("url");
    let id = field("id");
    let lang = field("lang");
    // The text, most of the record, is moved out rather than copied, once
    // the other fields, which a user may read from the same key, are read.
    let text = object.remove(text_key).and_then(into_text).unwrap_or_default();
    let date_text_missing = date_text.is_none();
    let date = date_text.and_then(|d| match super::checked_date(&d) {
        Ok(date) => Some(date),
        Err(reason) => {
            loaded.problems.push(problem(reason));
            None
        }
    });
    let date = match (date, date_text_missing) {
        (None, true) => {
            let found = super::date_in(&title).or_else(|| super::date_in(&text));
            let message = match found {
                Some(date) => format!("no date; took {date} from the title or text"),
                None => "no date, and none in the title or text: indexed without a date".to_string(),
            };
            let message = match format {
                Format::Json => format!("article {}: {message}", record.unwrap_or(1)),
                _ => format!("line {line}: {message}"),
            };
            loaded.problems.push(Error::Notice { path: path.to_path_buf(), message });
            found
        }
        (date, _) => date,
    };
    let lang = lang.unwrap_or_else(|| detect_language(&text).to_string());
    let turns = super::transcript::turns(&text, 0..text.len(), speaker.as_deref(), role.as_deref());
    loaded.articles.push(Article {
        file: path.to_path_buf(),
        record,
        id,
        format,
        title,
        title_span: None,
        body: 0..text.len(),
        date,
        speaker,
        role,
        source,
        url,
        lang,
        text,
        encoding: None,
        turns,
    });
}

/// The first of `names` present in `object`, as text; numbers are accepted
/// (ids, years), other types are an error naming the field.
fn string_field<'k>(
    object: &Map<String, Value>,
    names: impl IntoIterator<Item = &'k str>,
) -> Result<Option<String>, String> {
    Ok(first_field(object, names)?.and_then(|(_, value)| into_text(value.clone())))
}

/// The first of `names` present in `object` with text or a number, and its
/// value; another type is an error naming the field.
fn first_field<'k, 'o>(
    object: &'o Map<String, Value>,
    names: impl IntoIterator<Item = &'k str>,
) -> Result<Option<(&'k str, &'o Value)>, String> {
    for name in names {
        match object.get(name) {
            None | Some(Value::Null) => continue,
            Some(value @ (Value::String(_) | Value::Number(_))) => return Ok(Some((name, value))),
            Some(other) => {
                let kind = match other {
                    Value::Bool(_) => "a boolean",
                    Value::Array(_) => "an array",
                    _ => "an object",
                };
                return Err(format!("field \"{name}\" should be text, not {kind}"));
            }
        }
    }
    Ok(None)
}

/// A text or number field as text.
fn into_text(value: Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn lines_are_those_of_str_lines(text in "([ab\r\n]|ä)*") {
            proptest::prop_assert_eq!(lines(&text).collect::<Vec<_>>(), text.lines().collect::<Vec<_>>());
        }
    }

    #[test]
    fn keeps_good_lines_and_reports_bad_ones() {
        let text =
            "{\"text\": \"A.\", \"date\": \"2021-06\", \"title\": \"T\"}\n{broken\n\n{\"body\": \"B.\", \"id\": 7}\n";
        let loaded = parse_lines(Path::new("w.jsonl"), text, &FieldMap::default());
        assert_eq!(loaded.articles.len(), 2);
        assert_eq!(loaded.articles[0].record, Some(1));
        assert_eq!(loaded.articles[1].record, Some(4));
        assert_eq!(loaded.articles[1].id.as_deref(), Some("7"));
        let failures: Vec<String> =
            loaded.problems.iter().filter(|p| !p.is_notice()).map(ToString::to_string).collect();
        assert_eq!(failures.len(), 1);
        assert!(failures[0].starts_with("w.jsonl:2: not valid JSON"));
        let notices: Vec<String> = loaded.problems.iter().filter(|p| p.is_notice()).map(ToString::to_string).collect();
        assert_eq!(notices, ["w.jsonl: line 4: no date, and none in the title or text: indexed without a date"]);
    }

    #[test]
    fn reports_wrong_field_types() {
        let loaded = parse_lines(
            Path::new("w.jsonl"),
            "{\"text\": [1], \"date\": \"2021\"}\n{\"text\": \"ok\", \"title\": true, \"date\": \"2020\"}",
            &FieldMap::default(),
        );
        assert_eq!(loaded.articles.len(), 1);
        assert_eq!(loaded.problems.len(), 2);
        assert!(loaded.problems[0].to_string().contains("field \"text\" should be text, not an array"));
        assert!(loaded.problems[1].to_string().contains("\"title\" should be text, not a boolean"));
    }

    #[test]
    fn maps_fields_and_finds_a_missing_date_in_the_title() {
        let fields = FieldMap::parse(&["speaker=who".to_string(), "date=when".to_string()]).unwrap();
        let text = "{\"who\": \"Hua Chunying\", \"when\": \"2019-08-07\", \"text\": \"Q: Any comment?\\n\\nA: None.\"}\n{\"spokesperson\": \"Geng Shuang\", \"title\": \"Press Conference on July 24, 2019\", \"text\": \"A: Yes.\\n\\nQ: Why?\\n\\nA: Because.\"}";
        let loaded = parse_lines(Path::new("p.jsonl"), text, &fields);
        assert_eq!(loaded.articles[0].speaker.as_deref(), Some("Hua Chunying"));
        assert_eq!(loaded.articles[0].date.unwrap().to_string(), "2019-08-07");
        assert_eq!(loaded.articles[0].turns.len(), 1);
        assert_eq!(loaded.articles[1].speaker.as_deref(), Some("Geng Shuang"), "spokesperson is read as speaker");
        assert_eq!(loaded.articles[1].date.unwrap().to_string(), "2019-07-24");
        assert!(loaded.problems[0].to_string().contains("took 2019-07-24 from the title"));
        assert!(FieldMap::parse(&["speakers=x".to_string()]).is_err());
        assert!(FieldMap::parse(&["speaker".to_string()]).is_err());
    }

    #[test]
    fn reads_an_array_or_one_object() {
        let array = parse_document(
            Path::new("s.json"),
            "[{\"text\": \"a\", \"speaker\": \"X\", \"date\": \"2020\"}, {\"body\": \"b\", \"date\": \"2020\"}, 3]",
            &FieldMap::default(),
        );
        assert_eq!(array.articles.len(), 2);
        assert_eq!(array.articles[0].speaker.as_deref(), Some("X"));
        assert!(array.problems[0].to_string().contains("article 3: expected a JSON object"));
        let single = parse_document(Path::new("s.json"), "{\"text\": \"a\", \"date\": \"2020\"}", &FieldMap::default());
        assert_eq!(single.articles[0].record, None);
        let broken = parse_document(Path::new("s.json"), "{\"text\":", &FieldMap::default());
        assert!(broken.articles.is_empty() && broken.problems.len() == 1);
    }
}
