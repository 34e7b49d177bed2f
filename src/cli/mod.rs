//! Command-line parsing: one file per subcommand, each turning its clap
//! arguments into a typed library request before any work starts.

mod eval;
mod extract;
mod index;
mod search;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Find who said what about whom, and when: index dated articles, then
/// search their statements by speaker, keyword and date.
#[derive(Debug, Parser)]
#[command(name = "dictum", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Index(index::Args),
    Search(search::Args),
    Extract(extract::Args),
    Eval(eval::Args),
}

/// Parses the command line and runs the subcommand.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout with success, usage errors to stderr.
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            return Ok(ExitCode::from(code));
        }
    };
    match cli.command {
        Command::Index(args) => index::run(args),
        Command::Search(args) => search::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
    }
}

/// Prints the per-file problems of a run to stderr.
pub fn report_problems(problems: &[dictum::Error]) {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    for problem in problems {
        let _ = writeln!(stderr, "dictum: {problem}");
    }
}
