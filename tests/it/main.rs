//! Integration tests: each runs the built `dictum` binary on temporary
//! folders, as a user would.

mod eval;
mod extract;
mod faults;
mod index;
mod relevance;
mod search;
mod speakers;
mod transcripts;
mod util;
