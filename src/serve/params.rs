//! The API's query parameters, read into the same typed requests the CLI
//! builds, with errors that name the parameter.
//!
//! Parameters are read by hand rather than by a derived struct so that an
//! unknown or repeated parameter is refused (a misspelt `speker=` would
//! otherwise be ignored silently), and so that an empty value, as an empty
//! form field sends it, counts as absent.

use std::collections::HashMap;

use crate::date::Period;
use crate::error::{Error, Result};
use crate::query::{Granularity, SearchRequest, Sort};
use crate::quote::Kind;

/// Hits one API request may ask for; the page asks for 20.
pub const MAX_LIMIT: usize = 100;
/// How deep an API client may page.
pub const MAX_OFFSET: usize = 10_000;
/// Speakers one autocompletion may list.
pub const MAX_TOP: usize = 100;

/// The filter parameters every statement endpoint takes.
const FILTERS: [&str; 8] = ["q", "speaker", "role", "from", "to", "within", "kind", "lang"];

/// The non-empty parameters of one request.
#[derive(Debug)]
pub struct Params {
    values: HashMap<String, String>,
}

impl Params {
    /// Checks the names against those the endpoint knows (`extra` besides
    /// the filters, when `filters` is set).
    pub fn new(pairs: Vec<(String, String)>, filters: bool, extra: &[&str]) -> Result<Params> {
        let mut values = HashMap::new();
        for (name, value) in pairs {
            let known = extra.contains(&name.as_str()) || (filters && FILTERS.contains(&name.as_str()));
            if !known {
                let mut names: Vec<&str> = extra.to_vec();
                if filters {
                    names.extend(FILTERS);
                }
                return Err(Error::Usage(format!("unknown parameter {name:?} (known: {})", names.join(", "))));
            }
            if values.contains_key(&name) {
                return Err(Error::Usage(format!("parameter {name:?} is given twice")));
            }
            if !value.trim().is_empty() {
                values.insert(name, value);
            }
        }
        Ok(Params { values })
    }

    fn text(&self, name: &str) -> Option<String> {
        self.values.get(name).cloned()
    }

    fn flag(&self, name: &str) -> Result<bool> {
        match self.values.get(name).map(String::as_str) {
            None | Some("false" | "0" | "no") => Ok(false),
            Some("true" | "1" | "yes") => Ok(true),
            Some(other) => Err(Error::Usage(format!("parameter {name:?} must be true or false, not {other:?}"))),
        }
    }

    fn number(&self, name: &str, default: usize, max: usize) -> Result<usize> {
        let Some(value) = self.values.get(name) else {
            return Ok(default);
        };
        let number: usize = value
            .parse()
            .map_err(|_| Error::Usage(format!("parameter {name:?} must be a whole number, not {value:?}")))?;
        if number > max {
            return Err(Error::Usage(format!("parameter {name:?} is {number}, over the maximum of {max}")));
        }
        Ok(number)
    }

    /// The statements asked for, with default paging.
    pub fn filters(&self) -> Result<SearchRequest> {
        let period =
            Period::between(self.values.get("from").map(String::as_str), self.values.get("to").map(String::as_str))?;
        let within = self.flag("within")?;
        if within && period.is_none() {
            return Err(Error::Usage("within needs from or to".to_string()));
        }
        Ok(SearchRequest {
            query: self.text("q"),
            speaker: self.text("speaker"),
            role: self.text("role"),
            period,
            within,
            kinds: self.kinds()?,
            lang: self.text("lang"),
            ..SearchRequest::default()
        })
    }

    fn kinds(&self) -> Result<Vec<Kind>> {
        let Some(list) = self.values.get("kind") else {
            return Ok(Vec::new());
        };
        list.split(',')
            .map(|name| {
                let wanted = name.trim().replace('-', "_");
                Kind::from_name(&wanted).ok_or_else(|| {
                    let known: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                    Error::Usage(format!("unknown kind {name:?} (known: {})", known.join(", ")))
                })
            })
            .collect()
    }

