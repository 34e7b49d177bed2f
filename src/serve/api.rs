//! The JSON API: the same answers as `dictum search/speakers/timeline/show
//! --format json`, and errors as `{"error": "…"}` with a 4xx or 5xx status.

use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::AppState;
use super::params::Params;
use crate::error::Error;
use crate::query::SearchRequest;
use crate::speaker::{Identity, NameWord, name_words, same_word, starts_word};

/// An error answer.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }
}

impl From<Error> for ApiError {
    fn from(error: Error) -> ApiError {
        let status = match error {
            Error::Query { .. } | Error::Date { .. } | Error::Usage(_) => StatusCode::BAD_REQUEST,
            Error::NoIndex { .. } => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError::new(status, error.to_string())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, format!("unreadable query string: {}", rejection.body_text()))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_response(self.status, &json!({ "error": self.message }))
    }
}

type Answer = Result<Response, ApiError>;
type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// JSON that is never cached: the index changes under the server.
fn json_response(status: StatusCode, body: &impl serde::Serialize) -> Response {
    let mut response = (status, Json(body)).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn ok(body: &impl serde::Serialize) -> Answer {
    Ok(json_response(StatusCode::OK, body))
}

/// Runs a search on the blocking pool: tantivy work is CPU work.
async fn blocking<T: Send + 'static>(
    shared: &AppState,
    work: impl FnOnce(&super::Shared) -> crate::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let Ok(_permit) = shared.searches.acquire().await else {
        return Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server is shutting down"));
    };
    let shared = Arc::clone(shared);
    match tokio::task::spawn_blocking(move || work(&shared)).await {
        Ok(result) => result.map_err(ApiError::from),
        Err(_) => Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the search failed unexpectedly")),
    }
}

pub async fn health(State(shared): State<AppState>) -> Answer {
    let statements = blocking(&shared, |shared| Ok(shared.searcher.len())).await?;
    ok(&json!({ "status": "ok", "statements": statements, "version": env!("CARGO_PKG_VERSION") }))
}

pub async fn search(State(shared): State<AppState>, pairs: Pairs) -> Answer {
    let Query(pairs) = pairs?;
    let params = Params::new(pairs, true, &["sort", "limit", "offset", "facets", "all_copies"])?;
    let request = params.search()?;
    ok(&blocking(&shared, move |shared| shared.searcher.search(&request)).await?)
}

pub async fn timeline(State(shared): State<AppState>, pairs: Pairs) -> Answer {
    let Query(pairs) = pairs?;
    let params = Params::new(pairs, true, &["by"])?;
    let (request, by) = (params.filters()?, params.granularity()?);
    ok(&blocking(&shared, move |shared| shared.searcher.timeline(&request, by)).await?)
}

pub async fn statement(State(shared): State<AppState>, Path(id): Path<String>) -> Answer {
    let wanted = id.clone();
    match blocking(&shared, move |shared| shared.searcher.show(&wanted)).await? {
        Some(shown) => ok(&shown),
        None => Err(ApiError::new(StatusCode::NOT_FOUND, format!("no statement with id {id:?} in the index"))),
    }
}

/// Speakers for autocompletion: those whose name matches the typed text
/// in any spelling (as `--speaker` matches), then those with a name word
/// that starts with it, most statements first.
pub async fn speakers(State(shared): State<AppState>, pairs: Pairs) -> Answer {
    let Query(pairs) = pairs?;
    let params = Params::new(pairs, false, &["q", "from", "to", "top"])?;
    let (typed, period, top) = (params.prefix(), params.period()?, params.top()?);
    let (total, speakers) = blocking(&shared, move |shared| {
        let everyone = match &period {
            None => shared.everyone()?,
            Some(_) => Arc::new(shared.searcher.speakers(&SearchRequest { period, ..Default::default() })?),
        };
        let Some(typed) = typed else {
            return Ok((everyone.len(), everyone.iter().take(top).cloned().collect::<Vec<_>>()));
        };
        let named =
            shared.searcher.speakers(&SearchRequest { speaker: Some(typed.clone()), period, ..Default::default() })?;
        let found = completions(named, &everyone, &typed);
        Ok((found.len(), found.into_iter().take(top).collect()))
    })
    .await?;
    ok(&json!({ "total": total, "speakers": speakers }))
}

