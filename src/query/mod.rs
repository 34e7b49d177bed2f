//! Searching the statement index: a [`SearchRequest`] says which statements
//! match (keywords, speaker, role, dates, kind, language) and how many to
//! return in which order; [`Searcher`] answers it with [`SearchResults`].
//!
//! Which statements match is decided in `matcher`; what is returned for each
//! (stored fields, snippets) in `hits`.

mod columns;
mod distinct;
mod facets;
mod hits;
mod keywords;
mod matcher;
mod phrase;
mod speakers;
mod union;

use std::path::Path;

use tantivy::collector::{Collector, Count, TopDocs};
use tantivy::{DocAddress, Index, IndexReader, Order, ReloadPolicy};

pub use facets::{FacetCount, Facets};
pub use hits::{Hit, SearchResults, Source};

use crate::date::Period;
use crate::error::{Error, Result};
use crate::quote::Kind;
use crate::schema::{self, Fields};
use crate::speaker::{self, Aliases, Identity};

/// A match and its score (0 when sorted by date).
type Scored = (f32, DocAddress);

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
    /// Show every copy of a quote reported by several articles, instead of
    /// one hit with the list of its sources.
    pub all_copies: bool,
    /// Count the whole result set by speaker, period, language and kind.
    pub facets: bool,
    /// Find every matched word in each quote (for highlighting whole quotes
    /// on a terminal), not only those around the snippet.
    pub every_match: bool,
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
            all_copies: false,
            facets: false,
            every_match: false,
        }
    }
}

/// Decompressed document-store blocks kept per segment, so that a hit shown
/// again (the same search repeated, or a hit on several pages) is not
/// decompressed again. tantivy keeps 100 blocks of its 16 KiB; dictum's
/// blocks are smaller, so as many bytes hold more of them. A statement
/// longer than a block (a whole speech) is a block of its own, so an index
/// of speeches may keep up to four times tantivy's default in memory.
pub const DOC_STORE_CACHE_BLOCKS: usize = 100 * 16 * 1024 / crate::index::DOCSTORE_BLOCK_BYTES;

/// An open index, ready for any number of searches.
pub struct Searcher {
    reader: IndexReader,
    fields: Fields,
    aliases: Aliases,
    columns: std::sync::Arc<columns::ColumnCache>,
    days: std::sync::Arc<matcher::DaySets>,
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
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(DOC_STORE_CACHE_BLOCKS)
            .try_into()
            .map_err(|e| Error::index(dir, e))?;
        Ok(Searcher {
            reader,
            fields,
            aliases: Aliases::default(),
            columns: Default::default(),
            days: Default::default(),
        })
    }

    /// Number of statements in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Picks up what `dictum index` has committed since the index was opened.
    pub fn reload(&self) -> Result<()> {
        self.reader.reload().map_err(search_error)
    }

    /// Changes whenever the statements the searcher sees change (after a
    /// [`reload`](Self::reload) that found a new commit).
    pub fn version(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for segment in self.reader.searcher().segment_readers() {
            segment.segment_id().hash(&mut hasher);
            segment.num_deleted_docs().hash(&mut hasher);
        }
        hasher.finish()
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
        self.columns.keep_only(&searcher);
        let matcher = matcher::build(&searcher, &self.fields, request, &self.aliases, &self.days, &self.columns)?;
        // The total and the facets are collected in the same pass over the
        // matches as the first page: each extra pass costs a whole query.
        let facet_collectors = request.facets.then_some((speakers::SurfaceCollector, facets::BucketCollector));
        if request.limit == 0 {
            let (total, raw) = searcher.search(&*matcher.query, &(Count, facet_collectors)).map_err(search_error)?;
            return Ok(SearchResults { total, hits: Vec::new(), facets: raw.map(|raw| self.facets(raw)) });
        }
        let wanted = request.offset + request.limit;
        let (found, matches, (total, raw)) = if request.all_copies {
            let (found, also) = self.top(&searcher, &*matcher.query, request, wanted, (Count, facet_collectors))?;
            (found, None, also)
        } else {
            let columns = std::sync::Arc::clone(&self.columns);
            let distinct = distinct::DistinctTop { limit: wanted, sort: self.sort(request), columns };
            // The matches marked are the total: no `Count` beside. Alone,
            // the collector is called straight from tantivy's loop over the
            // matches, not through a tuple's (a tenth of a keyword search).
            let ((found, matches), raw) = match facet_collectors {
                Some(facets) => {
                    let (top, raw) = searcher.search(&*matcher.query, &(distinct, facets)).map_err(search_error)?;
                    (top, Some(raw))
                }
                None => (searcher.search(&*matcher.query, &distinct).map_err(search_error)?, None),
            };
            let total = matches.count();
            (found, Some(matches), (total, raw))
        };
        let facets = raw.map(|raw| self.facets(raw));
        let page: Vec<Scored> = found.into_iter().skip(request.offset).take(request.limit).collect();
        let mut hits = hits::collect(&searcher, &self.fields, &self.columns, &matcher, &page, request.every_match)?;
        if let Some(matches) = matches {
            hits::add_copies(&searcher, &self.fields, &self.columns, &matches, total, &mut hits, &page)?;
        }
        Ok(SearchResults { total, hits, facets })
    }

    /// The order of a request's hits.
    fn sort(&self, request: &SearchRequest) -> Sort {
        request.sort.unwrap_or(if request.query.is_some() { Sort::Relevance } else { Sort::Newest })
    }

    /// The best `count` matches in the requested order, and what `also`
    /// collects in the same pass.
    fn top<C: Collector>(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn tantivy::query::Query,
        request: &SearchRequest,
        count: usize,
        also: C,
    ) -> Result<(Vec<Scored>, C::Fruit)> {
        let sort = self.sort(request);
        let top = TopDocs::with_limit(count.max(1));
        match sort {
            Sort::Relevance => searcher.search(query, &(top.order_by_score(), also)).map_err(search_error),
            Sort::Newest | Sort::Oldest => {
                let order = if sort == Sort::Newest { Order::Desc } else { Order::Asc };
                let (docs, fruit) = searcher
                    .search(query, &(top.order_by_fast_field::<i64>(schema::DATE_START, order), also))
                    .map_err(search_error)?;
                Ok((docs.into_iter().map(|(_, address)| (0.0, address)).collect(), fruit))
            }
        }
    }

    /// The facets of the whole result set, from its speakers and buckets.
    fn facets(&self, (surfaces, buckets): (Vec<speaker::Surface>, facets::Buckets)) -> Facets {
        let identities = speaker::identities(surfaces, &self.aliases);
        let (months, years) = buckets.periods();
        Facets {
            speakers: identities.into_iter().map(|i| FacetCount { value: i.name, count: i.count }).collect(),
            months: facets::chronological(months),
            years: facets::chronological(years),
            languages: facets::ranked(buckets.languages),
            kinds: facets::ranked(buckets.kinds),
            undated: buckets.undated,
        }
    }
}

