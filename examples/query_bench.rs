//! Query latency, in process: dictum's searcher against bare tantivy on
//! indexes of the same files (built by `scripts/bench.sh`), p50 and p99
//! over the same queries of each type. Both sides return the total and
//! the best ten with their stored text; dictum adds snippets and copies.
//! The two sides take turns of 50 queries, so a slow spell of the machine
//! falls on both.
//!
//! Usage: `cargo run --release --example query_bench -- DICTUM_INDEX BARE_INDEX [QUERIES_PER_TYPE] [TSV_OUT]`
//!
//! With TSV_OUT, dictum's figures are also written there (type, p50, p99
//! in ms) for `scripts/fts5_bench.py` to compare with SQLite FTS5.
//!
//! With `ONLY=TEXT` in the environment, only the query types whose name
//! contains TEXT run (to profile one of them); with `BARE=0`, bare tantivy
//! does not (to count dictum's instructions alone, under valgrind). With
//! `BARE_CACHE=same`, bare tantivy keeps as many decompressed document
//! blocks as dictum does (by default it keeps tantivy's 100): the queries
//! of a type repeat (30 words), so a cache that holds their hits spares
//! the decompression of every repeat. With `TIMES=path`, every timed
//! query's latency is written there (type, side, query number, ms; in the
//! order run), to see which queries make a side's tail.

use std::io::Write;
use std::ops::Bound;
use std::path::Path;
use std::time::Instant;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery};
use tantivy::schema::Value;
use tantivy::{Index, TantivyDocument, Term};

use dictum::date::{Period, day_number};
use dictum::query::{DOC_STORE_CACHE_BLOCKS, SearchRequest, Searcher, Sort};

/// Words that diplomats use, to cycle through as keywords.
const WORDS: &[&str] = &[
    "peace",
    "security",
    "development",
    "climate",
    "sanctions",
    "nuclear",
    "refugees",
    "terrorism",
    "trade",
    "cooperation",
    "sovereignty",
    "democracy",
    "poverty",
    "reform",
    "dialogue",
    "conflict",
    "weapons",
    "economy",
    "health",
    "water",
    "energy",
    "border",
    "rights",
    "justice",
    "crisis",
    "ocean",
    "debt",
    "women",
    "children",
    "migration",
];

/// Speakers to cycle through.
const SPEAKERS: &[&str] = &["Lavrov", "Obama", "Merkel", "Guterres", "Xi Jinping", "Erdogan", "Modi", "Macron"];

/// Three years from 1995 on.
fn years(i: usize) -> Option<Period> {
    let year = 1995 + (i % 25) as i32;
    Period::between(Some(&format!("{year}")), Some(&format!("{}", year + 2))).expect("valid years")
}

/// The `i`th request of a type.
type MakeRequest<'a> = Box<dyn Fn(usize) -> SearchRequest + 'a>;

