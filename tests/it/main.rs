//! Integration tests: most run the built `dictum` binary on temporary
//! folders, as a user would; the relevance and fuzz-regression checks call
//! the library directly, to run many searches or extractions quickly.

mod browser;
mod eval;
mod extract;
mod faults;
mod fuzz_regressions;
mod index;
mod quickwit;
mod relevance;
mod search;
mod serve;
mod speakers;
mod train;
mod transcripts;
mod util;
