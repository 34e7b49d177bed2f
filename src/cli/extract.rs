//! `dictum extract`: print the statements files yield, without indexing.

use std::cell::RefCell;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Mutex, mpsc};

use anyhow::Context;
use clap::ValueEnum;
use rayon::prelude::*;

use dictum::article::{self, ReadOptions};
use dictum::quote::{self, Record, RecordDates, SpeakerKeys};

/// Print the statements found in files, without indexing them.
///
/// Offsets are UTF-8 byte offsets into the file's decoded text (for JSON
/// inputs, into the article's `text` field).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to read.
    #[arg(required_unless_present = "files_from")]
    paths: Vec<PathBuf>,
    /// Also read the files or folders listed in FILE, one per line ("-":
    /// standard input, as Spark's RDD.pipe feeds them).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Add each quote's words as dictum's analyzer for its language indexes
    /// them (`terms`), for search engines without it (Quickwit).
    #[arg(long)]
    terms: bool,
    /// For JSON inputs: read a field from another key, as speaker=spokesperson.
    #[arg(long = "field", value_name = "FIELD=KEY")]
    fields: Vec<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON object per statement.
    Jsonl,
    /// A readable listing with the cue and rule behind each attribution.
    Text,
}

/// The paths listed in `list`, one per line, blank lines skipped.
fn listed_paths(list: &std::path::Path) -> anyhow::Result<Vec<PathBuf>> {
    let text = if list.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("reading the list of files from standard input")?
    } else {
        std::fs::read_to_string(list).map_err(|e| dictum::Error::io(list, e))?
    };
    Ok(text.lines().map(str::trim).filter(|line| !line.is_empty()).map(PathBuf::from).collect())
}

/// Files handled per batch: bounds memory while keeping output in order.
const BATCH: usize = 256;

thread_local! {
    /// The speaker keys of names this thread has written: a run quotes the
    /// same people again and again, and a name's keys cost thousands of
    /// instructions. One cache a thread, as each thread writes its files'
    /// records.
    static SPEAKER_KEYS: RefCell<SpeakerKeys> = RefCell::new(SpeakerKeys::default());
}

