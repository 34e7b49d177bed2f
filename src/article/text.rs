//! The text layouts: the seed layout, front matter, and plain text.

use std::ops::Range;
use std::path::Path;

use super::{Article, Format, Loaded, detect_language};
use crate::date::PartialDate;
use crate::error::Error;

/// Parses a text file in whichever text layout it uses.
pub(super) fn parse(path: &Path, text: String) -> Loaded {
    let mut problems = Vec::new();
    let (first_line, after_first) = line_at(&text, 0);
    let article = if first_line.trim() == "---" {
        front_matter(path, &text, after_first, &mut problems)
    } else if let Some(header) = seed_header(first_line) {
        Some(seed(path, &text, header, after_first, &mut problems))
    } else {
        Some(plain(path, &text))
    };
    let articles = article.map(|fields| fields.into_article(path, text)).into_iter().collect();
    Loaded { articles, problems, hash: 0 }
}

/// The parts of an article found before the text is moved into it.
struct Fields {
    format: Format,
    title: String,
    title_span: Option<Range<usize>>,
    body: Range<usize>,
    date: Option<PartialDate>,
    speaker: Option<String>,
    role: Option<String>,
    source: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    id: Option<String>,
}

impl Fields {
    fn new(format: Format, body: Range<usize>) -> Fields {
        Fields {
            format,
            title: String::new(),
            title_span: None,
            body,
            date: None,
            speaker: None,
            role: None,
            source: None,
            url: None,
            lang: None,
            id: None,
        }
    }

    fn into_article(self, path: &Path, text: String) -> Article {
        let lang = self.lang.unwrap_or_else(|| detect_language(&text[self.body.clone()]).to_string());
        let turns = super::transcript::turns(&text, self.body.clone(), self.speaker.as_deref(), self.role.as_deref());
        Article {
            file: path.to_path_buf(),
            record: None,
            id: self.id,
            format: self.format,
            title: self.title,
            title_span: self.title_span,
            body: self.body,
            date: self.date,
            speaker: self.speaker,
            role: self.role,
            source: self.source,
            url: self.url,
            lang,
            text,
            encoding: None,
            turns,
        }
    }
}

/// The line starting at `start` (without its line end) and the offset of the next line.
fn line_at(text: &str, start: usize) -> (&str, usize) {
    let rest = &text[start..];
    match rest.find('\n') {
        Some(end) => (rest[..end].trim_end_matches('\r'), start + end + 1),
        None => (rest, text.len()),
    }
}

/// A seed-layout first line split into its date text and title, with the
/// title's offset in the line.
struct SeedHeader<'a> {
    date: &'a str,
    title_start: usize,
}

fn seed_header(line: &str) -> Option<SeedHeader<'_>> {
    let indent = line.len() - line.trim_start().len();
    let rest = line[indent..].strip_prefix("date")?;
    let date_start = line.len() - rest.trim_start().len();
    if date_start == indent + 4 {
        return None; // "dated", "date:" and the like are prose, not a header
    }
    let after_date = line[date_start..].find(char::is_whitespace).map_or(line.len(), |end| date_start + end);
    let date = &line[date_start..after_date];
    if !date.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let title_start = line.len() - line[after_date..].trim_start().len();
    Some(SeedHeader { date, title_start })
}

fn seed(path: &Path, text: &str, header: SeedHeader<'_>, body_start: usize, problems: &mut Vec<Error>) -> Fields {
    let (line, _) = line_at(text, 0);
    let mut fields = Fields::new(Format::Seed, body_start..text.len());
    let title = line[header.title_start..].trim_end();
    fields.title = title.to_string();
    fields.title_span = Some(header.title_start..header.title_start + title.len());
    fields.date = parse_date(path, 1, header.date, problems);
    fields
}

fn parse_date(path: &Path, line: usize, value: &str, problems: &mut Vec<Error>) -> Option<PartialDate> {
    match super::checked_date(value) {
        Ok(date) => Some(date),
        Err(reason) => {
            problems.push(Error::Parse { path: path.to_path_buf(), line, reason });
            None
        }
    }
}

fn front_matter(path: &Path, text: &str, mut offset: usize, problems: &mut Vec<Error>) -> Option<Fields> {
    let mut fields = Fields::new(Format::FrontMatter, 0..0);
    let mut line_number = 1;
    loop {
        if offset >= text.len() {
            problems.push(Error::Parse {
                path: path.to_path_buf(),
                line: 1,
                reason: "front matter opened with --- is never closed".to_string(),
            });
            return None;
        }
        let (line, next) = line_at(text, offset);
        line_number += 1;
        if line.trim() == "---" {
            fields.body = next..text.len();
            break;
        }
        if let Some((key, value)) = line.split_once(':') {
            let value = unquote(value.trim());
            let owned = (!value.is_empty()).then(|| value.to_string());
            match key.trim().to_ascii_lowercase().as_str() {
                "date" if !value.is_empty() => fields.date = parse_date(path, line_number, value, problems),
                "title" => fields.title = value.to_string(),
                "speaker" => fields.speaker = owned,
                "role" => fields.role = owned,
                "source" => fields.source = owned,
                "url" => fields.url = owned,
                "lang" | "language" => fields.lang = owned,
                "id" => fields.id = owned,
                _ => {}
            }
        }
        offset = next;
    }
    if fields.title.is_empty() {
        fields.title = heading_title(text, fields.body.start).unwrap_or_else(|| file_stem(path));
    }
    Some(fields)
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote).and_then(|v| v.strip_suffix(quote)) {
            return inner;
        }
    }
    value
}

