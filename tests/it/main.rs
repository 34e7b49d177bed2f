//! Integration tests: each runs the built `dictum` binary on temporary
//! folders, as a user would.

mod eval;
mod extract;
mod fuzz_regressions;
mod index;
mod relevance;
mod search;
mod speakers;
mod util;
