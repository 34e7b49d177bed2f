//! Searching the statement index: a [`SearchRequest`] says which statements
//! match (keywords, speaker, role, dates, kind, language) and how many to
//! return in which order; [`Searcher`] answers it with [`SearchResults`].
//!
//! Which statements match is decided in `matcher`; what is returned for each
//! (stored fields, snippets) in `hits`.

mod hits;
mod keywords;
mod matcher;
mod speakers;

use std::path::Path;

use tantivy::collector::{Count, TopDocs};
use tantivy::{DocAddress, Index, IndexReader, Order, ReloadPolicy};

pub use hits::{Hit, SearchResults};

use crate::date::Period;
use crate::error::{Error, Result};
use crate::quote::Kind;
use crate::schema::{self, Fields};
use crate::speaker::{self, Aliases, Identity};

/// The most hits one request may ask for.
pub const MAX_LIMIT: usize = 10_000;

/// The order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// Best match first (BM25).
    Relevance,
    /// Latest date first.
    Newest,
    /// Earliest date first.
    Oldest,
}

/// A search: which statements, and which of them to return.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Keywords in tantivy's query syntax; `None` matches every statement.
    pub query: Option<String>,
    /// A speaker's name or surname, matched case- and accent-insensitively.
    pub speaker: Option<String>,
    /// Words of the speaker's role.
    pub role: Option<String>,
    /// Statements whose date's period overlaps this one (or lies within it,
    /// with `within`).
    pub period: Option<Period>,
    pub within: bool,
    /// Any of these kinds; empty means all.
    pub kinds: Vec<Kind>,
    /// Only statements in this language.
    pub lang: Option<String>,
    /// `None` sorts by relevance when there is a query and newest first otherwise.
    pub sort: Option<Sort>,
    pub limit: usize,
    pub offset: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: None,
            speaker: None,
            role: None,
            period: None,
            within: false,
            kinds: Vec::new(),
            lang: None,
            sort: None,
            limit: 10,
            offset: 0,
        }
    }
}

/// An open index, ready for any number of searches.
pub struct Searcher {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    aliases: Aliases,
}

impl Searcher {
    /// Opens the index in `dir`, with the alias file kept there if any.
    pub fn open(dir: &Path) -> Result<Searcher> {
        let index = crate::index::open(dir)?;
        let mut searcher = Searcher::from_index(index, dir)?;
        searcher.aliases = Aliases::find(None, dir)?;
        Ok(searcher)
    }

    /// Uses these aliases instead of the index folder's.
    pub fn set_aliases(&mut self, aliases: Aliases) {
        self.aliases = aliases;
    }

    /// Wraps an index already open (in memory, in tests).
    pub fn from_index(index: Index, dir: &Path) -> Result<Searcher> {
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).map_err(|e| Error::index(dir, e))?;
        let reader =
            index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(|e| Error::index(dir, e))?;
        Ok(Searcher { index, reader, fields, aliases: Aliases::default() })
    }

    /// Number of statements in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// True when the index holds no statement.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Answers a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        if request.limit > MAX_LIMIT {
            return Err(Error::Usage(format!("--limit {} is over the maximum of {MAX_LIMIT}", request.limit)));
        }
        let searcher = self.reader.searcher();
        let matcher = matcher::build(&self.index, &self.fields, request, &self.aliases)?;
        let sort = request.sort.unwrap_or(if request.query.is_some() { Sort::Relevance } else { Sort::Newest });
        if request.limit == 0 {
            let total = searcher.search(&*matcher.query, &Count).map_err(search_error)?;
            return Ok(SearchResults { total, hits: Vec::new() });
        }
        let top = TopDocs::with_limit(request.limit).and_offset(request.offset);
        let (addresses, total): (Vec<(f32, DocAddress)>, usize) = match sort {
            Sort::Relevance => {
                searcher.search(&*matcher.query, &(top.order_by_score(), Count)).map_err(search_error)?
            }
            Sort::Newest | Sort::Oldest => {
                let order = if sort == Sort::Newest { Order::Desc } else { Order::Asc };
                let (docs, total) = searcher
                    .search(&*matcher.query, &(top.order_by_fast_field::<i64>(schema::DATE_START, order), Count))
                    .map_err(search_error)?;
                (docs.into_iter().map(|(_, address)| (0.0, address)).collect(), total)
            }
        };
        let hits = hits::collect(&searcher, &self.fields, &matcher, &addresses)?;
        Ok(SearchResults { total, hits })
    }
}

impl Searcher {
    /// The speakers of the statements a request matches, grouped into
    /// identities across spellings (and by the alias file), most statements
    /// first. Only the filters of the request count, not its limit.
    pub fn speakers(&self, request: &SearchRequest) -> Result<Vec<Identity>> {
        let searcher = self.reader.searcher();
        let matcher = matcher::build(&self.index, &self.fields, request, &self.aliases)?;
        let surfaces = searcher.search(&*matcher.query, &speakers::SurfaceCollector).map_err(search_error)?;
        Ok(speaker::identities(surfaces, &self.aliases))
    }
}

fn search_error(error: tantivy::TantivyError) -> Error {
    Error::Index { path: Path::new("").to_path_buf(), reason: format!("search failed: {error}") }
}
