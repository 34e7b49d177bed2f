//! `dictum eval`: score extraction against a gold file.

use std::path::PathBuf;
use std::process::ExitCode;

/// Extract statements from the articles of a gold file and score them as
/// the shared reference scorer does (message and speaker P/R/F1, joint F1,
/// speaker-name accuracy).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A gold JSONL file; article paths in it are relative to it.
    gold: PathBuf,
    /// Also print message recall per gold type.
    #[arg(long)]
    by_type: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let report = dictum::eval::evaluate(&args.gold)?;
    println!("{}", report.summary(args.by_type));
    Ok(ExitCode::SUCCESS)
}
