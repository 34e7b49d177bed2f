//! Indexing statement records (`dictum index --statements`): the JSON
//! Lines that `dictum extract` writes, made elsewhere (by a Spark job, on
//! another machine), indexed without reading any article.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use tantivy::{IndexWriter, TantivyDocument, Term};

use super::document::record_document;
use super::manifest::FileState;
use super::{Outcome, canonical_key, modified_nanos};
use crate::error::Error;
use crate::quote::Record;
use crate::schema::Fields;

/// Reads the records of one file and adds their statements, replacing what
/// the file gave before. A line that is not a record is reported with its
/// number; the file's other records are indexed.
pub fn index_records(
    writer: &IndexWriter<TantivyDocument>,
    fields: &Fields,
    (path, key, metadata): &(PathBuf, String, std::fs::Metadata),
    previous: Option<&FileState>,
    max_bytes: u64,
    problems: &mut Vec<Error>,
) -> Outcome {
    if metadata.len() > max_bytes {
        let reason = format!("{} bytes, over the limit of {max_bytes} (see --max-file-size)", metadata.len());
        problems.push(Error::Unsupported { path: path.to_path_buf(), reason });
        return Outcome::Failed;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            problems.push(Error::io(path, error));
            return Outcome::Failed;
        }
    };
    let mut state = FileState {
        size: metadata.len(),
        modified: modified_nanos(metadata),
        hash: format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&bytes)),
        articles: 0,
        statements: 0,
    };
    if let Some(previous) = previous
        && previous.hash == state.hash
    {
        state.articles = previous.articles;
        state.statements = previous.statements;
        return Outcome::Unchanged { state };
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        problems.push(Error::Unsupported {
            path: path.to_path_buf(),
            reason: "statement records must be UTF-8 JSON Lines (dictum extract output)".to_string(),
        });
        return Outcome::Failed;
    };
    let mut documents = Vec::new();
    let mut articles: HashSet<(String, Option<usize>)> = HashSet::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<Record>(line).map_err(|e| e.to_string()).and_then(|record| {
            let source = canonical_key(Path::new(&*record.file));
            let document = record_document(fields, key, &source, &record)?;
            Ok((record, document))
        });
        match parsed {
            Ok((record, document)) => {
                articles.insert((record.file.into_owned(), record.record));
                documents.push(document);
            }
            Err(reason) => problems.push(Error::Parse {
                path: path.to_path_buf(),
                line: number + 1,
                reason: format!("not a statement record: {reason}"),
            }),
        }
    }
    if documents.is_empty() && !problems.is_empty() {
        // Nothing readable: keep what the index had of this file.
        return Outcome::Failed;
    }
    writer.delete_term(Term::from_field_text(fields.origin, key));
    state.articles = articles.len();
    state.statements = documents.len();
    for document in documents {
        if let Err(error) = writer.add_document(document) {
            problems.push(Error::index(path, error));
            return Outcome::Failed;
        }
    }
    Outcome::Indexed { state }
}
