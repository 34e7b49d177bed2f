//! `dictum search`: find statements by keyword, speaker and date.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::ValueEnum;

use dictum::query::{Hit, SearchRequest, SearchResults, Sort, Source};

/// Search statements by keyword, speaker and date.
///
/// QUERY uses tantivy's syntax: words (all must occur), "exact phrases",
/// AND / OR / NOT, parentheses, -word to exclude, title:word. Words are
/// stemmed for each statement's language. Exit code 0 when something
/// matched, 1 when nothing did, 2 on errors.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    filters: super::Filters,
    /// Order of hits (default: relevance with a query, newest first without).
    #[arg(long, value_enum)]
    sort: Option<SortArg>,
    /// Show each copy of a quote that several articles report (default: once, with its sources).
    #[arg(long)]
    all_copies: bool,
    /// Also count all matches by speaker, month, year, language and kind.
    #[arg(long)]
    facets: bool,
    /// Hits to show; 0 prints only the count.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Hits to skip.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    location: super::IndexLocation,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SortArg {
    Relevance,
    Date,
    #[value(name = "-date")]
    DateDescending,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
    Csv,
}

impl Args {
    fn request(&self) -> dictum::Result<SearchRequest> {
        Ok(SearchRequest {
            sort: self.sort.map(|s| match s {
                SortArg::Relevance => Sort::Relevance,
                SortArg::Date => Sort::Oldest,
                SortArg::DateDescending => Sort::Newest,
            }),
            limit: self.limit,
            offset: self.offset,
            all_copies: self.all_copies,
            facets: self.facets,
            ..self.filters.request()?
        })
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let color = super::use_color();
    let mut request = args.request()?;
    request.every_match = color && matches!(args.format, Format::Text);
    let searcher = args.location.open()?;
    if searcher.is_empty() {
        anyhow::bail!("the index at {} is empty: run `dictum index PATH` first", args.location.dir().display());
    }
    let results = searcher.search(&request)?;
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Text => write_text(&mut out, &results, color)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &results)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for hit in &results.hits {
                serde_json::to_writer(&mut out, hit)?;
                writeln!(out)?;
            }
        }
        Format::Csv => write_csv(&mut out, &results)?,
    }
    out.flush()?;
    Ok(if results.total == 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn write_text(out: &mut impl Write, results: &SearchResults, color: bool) -> std::io::Result<()> {
    for hit in &results.hits {
        let speaker = hit.speaker.as_deref().unwrap_or("(unknown speaker)");
        let role = hit.role.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
        let date = hit.date.as_deref().unwrap_or("undated");
        writeln!(out, "{date}  {speaker}{role}  [{}]", hit.kind)?;
        if let Some(context) = &hit.context {
            let (dim, plain) = if color { ("\x1b[2m", "\x1b[0m") } else { ("", "") };
            writeln!(out, "  {dim}… {}{plain}", context.replace('\n', " "))?;
        }
        writeln!(out, "  {}", highlighted(hit, color).replace('\n', " "))?;
        writeln!(out, "  — {} ({})", hit.title, hit.article)?;
        if hit.copies > 1 {
            let others: Vec<&str> =
                hit.sources.iter().map(Source::article).filter(|article| *article != hit.article).collect();
            writeln!(out, "  also reported by {} more: {}", hit.copies - 1, others.join(", "))?;
        }
        writeln!(out)?;
    }
    if let Some(facets) = &results.facets {
        write_facets(out, facets)?;
    }
    let shown = results.hits.len();
    writeln!(
        out,
        "{} statement{} matched{}",
        results.total,
        if results.total == 1 { "" } else { "s" },
        if shown < results.total { format!(", {shown} shown") } else { String::new() }
    )
}

fn write_facets(out: &mut impl Write, facets: &dictum::query::Facets) -> std::io::Result<()> {
    let line = |counts: &[dictum::query::FacetCount]| -> String {
        counts.iter().map(|c| format!("{} {}", c.value, c.count)).collect::<Vec<_>>().join(", ")
    };
    writeln!(out, "speakers: {}", line(&facets.speakers))?;
    writeln!(out, "months: {}", line(&facets.months))?;
    writeln!(out, "years: {}", line(&facets.years))?;
    writeln!(out, "languages: {}", line(&facets.languages))?;
    writeln!(out, "kinds: {}", line(&facets.kinds))?;
    if facets.undated > 0 {
        writeln!(out, "undated: {}", facets.undated)?;
    }
    writeln!(out)
}

/// The quote with matched words in bold on a terminal.
fn highlighted(hit: &Hit, color: bool) -> String {
    if !color || hit.highlights.is_empty() {
        return hit.quote.clone();
    }
    let mut out = String::with_capacity(hit.quote.len() + hit.highlights.len() * 8);
    let mut last = 0;
    for range in &hit.highlights {
        if range.start < last {
            continue; // a compound's part, highlighted with the word already
        }
        out.push_str(&hit.quote[last..range.start]);
        out.push_str("\x1b[1;33m");
        out.push_str(&hit.quote[range.clone()]);
        out.push_str("\x1b[0m");
        last = range.end;
    }
    out.push_str(&hit.quote[last..]);
    out
}

fn write_csv(out: &mut impl Write, results: &SearchResults) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(["id", "date", "speaker", "role", "kind", "quote", "title", "file", "lang", "score", "copies"])?;
    for hit in &results.hits {
        writer.write_record([
            hit.id.as_str(),
            hit.date.as_deref().unwrap_or(""),
            hit.speaker.as_deref().unwrap_or(""),
            hit.role.as_deref().unwrap_or(""),
            &hit.kind,
            &hit.quote,
            &hit.title,
            &hit.file,
            &hit.lang,
            &hit.score.to_string(),
            &hit.copies.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
