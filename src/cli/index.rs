//! `dictum index`: build or update the index from article files.

use std::path::PathBuf;
use std::process::ExitCode;

use dictum::article::{FieldMap, ReadOptions};
use dictum::index::{self, IndexRequest};

/// Build or update the index from files and folders of articles.
///
/// Folders are walked recursively; hidden files and folders and editor
/// backups (`*~`, `#*#`) are skipped. Running it again reads only files that
/// changed, and drops files that are gone from the folders named.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders of articles (or of statement records, with --statements).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The files hold statement records, as `dictum extract` writes them
    /// (on another machine, or by the Spark job), not articles: they are
    /// indexed as they are, without reading any article.
    #[arg(long)]
    statements: bool,
    /// The index folder.
    #[arg(long, default_value = index::DEFAULT_INDEX_DIR)]
    index: PathBuf,
    /// Memory budget of the index writer, in MB.
    #[arg(long, value_name = "MB", default_value_t = index::DEFAULT_MEMORY_BYTES / 1_000_000)]
    memory: usize,
    /// Indexing threads (default: one per core, at most 8).
    #[arg(long)]
    threads: Option<usize>,
    /// Commit after this many files, so that an interrupted run keeps its progress.
    #[arg(long, value_name = "FILES", default_value_t = index::DEFAULT_COMMIT_EVERY)]
    commit_every: usize,
    /// For JSON inputs: read a field from another key, as speaker=spokesperson
    /// or date=published (fields: text, title, date, speaker, role, source, url, id, lang).
    #[arg(long = "field", value_name = "FIELD=KEY")]
    fields: Vec<String>,
    /// Files larger than this are skipped without being read, in MB.
    #[arg(long, value_name = "MB", default_value_t = dictum::article::DEFAULT_MAX_FILE_BYTES / 1_000_000)]
    max_file_size: u64,
}

impl Args {
    fn request(self) -> anyhow::Result<IndexRequest> {
        if self.memory < 15 {
            anyhow::bail!(dictum::Error::Usage("--memory must be at least 15 (MB)".to_string()));
        }
        if self.commit_every == 0 {
            anyhow::bail!(dictum::Error::Usage("--commit-every must be at least 1".to_string()));
        }
        if self.threads == Some(0) {
            anyhow::bail!(dictum::Error::Usage("--threads must be at least 1".to_string()));
        }
        Ok(IndexRequest {
            paths: self.paths,
            index_dir: self.index,
            memory_bytes: self.memory * 1_000_000,
            threads: self.threads,
            read: ReadOptions {
                max_file_bytes: self.max_file_size.saturating_mul(1_000_000),
                fields: FieldMap::parse(&self.fields)?,
                hash_files: true,
            },
            commit_every: self.commit_every,
            statements: self.statements,
            progress: progress_bar(),
        })
    }
}

/// A progress bar on stderr with files and MB/s, when stderr is a terminal.
fn progress_bar() -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(0);
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} {msg}",
    )
    .expect("a valid template");
    bar.set_style(style);
    bar
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let request = args.request()?;
    let summary = index::index_paths(&request)?;
    super::report_problems(&summary.problems);
    let notices = summary.problems.iter().filter(|p| p.is_notice()).count();
    println!(
        "{} files found: {} read, {} unchanged, {} removed, {} skipped or partly read{}",
        summary.files_found,
        summary.files_indexed,
        summary.files_unchanged,
        summary.files_removed,
        summary.problems.len() - notices,
        if notices > 0 { format!(", {notices} notes") } else { String::new() }
    );
    println!(
        "{} articles and {} statements indexed; the index at {} holds {} statements",
        summary.articles,
        summary.statements,
        request.index_dir.display(),
        summary.total_statements
    );
    Ok(ExitCode::SUCCESS)
}
