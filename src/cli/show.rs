//! `dictum show`: one statement with its article around it.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::ValueEnum;

/// Print one statement (by the id search prints) with its full article,
/// the statement marked.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The statement's id.
    id: String,
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
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let Some(shown) = args.location.open()?.show(&args.id)? else {
        anyhow::bail!(dictum::Error::Usage(format!("no statement with id {:?} in the index", args.id)));
    };
    let stdout = std::io::stdout();
    let color = super::use_color();
    let mut out = BufWriter::new(stdout.lock());
    if let Format::Json = args.format {
        serde_json::to_writer_pretty(&mut out, &shown)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let hit = &shown.hit;
    writeln!(out, "{}  {}", hit.date.as_deref().unwrap_or("undated"), hit.title)?;
    let role = hit.role.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
    writeln!(out, "speaker: {}{role}", hit.speaker.as_deref().unwrap_or("(unknown)"))?;
    writeln!(
        out,
        "kind: {} | cue: {} | mention: {} | rule: {}",
        hit.kind,
        hit.cue.as_deref().unwrap_or("-"),
        hit.mention.as_deref().unwrap_or("-"),
        hit.rule.as_deref().unwrap_or("-")
    )?;
    writeln!(out, "file: {}", hit.article)?;
    writeln!(out)?;
    match (&shown.article_text, shown.span) {
        (Some(text), Some([start, end])) => {
            let (open, close) = if color { ("\x1b[1;33m", "\x1b[0m") } else { ("»»", "««") };
            writeln!(out, "{}{open}{}{close}{}", &text[..start], &text[start..end], &text[end..])?;
        }
        _ => {
            writeln!(out, "{}", hit.quote)?;
            if let Some(note) = &shown.note {
                writeln!(out, "\n({note})")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