/// How a timeline groups statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Month,
    Year,
}

/// Statements per period.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Timeline {
    /// Every period from the first to the last with a statement, empty ones included.
    pub periods: Vec<FacetCount>,
    /// In a monthly timeline: statements dated only to a year, by year.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub year_only: Vec<FacetCount>,
    pub undated: u64,
    pub total: u64,
}

/// One statement with the article it comes from.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Shown {
    #[serde(flatten)]
    pub hit: Hit,
    /// The article's text as it is now, when the file can still be read.
    pub article_text: Option<String>,
    /// Where the statement stands in `article_text`.
    pub span: Option<[usize; 2]>,
    /// Why the article text could not be shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Searcher {
    /// Statements per month or year.
    pub fn timeline(&self, request: &SearchRequest, by: Granularity) -> Result<Timeline> {
        let searcher = self.reader.searcher();
        self.columns.keep_only(&searcher);
        let matcher = matcher::build(&searcher, &self.fields, request, &self.aliases, &self.days, &self.columns)?;
        let buckets = searcher.search(&*matcher.query, &facets::BucketCollector).map_err(search_error)?;
        let (months, years) = buckets.periods();
        let (counts, year_only): (std::collections::BTreeMap<String, u64>, Vec<FacetCount>) = match by {
            Granularity::Year => (years, Vec::new()),
            Granularity::Month => {
                let (monthly, yearly): (Vec<_>, Vec<_>) = months.into_iter().partition(|(period, _)| period.len() == 7);
                (
                    monthly.into_iter().collect(),
                    yearly.into_iter().map(|(value, count)| FacetCount { value, count }).collect(),
                )
            }
        };
        let total = counts.values().sum::<u64>() + year_only.iter().map(|c| c.count).sum::<u64>() + buckets.undated;
        Ok(Timeline { periods: facets::continuous(counts, by), year_only, undated: buckets.undated, total })
    }

    /// The statement with this id, and its article.
    pub fn show(&self, id: &str) -> Result<Option<Shown>> {
        let searcher = self.reader.searcher();
        let query = tantivy::query::TermQuery::new(
            tantivy::Term::from_field_text(self.fields.id, id),
            tantivy::schema::IndexRecordOption::Basic,
        );
        let found = searcher.search(&query, &TopDocs::with_limit(1).order_by_score()).map_err(search_error)?;
        let Some(&(score, address)) = found.first() else {
            return Ok(None);
        };
        let matcher = matcher::Matcher { query: Box::new(query), keywords: None };
        self.columns.keep_only(&searcher);
        let hit =
            hits::collect(&searcher, &self.fields, &self.columns, &matcher, &[(score, address)], false)?.remove(0);
        Ok(Some(hits::with_article(&searcher, &self.fields, address, hit)?))
    }
}

impl Searcher {
    /// The speakers of the statements a request matches, grouped into
    /// identities across spellings (and by the alias file), most statements
    /// first. Only the filters of the request count, not its limit.
    pub fn speakers(&self, request: &SearchRequest) -> Result<Vec<Identity>> {
        let searcher = self.reader.searcher();
        self.columns.keep_only(&searcher);
        let matcher = matcher::build(&searcher, &self.fields, request, &self.aliases, &self.days, &self.columns)?;
        let surfaces = searcher.search(&*matcher.query, &speakers::SurfaceCollector).map_err(search_error)?;
        Ok(speaker::identities(surfaces, &self.aliases))
    }
}

fn search_error(error: tantivy::TantivyError) -> Error {
    Error::Index { path: Path::new("").to_path_buf(), reason: format!("search failed: {error}") }
}
