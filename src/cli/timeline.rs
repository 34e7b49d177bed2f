//! `dictum timeline`: how many matching statements there are per month or year.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::ValueEnum;

use dictum::query::{Granularity, SearchRequest, Timeline};

/// Count matching statements per month or year: a bar chart on a terminal,
/// or JSON, CSV or an SVG chart to embed in a report.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    filters: super::Filters,
    /// Periods to count by.
    #[arg(long, value_enum, default_value_t = By::Month)]
    by: By,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    location: super::IndexLocation,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum By {
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Csv,
    Svg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let request = args.filters.request()?;
    let by = match args.by {
        By::Month => Granularity::Month,
        By::Year => Granularity::Year,
    };
    let timeline = args.location.open()?.timeline(&request, by)?;
    let stdout = std::io::stdout();
    let color = super::use_color();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Text => write_text(&mut out, &timeline, color)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &timeline)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut out);
            writer.write_record(["period", "statements"])?;
            for period in timeline.periods.iter().chain(&timeline.year_only) {
                writer.write_record([period.value.as_str(), &period.count.to_string()])?;
            }
            writer.flush()?;
        }
        Format::Svg => write!(out, "{}", svg(&timeline, &request))?,
    }
    out.flush()?;
    Ok(if timeline.total == 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Bars this many characters wide at most.
const BAR_WIDTH: u64 = 50;

fn write_text(out: &mut impl Write, timeline: &Timeline, color: bool) -> std::io::Result<()> {
    let most = timeline.periods.iter().map(|p| p.count).max().unwrap_or(0).max(1);
    let (on, off) = if color { ("\x1b[36m", "\x1b[0m") } else { ("", "") };
    for period in &timeline.periods {
        let width = (period.count * BAR_WIDTH).div_ceil(most) as usize;
        writeln!(out, "{:>7}  {on}{}{off} {}", period.value, "█".repeat(width), period.count)?;
    }
    for year in &timeline.year_only {
        writeln!(out, "{:>7}  {} (dated only to the year)", year.value, year.count)?;
    }
    if timeline.undated > 0 {
        writeln!(out, "undated  {}", timeline.undated)?;
    }
    writeln!(out, "{} statements", timeline.total)
}

/// A bar chart as a standalone SVG document.
fn svg(timeline: &Timeline, request: &SearchRequest) -> String {
    let bars = timeline.periods.len().max(1);
    let (width, height, margin) = (640.0_f64, 240.0_f64, 40.0_f64);
    let most = timeline.periods.iter().map(|p| p.count).max().unwrap_or(0).max(1) as f64;
    let step = (width - 2.0 * margin) / bars as f64;
    let title = escape(&match (&request.query, &request.speaker) {
        (Some(q), Some(s)) => format!("Statements of {s} matching “{q}”"),
        (Some(q), None) => format!("Statements matching “{q}”"),
        (None, Some(s)) => format!("Statements of {s}"),
        (None, None) => "Statements".to_string(),
    });
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"10\">\n<title>{title}</title>\n<text x=\"{margin}\" y=\"16\" font-size=\"12\">{title}</text>\n"
    );
    let floor = height - margin;
    for (i, period) in timeline.periods.iter().enumerate() {
        let bar = (period.count as f64 / most) * (height - 2.0 * margin - 10.0);
        let x = margin + i as f64 * step;
        out += &format!(
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{bar:.1}\" fill=\"#3b7dd8\"><title>{}: {}</title></rect>\n",
            floor - bar,
            (step * 0.8).max(1.0),
            escape(&period.value),
            period.count
        );
    }
    let label_every = bars.div_ceil(12);
    for (i, period) in timeline.periods.iter().enumerate().step_by(label_every) {
        let x = margin + i as f64 * step;
        out += &format!("<text x=\"{x:.1}\" y=\"{:.1}\">{}</text>\n", floor + 14.0, escape(&period.value));
    }
    out += &format!(
        "<line x1=\"{margin}\" y1=\"{floor}\" x2=\"{:.1}\" y2=\"{floor}\" stroke=\"#333\"/>\n<text x=\"4\" y=\"{:.1}\">{}</text>\n</svg>\n",
        width - margin,
        margin + 4.0,
        most as u64
    );
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
