//! The baseline for dictum's indexing benchmark: the same article files
//! indexed by plain tantivy, one document per article with tantivy's
//! default analyzer, the same threads and memory budget, and no extraction.
//!
//! Usage: `cargo run --release --example bare_tantivy -- IN_DIR INDEX_DIR [THREADS] [MEMORY_MB]`

use std::path::PathBuf;

use rayon::prelude::*;
use tantivy::schema::{FAST, INDEXED, STORED, Schema, TEXT};
use tantivy::{Index, IndexWriter, TantivyDocument, doc};

use dictum::article::{self, ReadOptions};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, rest @ ..] = args.as_slice() else {
        anyhow::bail!("usage: bare_tantivy IN_DIR INDEX_DIR [THREADS] [MEMORY_MB]");
    };
    let threads: usize = rest.first().map_or(Ok(2), |t| t.parse())?;
    let memory_mb: usize = rest.get(1).map_or(Ok(256), |m| m.parse())?;
    let mut builder = Schema::builder();
    let title = builder.add_text_field("title", TEXT | STORED);
    let text = builder.add_text_field("text", TEXT | STORED);
    let date = builder.add_text_field("date", STORED);
    let day = builder.add_i64_field("day", INDEXED | FAST);
    let output = PathBuf::from(output);
    std::fs::create_dir_all(&output)?;
    let index = Index::create_in_dir(&output, builder.build())?;
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(threads, memory_mb * 1_000_000)?;
    let walk = article::find_files(&[PathBuf::from(input)]);
    let options = ReadOptions::default();
    let articles: usize = walk
        .files
        .par_iter()
        .map(|path| {
            let Ok(loaded) = article::read_file(path, &options) else {
                return 0;
            };
            for article in &loaded.articles {
                let date_text = article.date.map(|d| d.to_string()).unwrap_or_default();
                let first_day = article.date.map_or(0, |d| dictum::date::day_number(d.first_day()));
                let document =
                    doc!(title => article.title.as_str(), text => article.body_text(), date => date_text, day => first_day);
                writer.add_document(document).expect("the writer takes documents");
            }
            loaded.articles.len()
        })
        .sum();
    writer.commit()?;
    writer.wait_merging_threads()?;
    println!("{articles} articles indexed");
    Ok(())
}