    /// A search: the filters, the order and the page.
    pub fn search(&self) -> Result<SearchRequest> {
        let sort = match self.values.get("sort").map(String::as_str) {
            None => None,
            Some("relevance") => Some(Sort::Relevance),
            Some("date") => Some(Sort::Oldest),
            Some("-date") => Some(Sort::Newest),
            Some(other) => {
                return Err(Error::Usage(format!(
                    "parameter \"sort\" must be relevance, date or -date, not {other:?}"
                )));
            }
        };
        Ok(SearchRequest {
            sort,
            limit: self.number("limit", 10, MAX_LIMIT)?,
            offset: self.number("offset", 0, MAX_OFFSET)?,
            all_copies: self.flag("all_copies")?,
            // Facets are what the page's side bar shows; a client that
            // does not want them says so.
            facets: self.facets()?,
            ..self.filters()?
        })
    }

    fn facets(&self) -> Result<bool> {
        if self.values.contains_key("facets") { self.flag("facets") } else { Ok(true) }
    }

    /// Months or years, for a timeline.
    pub fn granularity(&self) -> Result<Granularity> {
        match self.values.get("by").map(String::as_str) {
            None | Some("month") => Ok(Granularity::Month),
            Some("year") => Ok(Granularity::Year),
            Some(other) => Err(Error::Usage(format!("parameter \"by\" must be month or year, not {other:?}"))),
        }
    }

    /// How many speakers to list.
    pub fn top(&self) -> Result<usize> {
        self.number("top", 10, MAX_TOP)
    }

    /// The typed speaker text, for autocompletion.
    pub fn prefix(&self) -> Option<String> {
        self.text("q")
    }

    /// The date range of a speaker listing.
    pub fn period(&self) -> Result<Option<Period>> {
        Period::between(self.values.get("from").map(String::as_str), self.values.get("to").map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(query: &[(&str, &str)], extra: &[&str]) -> Result<Params> {
        Params::new(query.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(), true, extra)
    }

    #[test]
    fn reads_a_search_like_the_command_line() {
        let request = params(
            &[("q", "Sanktionen"), ("speaker", "Rjabkow"), ("from", "2021-06"), ("kind", "direct,free-indirect")],
            &["limit", "sort", "facets"],
        )
        .unwrap()
        .search()
        .unwrap();
        assert_eq!(request.query.as_deref(), Some("Sanktionen"));
        assert_eq!(request.speaker.as_deref(), Some("Rjabkow"));
        assert!(request.period.is_some());
        assert_eq!(request.kinds, vec![Kind::Direct, Kind::FreeIndirect]);
        assert!(request.facets);
        assert_eq!(request.limit, 10);
    }

    #[test]
    fn empty_fields_count_as_absent() {
        let request = params(&[("q", ""), ("speaker", " "), ("from", "")], &[]).unwrap().filters().unwrap();
        assert_eq!(request.query, None);
        assert_eq!(request.speaker, None);
        assert!(request.period.is_none());
    }

    #[test]
    fn refuses_what_it_does_not_know_naming_the_parameter() {
        let unknown = params(&[("speker", "x")], &[]).unwrap_err().to_string();
        assert!(unknown.contains("speker"), "{unknown}");
        let twice = params(&[("q", "a"), ("q", "b")], &[]).unwrap_err().to_string();
        assert!(twice.contains("twice"), "{twice}");
        let limit = params(&[("limit", "500")], &["limit"]).unwrap().search().unwrap_err().to_string();
        assert!(limit.contains("maximum of 100"), "{limit}");
        let number = params(&[("offset", "ten")], &["offset"]).unwrap().search().unwrap_err().to_string();
        assert!(number.contains("whole number"), "{number}");
        let kind = params(&[("kind", "rumour")], &[]).unwrap().filters().unwrap_err().to_string();
        assert!(kind.contains("rumour"), "{kind}");
        let date = params(&[("from", "June")], &[]).unwrap().filters().unwrap_err().to_string();
        assert!(date.contains("June"), "{date}");
        let within = params(&[("within", "true")], &[]).unwrap().filters().unwrap_err().to_string();
        assert!(within.contains("within"), "{within}");
        let flag = params(&[("facets", "maybe")], &["facets"]).unwrap().search().unwrap_err().to_string();
        assert!(flag.contains("true or false"), "{flag}");
    }

    #[test]
    fn facets_can_be_turned_off() {
        let request = params(&[("facets", "false")], &["facets"]).unwrap().search().unwrap();
        assert!(!request.facets);
    }
}
