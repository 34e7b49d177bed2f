//! Command-line parsing: one file per subcommand, each turning its clap
//! arguments into a typed library request before any work starts.

mod eval;
mod extract;
mod index;
mod quickwit_config;
mod quickwit_query;
mod search;
mod serve;
mod show;
mod speakers;
mod timeline;
mod train;

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
    Speakers(speakers::Args),
    Timeline(timeline::Args),
    Show(show::Args),
    Serve(serve::Args),
    Extract(extract::Args),
    Eval(eval::Args),
    Train(train::Args),
    QuickwitConfig(quickwit_config::Args),
    QuickwitQuery(quickwit_query::Args),
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
        Command::Speakers(args) => speakers::run(args),
        Command::Timeline(args) => timeline::run(args),
        Command::Show(args) => show::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Train(args) => train::run(args),
        Command::QuickwitConfig(args) => quickwit_config::run(args),
        Command::QuickwitQuery(args) => quickwit_query::run(args),
    }
}

/// Which statements a search, a timeline or a count is about.
#[derive(Debug, clap::Args)]
pub struct Filters {
    /// Keywords (see search --help for the syntax); without them, every
    /// statement matching the other filters.
    query: Option<String>,
    /// Speaker's full name or surname, in any spelling or script.
    #[arg(long)]
    speaker: Option<String>,
    /// Words of the speaker's role ("Außenminister", "foreign minister").
    #[arg(long)]
    role: Option<String>,
    /// Start of the date range: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn (inclusive).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// End of the date range: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn (inclusive).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only statements dated entirely inside the range (default: overlapping it).
    #[arg(long)]
    within: bool,
    /// Only statements of these kinds.
    #[arg(long, value_enum, value_delimiter = ',')]
    kind: Vec<KindArg>,
    /// Only statements in this language (ISO 639-1 code: de, en, …).
    #[arg(long)]
    lang: Option<String>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum KindArg {
    Direct,
    Indirect,
    FreeIndirect,
    Speech,
}

impl Filters {
    /// The request these filters make, with default paging.
    pub fn request(&self) -> dictum::Result<dictum::query::SearchRequest> {
        use dictum::quote::Kind;
        let period = dictum::date::Period::between(self.from.as_deref(), self.to.as_deref())?;
        if self.within && period.is_none() {
            return Err(dictum::Error::Usage("--within needs --from or --to".to_string()));
        }
        let kinds = self
            .kind
            .iter()
            .map(|k| match k {
                KindArg::Direct => Kind::Direct,
                KindArg::Indirect => Kind::Indirect,
                KindArg::FreeIndirect => Kind::FreeIndirect,
                KindArg::Speech => Kind::Speech,
            })
            .collect();
        Ok(dictum::query::SearchRequest {
            query: self.query.clone(),
            speaker: self.speaker.clone(),
            role: self.role.clone(),
            period,
            within: self.within,
            kinds,
            lang: self.lang.clone(),
            ..dictum::query::SearchRequest::default()
        })
    }
}

/// Where the index is, and the alias file to read it with.
#[derive(Debug, clap::Args)]
pub struct IndexLocation {
    /// The index folder.
    #[arg(long, default_value = dictum::index::DEFAULT_INDEX_DIR)]
    index: std::path::PathBuf,
    /// An alias file (TOML, or JSON by its extension); default: aliases.toml in the index folder.
    #[arg(long, value_name = "FILE")]
    aliases: Option<std::path::PathBuf>,
}

impl IndexLocation {
    /// Opens the index with its aliases.
    pub fn open(&self) -> dictum::Result<dictum::query::Searcher> {
        let mut searcher = dictum::query::Searcher::open(&self.index)?;
        if let Some(path) = &self.aliases {
            searcher.set_aliases(dictum::speaker::Aliases::load(path)?);
        }
        Ok(searcher)
    }

    /// The index folder.
    pub fn dir(&self) -> &std::path::Path {
        &self.index
    }

    /// The alias file named on the command line.
    pub fn aliases(&self) -> Option<&std::path::Path> {
        self.aliases.as_deref()
    }
}

/// True when stdout is a terminal and NO_COLOR is unset: colour and bold
/// are for people, not for pipes.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Prints the per-file problems of a run to stderr.
pub fn report_problems(problems: &[dictum::Error]) {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    for problem in problems {
        let kind = if problem.is_notice() { "note: " } else { "" };
        let _ = writeln!(stderr, "dictum: {kind}{problem}");
    }
}
