//! JSON Lines and JSON inputs: one article per object.

use std::path::Path;

use serde_json::{Map, Value};

use super::{Article, Format, Loaded, detect_language};
use crate::error::Error;

/// Parses a JSON Lines file; a line that does not parse is reported with its
/// number and the others are kept.
pub(super) fn parse_lines(path: &Path, text: &str) -> Loaded {
    let mut loaded = Loaded::default();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(value) => push_record(path, line_number, Some(line_number), Format::JsonLines, value, &mut loaded),
            Err(error) => loaded.problems.push(Error::Parse {
                path: path.to_path_buf(),
                line: line_number,
                reason: format!("not valid JSON: {error}"),
            }),
        }
    }
    loaded
}

/// Parses a JSON file holding one article object or an array of them.
pub(super) fn parse_document(path: &Path, text: &str) -> Loaded {
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
                push_record(path, 1, Some(index + 1), Format::Json, item, &mut loaded);
            }
        }
        other => push_record(path, 1, None, Format::Json, other, &mut loaded),
    }
    loaded
}

fn push_record(path: &Path, line: usize, record: Option<usize>, format: Format, value: Value, loaded: &mut Loaded) {
    let problem = |reason: String| Error::Parse {
        path: path.to_path_buf(),
        line,
        reason: match record {
            Some(record) if format == Format::Json => format!("article {record}: {reason}"),
            _ => reason,
        },
    };
    let Value::Object(object) = value else {
        loaded.problems.push(problem("expected a JSON object".to_string()));
        return;
    };
    let text = match string_field(&object, &["text", "body"]) {
        Ok(Some(text)) => text,
        Ok(None) => {
            loaded.problems.push(problem("no \"text\" or \"body\" field".to_string()));
            return;
        }
        Err(reason) => {
            loaded.problems.push(problem(reason));
            return;
        }
    };
    let mut field = |names: &[&str]| match string_field(&object, names) {
        Ok(value) => value,
        Err(reason) => {
            loaded.problems.push(problem(reason));
            None
        }
    };
    let title = field(&["title", "headline"]).unwrap_or_default();
    let date_text = field(&["date", "published"]);
    let speaker = field(&["speaker"]);
    let role = field(&["role"]);
    let source = field(&["source"]);
    let url = field(&["url"]);
    let id = field(&["id"]);
    let lang = field(&["lang", "language"]);
    let date = date_text.and_then(|d| match super::checked_date(&d) {
        Ok(date) => Some(date),
        Err(reason) => {
            loaded.problems.push(problem(reason));
            None
        }
    });
    let lang = lang.unwrap_or_else(|| detect_language(&text).to_string());
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
    });
}

/// The first of `names` present in `object`, as text; numbers are accepted
/// (ids, years), other types are an error naming the field.
fn string_field(object: &Map<String, Value>, names: &[&str]) -> Result<Option<String>, String> {
    for name in names {
        match object.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(text)) => return Ok(Some(text.clone())),
            Some(Value::Number(number)) => return Ok(Some(number.to_string())),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_good_lines_and_reports_bad_ones() {
        let text =
            "{\"text\": \"A.\", \"date\": \"2021-06\", \"title\": \"T\"}\n{broken\n\n{\"body\": \"B.\", \"id\": 7}\n";
        let loaded = parse_lines(Path::new("w.jsonl"), text);
        assert_eq!(loaded.articles.len(), 2);
        assert_eq!(loaded.articles[0].record, Some(1));
        assert_eq!(loaded.articles[1].record, Some(4));
        assert_eq!(loaded.articles[1].id.as_deref(), Some("7"));
        assert_eq!(loaded.problems.len(), 1);
        assert!(loaded.problems[0].to_string().starts_with("w.jsonl:2: not valid JSON"));
    }

    #[test]
    fn reports_wrong_field_types() {
        let loaded = parse_lines(
            Path::new("w.jsonl"),
            "{\"text\": [1], \"date\": \"2021\"}\n{\"text\": \"ok\", \"title\": true}",
        );
        assert_eq!(loaded.articles.len(), 1);
        assert_eq!(loaded.problems.len(), 2);
        assert!(loaded.problems[0].to_string().contains("field \"text\" should be text, not an array"));
        assert!(loaded.problems[1].to_string().contains("\"title\" should be text, not a boolean"));
    }

    #[test]
    fn reads_an_array_or_one_object() {
        let array =
            parse_document(Path::new("s.json"), "[{\"text\": \"a\", \"speaker\": \"X\"}, {\"body\": \"b\"}, 3]");
        assert_eq!(array.articles.len(), 2);
        assert_eq!(array.articles[0].speaker.as_deref(), Some("X"));
        assert!(array.problems[0].to_string().contains("article 3: expected a JSON object"));
        let single = parse_document(Path::new("s.json"), "{\"text\": \"a\"}");
        assert_eq!(single.articles[0].record, None);
        let broken = parse_document(Path::new("s.json"), "{\"text\":");
        assert!(broken.articles.is_empty() && broken.problems.len() == 1);
    }
}