/// A Markdown `# Heading` opening the body, used as the title when no other is given.
fn heading_title(text: &str, body_start: usize) -> Option<String> {
    let start = body_start + (text[body_start..].len() - text[body_start..].trim_start().len());
    let (line, _) = line_at(text, start);
    let heading = line.strip_prefix('#')?.trim_start_matches('#').trim();
    (!heading.is_empty()).then(|| heading.to_string())
}

fn file_stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Plain text: a short first line followed by a blank line is the title.
fn plain(path: &Path, text: &str) -> Fields {
    let (first, after_first) = line_at(text, 0);
    let (second, _) = line_at(text, after_first);
    let title = first.trim().trim_start_matches('#').trim();
    let looks_like_title = !title.is_empty() && title.len() <= 200 && second.trim().is_empty();
    if !looks_like_title {
        let mut fields = Fields::new(Format::Plain, 0..text.len());
        fields.title = file_stem(path);
        return fields;
    }
    let mut fields = Fields::new(Format::Plain, after_first..text.len());
    let title_start = first.find(title).unwrap_or(0);
    fields.title = title.to_string();
    fields.title_span = Some(title_start..title_start + title.len());
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn one(name: &str, text: &str) -> Article {
        let loaded = parse(Path::new(name), text.to_string());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.articles.into_iter().next().unwrap()
    }

    #[test]
    fn reads_the_seed_layout() {
        let text = " date 2021-06 Russlands Außenministerium: Dialog\n\nErster Absatz.\n\nZweiter.\n";
        let article = one("a.txt", text);
        assert_eq!(article.format, Format::Seed);
        assert_eq!(article.date.unwrap().to_string(), "2021-06");
        assert_eq!(article.title, "Russlands Außenministerium: Dialog");
        assert_eq!(&article.text[article.title_span.clone().unwrap()], article.title);
        assert!(article.body_text().starts_with("\nErster"));
    }

    #[test]
    fn an_impossible_date_is_reported_and_the_article_kept() {
        let loaded = parse(Path::new("a.txt"), "date 2021-13-45 Titel\n\nText.".to_string());
        assert_eq!(loaded.articles.len(), 1);
        assert!(loaded.articles[0].date.is_none());
        let message = loaded.problems[0].to_string();
        assert!(message.starts_with("a.txt:1: invalid date"), "{message}");
    }

    #[test]
    fn reads_front_matter() {
        let text = "---\ndate: 2022-03-14\ntitle: \"Rede\"\nspeaker: Ana Petrova\nrole: Außenministerin\nlang: de\n---\nWir sind bereit.\n";
        let article = one("r.md", text);
        assert_eq!(article.format, Format::FrontMatter);
        assert_eq!(article.title, "Rede");
        assert_eq!(article.speaker.as_deref(), Some("Ana Petrova"));
        assert_eq!(article.role.as_deref(), Some("Außenministerin"));
        assert_eq!(article.lang, "de");
        assert_eq!(article.body_text(), "Wir sind bereit.\n");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let loaded = parse(Path::new("r.md"), "---\ndate: 2022\ntitle: x\n".to_string());
        assert!(loaded.articles.is_empty());
        assert!(loaded.problems[0].to_string().contains("never closed"));
    }

    #[test]
    fn plain_text_takes_its_first_line_as_title() {
        let article = one("notes.txt", "# Notes\n\nSome text.");
        assert_eq!(article.title, "Notes");
        assert!(article.date.is_none());
        let unbroken = one("notes.txt", "Just one paragraph of text.\nAnd another line.");
        assert_eq!(unbroken.title, "notes");
        assert_eq!(unbroken.body, 0..unbroken.text.len());
    }

    #[test]
    fn prose_starting_with_date_is_not_a_header() {
        assert!(seed_header("dated papers").is_none());
        assert!(seed_header("date: 2021").is_none());
        assert!(seed_header("date of birth").is_none());
        assert!(seed_header("  date 2021 T").is_some());
    }

    proptest! {
        #[test]
        fn spans_stay_inside_the_text(text in "( ?date [0-9-]{0,12} [a-zäö ]{0,10}\n)?(---\n)?([a-z]{0,5}: [0-9a-z\"-]{0,10}\n){0,3}(---\n)?[\\PC\n]{0,60}") {
            let loaded = parse(Path::new("p.md"), text.clone());
            for article in loaded.articles {
                prop_assert!(article.body.end <= article.text.len());
                prop_assert!(article.text.is_char_boundary(article.body.start));
                if let Some(span) = article.title_span {
                    prop_assert_eq!(&article.text[span], article.title.as_str());
                }
            }
        }
    }
}
