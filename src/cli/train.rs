//! `dictum train`: learn the German statement filter's weights from a gold
//! file, and report how the filter would score on gold files.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// Thresholds `--report` scores the filter at, around the shipped one.
const THRESHOLDS: [f64; 13] = [-3.0, -2.0, -1.5, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0];

/// Learn the weights of the filter over German reported statements from
/// the statements the rules find in a gold file's articles (tune on the
/// train split only). The same gold file always gives the same bytes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A gold JSONL file; article paths in it are relative to it.
    gold: PathBuf,
    /// Where to write the weights (src/quote/weights-de.txt ships them).
    #[arg(long)]
    out: PathBuf,
    /// Also score these gold files with the new weights, without the filter
    /// and at a range of thresholds, for tuning the threshold.
    #[arg(long, value_name = "GOLD")]
    report: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let trained = dictum::quote::train(&args.gold)?;
    std::fs::write(&args.out, trained.weights.to_text()).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!("trained on {} statements ({} good); weights in {}", trained.examples, trained.good, args.out.display());
    for gold in &args.report {
        println!("{}", gold.display());
        for (threshold, report) in dictum::quote::sweep(gold, &trained.weights, &THRESHOLDS)? {
            let threshold = threshold.map_or("none".to_string(), |t| format!("{t:+.2}"));
            let names = report.name_accuracy().map_or(String::new(), |a| format!(" | names {a:.3}"));
            let direct = report.by_type.get("Direct").map_or(0.0, |t| {
                if t.message_gold > 0 { t.message_shared as f64 / t.message_gold as f64 } else { 0.0 }
            });
            let (m, s) = (report.message(), report.speaker());
            println!(
                "  threshold {threshold:>5}: message P {:.3} R {:.3} F1 {:.3} | speaker F1 {:.3}{names} | direct R {direct:.3}",
                m.precision, m.recall, m.f1, s.f1
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
