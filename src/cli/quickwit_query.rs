//! `dictum quickwit-query`: a search's filters in Quickwit's query language.

use std::process::ExitCode;

/// Print the Quickwit query that asks an index made with `dictum
/// quickwit-config` what these options ask dictum: speaker names by their
/// keys, date overlap as two range clauses, keywords (words and "phrases")
/// analysed as dictum analyses them for --lang.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    filters: super::Filters,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let request = args.filters.request()?;
    println!("{}", dictum::quickwit::query(&request)?);
    Ok(ExitCode::SUCCESS)
}