/// The identities that `named` (matched by name keys) holds, then those of
/// `everyone` with a name word starting with `typed`, each once.
fn completions(named: Vec<Identity>, everyone: &[Identity], typed: &str) -> Vec<Identity> {
    let typed_words = name_words(typed);
    let mut found = named;
    if typed_words.is_empty() {
        return found;
    }
    for identity in everyone {
        let starts = std::iter::once(&identity.name)
            .chain(identity.spellings.iter().map(|s| &s.name))
            .any(|name| name_starts_with(name, &typed_words));
        if starts && !found.iter().any(|f| f.name == identity.name) {
            found.push(identity.clone());
        }
    }
    found
}

/// True when the typed words are a run of the name's words, the last of
/// them the start of its word in any spelling or script ("sergei rj" and
/// "Рябк" match "Sergei Rjabkow", "Штайн" matches "Frank-Walter Steinmeier").
fn name_starts_with(name: &str, typed: &[NameWord]) -> bool {
    let Some((last, before)) = typed.split_last() else {
        return false;
    };
    let words = name_words(name);
    (0..words.len()).any(|from| {
        let run = &words[from..];
        run.len() >= typed.len()
            && before.iter().zip(run).all(|(typed_word, word)| same_word(word, typed_word))
            && starts_word(&run[before.len()], last)
    })
}

pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such page or API endpoint")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(name: &str, count: u64) -> Identity {
        Identity {
            name: name.to_string(),
            count,
            first: None,
            last: None,
            years: Vec::new(),
            spellings: vec![crate::speaker::Spelling { name: name.to_string(), count }],
            roles: Vec::new(),
        }
    }

    #[test]
    fn completes_any_name_word_and_runs_of_words() {
        let everyone = vec![identity("Sergei Rjabkow", 3), identity("Maria Sacharowa", 2), identity("Rjana Obst", 1)];
        let names = |found: Vec<Identity>| found.into_iter().map(|i| i.name).collect::<Vec<_>>();
        assert_eq!(names(completions(Vec::new(), &everyone, "rja")), ["Sergei Rjabkow", "Rjana Obst"]);
        assert_eq!(names(completions(Vec::new(), &everyone, "Sergei Rj")), ["Sergei Rjabkow"]);
        assert_eq!(names(completions(Vec::new(), &everyone, "sach")), ["Maria Sacharowa"]);
        assert_eq!(names(completions(Vec::new(), &everyone, "Рябк")), ["Sergei Rjabkow"]);
        assert_eq!(names(completions(Vec::new(), &everyone, "Сергей Ря")), ["Sergei Rjabkow"]);
        assert!(completions(Vec::new(), &everyone, "zzz").is_empty());
    }

    #[test]
    fn completes_a_german_name_typed_in_cyrillic() {
        let everyone = vec![identity("Heiko Steinfelder", 2), identity("Stefan Stinnes", 1)];
        let names = |found: Vec<Identity>| found.into_iter().map(|i| i.name).collect::<Vec<_>>();
        assert_eq!(names(completions(Vec::new(), &everyone, "Штайн")), ["Heiko Steinfelder"]);
        assert_eq!(names(completions(Vec::new(), &everyone, "Хайко Штай")), ["Heiko Steinfelder"]);
    }

    #[test]
    fn name_matches_come_first_and_once() {
        let everyone = vec![identity("Rjana Obst", 5), identity("Sergei Rjabkow", 3)];
        let found = completions(vec![identity("Sergei Rjabkow", 3)], &everyone, "Rjabkow");
        assert_eq!(found.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(), ["Sergei Rjabkow"]);
    }

    #[test]
    fn errors_map_to_statuses() {
        let bad = ApiError::from(Error::Usage("x".to_string()));
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        let missing = ApiError::from(Error::NoIndex { path: "i".into() });
        assert_eq!(missing.status, StatusCode::SERVICE_UNAVAILABLE);
        let broken = ApiError::from(Error::index("i", "broken"));
        assert_eq!(broken.status, StatusCode::INTERNAL_SERVER_ERROR);
    }
}
