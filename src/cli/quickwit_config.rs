//! `dictum quickwit-config`: the Quickwit index config for dictum's statements.

use std::io::Write;
use std::process::ExitCode;

/// Print a Quickwit index config (YAML) whose doc mapping reads the
/// statements of `dictum extract --terms` (strict mode: every field of the
/// record format is mapped).
///
/// Hand-off: `quickwit index create --index-config dictum.yaml`, then
/// `quickwit tool local-ingest --index ID --input-path statements.jsonl`
/// (or the ingest API). The README maps dictum's search options to
/// Quickwit's query language.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The Quickwit index id (letters, digits, hyphens and underscores; at least 3 characters).
    #[arg(long, default_value = dictum::quickwit::DEFAULT_INDEX_ID)]
    index_id: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let valid = args.index_id.len() >= 3
        && args.index_id.len() <= 255
        && args.index_id.starts_with(|c: char| c.is_ascii_alphabetic())
        && args.index_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid {
        anyhow::bail!(dictum::Error::Usage(format!(
            "--index-id {:?}: Quickwit wants a letter first, then letters, digits, - or _, 3 to 255 characters",
            args.index_id
        )));
    }
    let mut out = std::io::stdout().lock();
    out.write_all(dictum::quickwit::index_config(&args.index_id).as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