/// A file's statements, written out, and what reading it reported.
struct FileOutput {
    lines: Vec<u8>,
    problems: Vec<dictum::Error>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut paths = args.paths.clone();
    if let Some(list) = &args.files_from {
        paths.extend(listed_paths(list)?);
    }
    let walk = article::find_files(&paths);
    // Statements need no file hashes: those tell re-indexing which files changed.
    let options =
        ReadOptions { fields: article::FieldMap::parse(&args.fields)?, hash_files: false, ..ReadOptions::default() };
    let mut problems = walk.problems;
    let stdout = std::io::stdout();
    // Standard output is line-buffered: each buffer written to it is searched
    // backwards for its last line end. A speech's record is longer than the
    // default 8 KiB, so most buffers had none and were searched whole (7 M
    // instructions on the speeches); a buffer this size holds several records.
    let mut out = BufWriter::with_capacity(1 << 18, stdout.lock());
    // Buffers already written out, for the next files: a file's lines went
    // into a buffer of its own, all a batch's held until the batch ended, and
    // writing each fresh page faulted it in (a twentieth of the speeches'
    // CPU time, 96 MB of records).
    let spare = Mutex::new(Vec::new());
    for batch in walk.files.chunks(BATCH) {
        // Each file's records are written by the thread that extracted them:
        // written here, one after the other, they were a fifth of the gold
        // news' instructions, during which the pool had nothing to do. This
        // thread only copies them out, in order, as they come.
        let (sender, outputs) = mpsc::channel();
        std::thread::scope(|scope| -> anyhow::Result<()> {
            // Taken in order, not split in halves as `par_iter` splits a
            // slice: the second half's outputs would wait, each in a buffer
            // of its own, until the first half's were written.
            scope.spawn(|| {
                batch.iter().enumerate().par_bridge().for_each_with(sender, |sender, (index, path)| {
                    let lines = spare.lock().ok().and_then(|mut spare| spare.pop()).unwrap_or_default();
                    // The receiver is gone only once an error stopped the run.
                    let _ = sender.send((index, extract_file(path, &options, &args, lines)));
                });
            });
            // Outputs that came before those of the files ahead of them.
            let mut waiting: Vec<Option<FileOutput>> = std::iter::repeat_with(|| None).take(batch.len()).collect();
            let mut next = 0;
            for (index, output) in outputs {
                waiting[index] = Some(output?);
                while let Some(output) = waiting.get_mut(next).and_then(Option::take) {
                    problems.extend(output.problems);
                    out.write_all(&output.lines)?;
                    // Enough for the files in work and the next ones; more
                    // are left only after a slow file held up the others,
                    // and would be kept for the rest of the run.
                    if let Ok(mut spare) = spare.lock()
                        && spare.len() < 2 * rayon::current_num_threads()
                    {
                        spare.push(output.lines);
                    }
                    next += 1;
                }
            }
            Ok(())
        })?;
    }
    out.flush().context("writing statements")?;
    super::report_problems(&problems);
    let failed = problems.iter().any(|p| !p.is_notice());
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// The statements of the file at `path`, written in `args`' format.
/// `lines` is a buffer to write them into, its old contents dropped.
fn extract_file(path: &Path, options: &ReadOptions, args: &Args, mut lines: Vec<u8>) -> anyhow::Result<FileOutput> {
    lines.clear();
    let loaded = match article::read_file(path, options) {
        Ok(loaded) => loaded,
        Err(error) => return Ok(FileOutput { lines, problems: vec![error] }),
    };
    // Room for records twice as long as the text, about what news articles
    // give (a speech's run to about its own length): grown from nothing, a
    // file's buffer was reallocated and copied a dozen times.
    let text_bytes: usize = loaded.articles.iter().map(|article| article.text.len()).sum();
    lines.reserve(2 * text_bytes);
    for article in &loaded.articles {
        let statements = quote::extract(article);
        let dates = RecordDates::of(article);
        for statement in &statements {
            match args.format {
                Format::Jsonl => SPEAKER_KEYS.with_borrow_mut(|speaker_keys| -> anyhow::Result<()> {
                    let mut record = Record::new(article, &dates, statement, speaker_keys);
                    if args.terms {
                        let quote = statement.text(&article.text);
                        record.terms = Some(dictum::quickwit::terms(&quote, &article.lang));
                    }
                    record.write_json_line(&mut lines)?;
                    Ok(())
                })?,
                Format::Text => write_text(&mut lines, article, statement)?,
            }
        }
    }
    Ok(FileOutput { lines, problems: loaded.problems })
}

fn write_text(out: &mut impl Write, article: &article::Article, statement: &quote::Statement) -> std::io::Result<()> {
    let text = &article.text;
    // A speaker without a name still shows its mention below ("er").
    let speaker = statement.speaker.as_ref().map_or("(unknown)".to_string(), |s| {
        let name = s.name.as_deref().unwrap_or("(unnamed)");
        match &s.role {
            Some(role) => format!("{name} ({role})"),
            None => name.to_string(),
        }
    });
    let span = statement.extent();
    writeln!(out, "{}:{}-{} {} {}", article.locator(), span.start, span.end, statement.kind.as_str(), speaker)?;
    writeln!(out, "  {}", statement.text(text).replace('\n', " "))?;
    let cue = statement.cue.as_ref().map_or("-", |c| &text[c.clone()]);
    let mention = statement.speaker.as_ref().and_then(|s| s.mention.as_ref()).map_or("-", |m| &text[m.clone()]);
    write!(out, "  cue: {cue} | mention: {mention} | rule: {}", statement.rule)?;
    if let Some(score) = statement.filter_score {
        // The trained filter kept it, by this margin over its threshold.
        write!(out, " | filter score: {:.3}", f64::from(score) / 1000.0)?;
    }
    writeln!(out)?;
    writeln!(out)
}
