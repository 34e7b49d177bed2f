//! dictum: find who said what about whom, and when.
//!
//! The pipeline reads article files ([`article`]), finds and attributes the
//! statements in them ([`quote`]), stores them in a tantivy index
//! ([`schema`], [`index`]) and answers searches by speaker, keyword and
//! date ([`query`]), also as a web page and JSON API ([`serve`]). Dates
//! keep their precision ([`date`]); every failure is an [`Error`] naming
//! the file or input it is about.

pub mod article;
pub mod date;
pub mod error;
pub mod eval;
pub mod index;
pub mod query;
pub mod quickwit;
pub mod quote;
pub mod schema;
pub mod serve;
pub mod speaker;

pub use error::{Error, Result};
