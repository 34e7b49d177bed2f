//! `dictum speakers`: who speaks in the index, under which names and roles, and when.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::ValueEnum;

use dictum::date::Period;
use dictum::query::SearchRequest;
use dictum::speaker::Identity;

/// List speakers with their statement counts, spellings, roles and dates.
///
/// Spellings of one name (Sergey Lavrov, Sergei Lavrov, Sergey V. Lavrov)
/// are one speaker; an alias file (--aliases, or aliases.toml in the index
/// folder) merges or splits what names alone cannot tell.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only speakers whose name matches, as --speaker does in search.
    query: Option<String>,
    /// Only statements from this date on: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only statements up to this date.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// How many speakers to list (0: all).
    #[arg(long, default_value_t = 20)]
    top: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    location: super::IndexLocation,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Csv,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let period = Period::between(args.from.as_deref(), args.to.as_deref())?;
    let request = SearchRequest { speaker: args.query.clone(), period, ..SearchRequest::default() };
    let searcher = args.location.open()?;
    let mut identities = searcher.speakers(&request)?;
    let total = identities.len();
    if args.top > 0 {
        identities.truncate(args.top);
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Text => write_text(&mut out, &identities, total)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "total": total, "speakers": identities }))?;
            writeln!(out)?;
        }
        Format::Csv => write_csv(&mut out, &identities)?,
    }
    out.flush()?;
    Ok(if total == 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn span(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(first), Some(last)) if first == last => first.to_string(),
        (Some(first), Some(last)) => format!("{first} – {last}"),
        (Some(one), None) | (None, Some(one)) => one.to_string(),
        (None, None) => "undated".to_string(),
    }
}

fn write_text(out: &mut impl Write, identities: &[Identity], total: usize) -> std::io::Result<()> {
    for identity in identities {
        let statements = if identity.count == 1 { "statement" } else { "statements" };
        writeln!(
            out,
            "{}  {} {statements}  {}",
            identity.name,
            identity.count,
            span(identity.first.as_deref(), identity.last.as_deref())
        )?;
        if identity.spellings.len() > 1 {
            let spellings: Vec<String> =
                identity.spellings.iter().map(|s| format!("{} ({})", s.name, s.count)).collect();
            writeln!(out, "  spellings: {}", spellings.join(", "))?;
        }
        for role in &identity.roles {
            writeln!(
                out,
                "  role: {} ({}, {})",
                role.role,
                role.count,
                span(role.first.as_deref(), role.last.as_deref())
            )?;
        }
        if !identity.years.is_empty() {
            let years: Vec<String> = identity.years.iter().map(ToString::to_string).collect();
            writeln!(out, "  years: {}", years.join(", "))?;
        }
    }
    let shown = identities.len();
    writeln!(
        out,
        "{total} speaker{}{}",
        if total == 1 { "" } else { "s" },
        if shown < total { format!(", {shown} shown") } else { String::new() }
    )
}

fn write_csv(out: &mut impl Write, identities: &[Identity]) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(["name", "statements", "first", "last", "years", "spellings", "roles"])?;
    for identity in identities {
        let join = |items: Vec<String>| items.join("; ");
        writer.write_record([
            identity.name.clone(),
            identity.count.to_string(),
            identity.first.clone().unwrap_or_default(),
            identity.last.clone().unwrap_or_default(),
            join(identity.years.iter().map(ToString::to_string).collect()),
            join(identity.spellings.iter().map(|s| s.name.clone()).collect()),
            join(identity.roles.iter().map(|r| r.role.clone()).collect()),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