/// Writes the results of `count` queries of each type, and of variants
/// (more hits, other orders, every copy), as JSON lines to `path`: run
/// before and after a change and diff, to check that it changed no hit,
/// order, total or facet.
fn dump(ours: &Searcher, count: usize, path: &Path) -> anyhow::Result<()> {
    let word = |i: usize| WORDS[i % WORDS.len()].to_string();
    let speaker = |i: usize| Some(SPEAKERS[i % SPEAKERS.len()].to_string());
    let base = SearchRequest::default();
    let types: Vec<(&str, MakeRequest)> = vec![
        ("keyword", Box::new(|i| SearchRequest { query: Some(word(i)), ..base.clone() })),
        (
            "two keywords, years",
            Box::new(|i| SearchRequest {
                query: Some(format!("{} {}", word(i), word(i + 7))),
                period: years(i),
                ..base.clone()
            }),
        ),
        (
            "phrase",
            Box::new(|i| SearchRequest { query: Some(format!("\"international {}\"", word(i))), ..base.clone() }),
        ),
        (
            "speaker, newest",
            Box::new(|i| SearchRequest { speaker: speaker(i), sort: Some(Sort::Newest), ..base.clone() }),
        ),
        (
            "keyword, speaker, years, facets",
            Box::new(|i| SearchRequest {
                query: Some(word(i)),
                speaker: speaker(i),
                period: years(i),
                facets: true,
                ..base.clone()
            }),
        ),
        (
            "keyword OR keyword, 50 from 20",
            Box::new(|i| SearchRequest {
                query: Some(format!("{} OR {}", word(i), word(i + 3))),
                limit: 50,
                offset: 20,
                ..base.clone()
            }),
        ),
        (
            "keyword, oldest, every copy",
            Box::new(|i| SearchRequest {
                query: Some(word(i)),
                sort: Some(Sort::Oldest),
                all_copies: i % 2 == 0,
                ..base.clone()
            }),
        ),
        (
            "speaker, oldest, 30, facets",
            Box::new(|i| SearchRequest {
                speaker: speaker(i),
                sort: Some(Sort::Oldest),
                limit: 30,
                facets: true,
                ..base.clone()
            }),
        ),
        (
            "years only, every match",
            Box::new(|i| SearchRequest {
                query: Some(format!("{}~1 -{}", word(i), word(i + 1))),
                period: years(i),
                every_match: true,
                ..base.clone()
            }),
        ),
    ];
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for (name, make) in &types {
        for i in 0..count {
            let results = ours.search(&make(i))?;
            let highlights: Vec<_> = results.hits.iter().map(|hit| hit.highlights.clone()).collect();
            let line = serde_json::json!({ "type": name, "i": i, "results": results, "highlights": highlights });
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// p50 and p99 latency in milliseconds.
type Latency = (f64, f64);

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

/// Queries are timed in turns of this many, dictum's and then bare
/// tantivy's, so that a slow spell of the machine (a neighbour's burst on
/// this shared VM) falls on both sides alike instead of on one side's
/// whole run.
const TURN: usize = 50;

fn timed(query: &mut impl FnMut(usize), i: usize) -> f64 {
    let start = Instant::now();
    query(i);
    start.elapsed().as_secs_f64() * 1000.0
}

/// Runs `ours` and `bare` (when given) for each of `count` inputs, in turns,
/// returning each side's (p50, p99) in milliseconds; with `TIMES` set,
/// appends each sample to that file under the query type `name`.
fn time_both(
    name: &str,
    count: usize,
    mut ours: impl FnMut(usize),
    mut bare: Option<impl FnMut(usize)>,
) -> anyhow::Result<(Latency, Option<Latency>)> {
    for i in 0..count.min(TURN) {
        ours(i); // warm up
        if let Some(bare) = bare.as_mut() {
            bare(i);
        }
    }
    let mut ours_samples = Vec::with_capacity(count);
    let mut bare_samples = Vec::with_capacity(count);
    for turn in (0..count).step_by(TURN) {
        let inputs = turn..(turn + TURN).min(count);
        ours_samples.extend(inputs.clone().map(|i| timed(&mut ours, i)));
        if let Some(bare) = bare.as_mut() {
            bare_samples.extend(inputs.map(|i| timed(bare, i)));
        }
    }
    if let Ok(path) = std::env::var("TIMES") {
        // Each side's samples are in the order of their inputs.
        let mut log = String::new();
        for (side, samples) in [("dictum", &ours_samples), ("bare", &bare_samples)] {
            for (i, ms) in samples.iter().enumerate() {
                log.push_str(&format!("{name}\t{side}\t{i}\t{ms:.4}\n"));
            }
        }
        std::fs::OpenOptions::new().create(true).append(true).open(path)?.write_all(log.as_bytes())?;
    }
    let latency = |samples: &mut Vec<f64>| (percentile(samples, 0.5), percentile(samples, 0.99));
    let bare_latency = bare.is_some().then(|| latency(&mut bare_samples));
    Ok((latency(&mut ours_samples), bare_latency))
}

/// Runs `query` for each of `count` inputs, returning (p50, p99) in milliseconds.
fn time(name: &str, count: usize, query: impl FnMut(usize)) -> anyhow::Result<Latency> {
    Ok(time_both(name, count, query, None::<fn(usize)>)?.0)
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dictum_dir, bare_dir, rest @ ..] = args.as_slice() else {
        anyhow::bail!("usage: query_bench DICTUM_INDEX BARE_INDEX [QUERIES_PER_TYPE] [TSV_OUT]");
    };
    let count: usize = rest.first().map_or(Ok(500), |n| n.parse())?;
    let ours = Searcher::open(Path::new(dictum_dir))?;
    let bare = Index::open_in_dir(bare_dir)?;
    // dictum keeps more decompressed blocks than tantivy's default; with
    // `BARE_CACHE=same`, bare tantivy keeps as many (repeated queries then
    // load their hits from memory on both sides).
    let bare_cache = match std::env::var("BARE_CACHE").as_deref() {
        Ok("same") => DOC_STORE_CACHE_BLOCKS,
        _ => 100,
    };
    let bare_reader = bare.reader_builder().doc_store_cache_num_blocks(bare_cache).try_into()?;
    let bare_searcher = bare_reader.searcher();
    let schema = bare.schema();
    let text = schema.get_field("text")?;
    let title = schema.get_field("title")?;
    let day = schema.get_field("day")?;
    let parser = QueryParser::for_index(&bare, vec![text]);
    let word = |i: usize| WORDS[i % WORDS.len()];
    let request = |query: Option<String>| SearchRequest { query, limit: 10, ..SearchRequest::default() };
    // What a user needs from a search: the total and the best ten with
    // their stored title and text, as dictum returns them.
    let bare_top = |query: &dyn Query| {
        let (top, _total) =
            bare_searcher.search(query, &(TopDocs::with_limit(10).order_by_score(), Count)).expect("bare search");
        for (_, address) in top {
            let doc: TantivyDocument = bare_searcher.doc(address).expect("stored document");
            std::hint::black_box(doc.get_first(title).and_then(|v| v.as_str()).map(str::to_string));
            std::hint::black_box(doc.get_first(text).and_then(|v| v.as_str()).map(str::to_string));
        }
    };
    let bare_range = |i: usize| -> Box<dyn Query> {
        let period = years(i).expect("a period");
        Box::new(RangeQuery::new(
            Bound::Included(Term::from_field_i64(day, day_number(period.start))),
            Bound::Included(Term::from_field_i64(day, day_number(period.end))),
        ))
    };

    if let Ok(path) = std::env::var("DUMP") {
        return dump(&ours, count, Path::new(&path));
    }
    let only = std::env::var("ONLY").unwrap_or_default();
    let with_bare = std::env::var("BARE").map_or(true, |bare| bare != "0");
    let wanted = |name: &str| name.contains(only.as_str());
    let mut rows: Vec<(&str, Latency, Option<Latency>)> = Vec::new();
    if wanted("single keyword") {
        let (ours_latency, bare_latency) = time_both(
            "single keyword",
            count,
            |i| {
                ours.search(&request(Some(word(i).to_string()))).expect("search");
            },
            with_bare.then_some(|i| bare_top(&*parser.parse_query(word(i)).expect("query"))),
        )?;
        rows.push(("single keyword", ours_latency, bare_latency));
    }
    if wanted("two keywords AND date range") {
        let (ours_latency, bare_latency) = time_both(
            "two keywords AND date range",
            count,
            |i| {
                let period = years(i);
                let query = format!("{} {}", word(i), word(i + 7));
                ours.search(&SearchRequest { period, ..request(Some(query)) }).expect("search");
            },
            with_bare.then_some(|i| {
                let words = parser.parse_query(&format!("+{} +{}", word(i), word(i + 7))).expect("query");
                let both = BooleanQuery::new(vec![(Occur::Must, words), (Occur::Must, bare_range(i))]);
                bare_top(&both);
            }),
        )?;
        rows.push(("two keywords AND date range", ours_latency, bare_latency));
    }
    if wanted("phrase") {
        let (ours_latency, bare_latency) = time_both(
            "phrase",
            count,
            |i| {
                ours.search(&request(Some(format!("\"{} {}\"", "international", word(i))))).expect("search");
            },
            with_bare.then_some(|i| {
                bare_top(&*parser.parse_query(&format!("\"international {}\"", word(i))).expect("query"))
            }),
        )?;
        rows.push(("phrase", ours_latency, bare_latency));
    }
    let speakers = SPEAKERS;
    if wanted("speaker only, newest first") {
        rows.push((
            "speaker only, newest first",
            time("speaker only, newest first", count, |i| {
                let speaker = Some(speakers[i % speakers.len()].to_string());
                ours.search(&SearchRequest { speaker, sort: Some(Sort::Newest), ..request(None) }).expect("search");
            })?,
            None,
        ));
    }
    if wanted("keyword + speaker + date + facets") {
        rows.push((
            "keyword + speaker + date + facets",
            time("keyword + speaker + date + facets", count, |i| {
                let period = years(i);
                let speaker = Some(speakers[i % speakers.len()].to_string());
                ours.search(&SearchRequest { period, speaker, facets: true, ..request(Some(word(i).to_string())) })
                    .expect("search");
            })?,
            None,
        ));
    }
    if let Some(path) = rest.get(1) {
        let lines: String = rows.iter().map(|(name, (p50, p99), _)| format!("{name}\t{p50}\t{p99}\n")).collect();
        std::fs::write(path, lines)?;
    }
    println!("| query ({count} of each) | dictum p50 / p99 | bare tantivy p50 / p99 | ratio p50 / p99 |");
    println!("|---|---|---|---|");
    for (name, (ours_p50, ours_p99), bare) in rows {
        match bare {
            Some((bare_p50, bare_p99)) => println!(
                "| {name} | {ours_p50:.3} / {ours_p99:.3} ms | {bare_p50:.3} / {bare_p99:.3} ms | {:.2} / {:.2} |",
                ours_p50 / bare_p50,
                ours_p99 / bare_p99
            ),
            None => println!("| {name} | {ours_p50:.3} / {ours_p99:.3} ms | – | – |"),
        }
    }
    Ok(())
}
