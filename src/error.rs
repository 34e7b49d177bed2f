//! The library's one error type.
//!
//! Every variant names the file (and line, where there is one) or the user
//! input it is about, so that a message alone tells the user what to fix.
//! Per-file failures during a run are collected rather than raised (the
//! `problems` of `article::Loaded` and `index::IndexSummary`), so that one
//! bad file never stops the others.

use std::path::PathBuf;

/// Everything that can go wrong in dictum.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file is not in any format dictum reads.
    #[error("{}: {reason}", path.display())]
    Unsupported { path: PathBuf, reason: String },
    /// A file (or one line of it) is in a known format but malformed.
    #[error("{}:{line}: {reason}", path.display())]
    Parse { path: PathBuf, line: usize, reason: String },
    /// A date given by the user could not be understood.
    #[error("invalid date {input:?}: {reason}")]
    Date { input: String, reason: String },
    /// A search query could not be parsed.
    #[error("invalid query {input:?}: {reason}")]
    Query { input: String, reason: String },
    /// A request is contradictory or out of range (e.g. `--from` after `--to`).
    #[error("{0}")]
    Usage(String),
    /// There is no index where one was expected.
    #[error("no index at {}: run `dictum index PATH` first", path.display())]
    NoIndex { path: PathBuf },
    /// The index exists but tantivy failed on it.
    #[error("index {}: {reason}", path.display())]
    Index { path: PathBuf, reason: String },
    /// A gold file for `dictum eval` is malformed.
    #[error("{}:{line}: {reason}", path.display())]
    Gold { path: PathBuf, line: usize, reason: String },
    /// Not a failure: something the user should know about a file that was
    /// read (the encoding assumed, a date dropped).
    #[error("{}: {message}", path.display())]
    Notice { path: PathBuf, message: String },
}

impl Error {
    /// Builds an [`Error::Io`] for `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io { path: path.into(), source }
    }

    /// Builds an [`Error::Index`] for the index at `path`.
    pub fn index(path: impl Into<PathBuf>, reason: impl ToString) -> Error {
        Error::Index { path: path.into(), reason: reason.to_string() }
    }

    /// True for a notice rather than a failure.
    pub fn is_notice(&self) -> bool {
        matches!(self, Error::Notice { .. })
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
