//! Writing the statement index: opening or creating it, reading the files
//! that changed since the last run in parallel, replacing their statements,
//! dropping files that are gone, and committing atomically with the
//! manifest that records what was read.

mod document;
mod manifest;
mod records;

use std::collections::HashSet;
use std::ops::Not;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use rayon::prelude::*;
use tantivy::directory::error::LockError;
use tantivy::indexer::LogMergePolicy;
use tantivy::{Index, IndexSettings, IndexWriter, TantivyDocument, TantivyError, Term};

pub use document::{LISTING_FIELDS, decode_listing, encode_listing, listing_bytes, quote_hash, statement_document};
use manifest::{FileState, Manifest, Payload};

use crate::article::{self, ReadOptions};
use crate::error::{Error, Result};
use crate::quote;
use crate::schema::{self, Fields, SCHEMA_VERSION};

/// The default index folder, relative to the working directory.
pub const DEFAULT_INDEX_DIR: &str = "index";

/// The default memory budget of the index writer, in bytes.
pub const DEFAULT_MEMORY_BYTES: usize = 256 * 1024 * 1024;

/// The uncompressed size at which the document store closes a block.
/// Showing a hit decompresses its whole block: with tantivy's 16 KiB, a
/// block held two or three statements, and loading the ten hits of a page
/// was a third of a keyword search.
pub(crate) const DOCSTORE_BLOCK_BYTES: usize = 4096;

/// Files read between commits by default.
pub const DEFAULT_COMMIT_EVERY: usize = 2000;

/// What to index and how.
#[derive(Debug, Clone)]
pub struct IndexRequest {
    pub paths: Vec<PathBuf>,
    pub index_dir: PathBuf,
    /// The writer's memory budget in bytes, shared by its threads.
    pub memory_bytes: usize,
    /// Indexing threads; `None` lets dictum choose from the machine.
    pub threads: Option<usize>,
    pub read: ReadOptions,
    /// Files read between commits: a crash loses at most this many.
    pub commit_every: usize,
    /// The paths hold statement records (`dictum extract` output), not articles.
    pub statements: bool,
    /// Advanced by the bytes of each file read; hidden unless the caller
    /// draws it (the CLI does on a terminal).
    pub progress: indicatif::ProgressBar,
}

impl IndexRequest {
    /// A request with the default settings.
    pub fn new(paths: Vec<PathBuf>, index_dir: PathBuf) -> IndexRequest {
        IndexRequest {
            paths,
            index_dir,
            memory_bytes: DEFAULT_MEMORY_BYTES,
            threads: None,
            read: ReadOptions::default(),
            commit_every: DEFAULT_COMMIT_EVERY,
            statements: false,
            progress: indicatif::ProgressBar::hidden(),
        }
    }
}

/// What an index run did.
#[derive(Debug, Default)]
pub struct IndexSummary {
    /// Article files found under the paths.
    pub files_found: usize,
    /// Files read and (re-)indexed.
    pub files_indexed: usize,
    /// Files unchanged since the last run, not read again.
    pub files_unchanged: usize,
    /// Files that were indexed before and are gone now.
    pub files_removed: usize,
    /// Articles and statements in the files indexed by this run.
    pub articles: usize,
    pub statements: usize,
    /// Statements in the whole index after the run.
    pub total_statements: u64,
    /// Files passed over or partly read, each with its reason.
    pub problems: Vec<Error>,
}

/// Opens an existing index for searching.
pub fn open(dir: &Path) -> Result<Index> {
    if !dir.join("meta.json").is_file() {
        return Err(Error::NoIndex { path: dir.to_path_buf() });
    }
    let index = Index::open_in_dir(dir).map_err(|e| corrupt(dir, e))?;
    check_version(dir, &index)?;
    schema::register_analyzers(&index);
    Ok(index)
}

fn corrupt(dir: &Path, error: TantivyError) -> Error {
    Error::index(
        dir,
        format!("cannot be opened ({error}); delete the folder and run `dictum index` again to rebuild it"),
    )
}

/// The payload of the last commit, if the index has one.
fn payload(dir: &Path, index: &Index) -> Result<Option<Payload>> {
    let meta = index.load_metas().map_err(|e| corrupt(dir, e))?;
    match meta.payload {
        None => Ok(None),
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|_| Error::index(dir, "was not written by dictum; delete it or choose another --index")),
    }
}

fn check_version(dir: &Path, index: &Index) -> Result<Option<Payload>> {
    let payload = payload(dir, index)?;
    if let Some(found) = &payload
        && found.schema != SCHEMA_VERSION
    {
        return Err(Error::index(
            dir,
            format!(
                "was built by another version of dictum (schema {}, this one reads {SCHEMA_VERSION}); delete the folder and run `dictum index` again to rebuild it",
                found.schema
            ),
        ));
    }
    if payload.is_none() && index.searchable_segment_metas().map_err(|e| corrupt(dir, e))?.is_empty().not() {
        return Err(Error::index(dir, "was not written by dictum; delete it or choose another --index"));
    }
    Ok(payload)
}

fn open_or_create(dir: &Path) -> Result<(Index, Option<Payload>)> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    if !dir.join("meta.json").is_file() {
        let settings = IndexSettings { docstore_blocksize: DOCSTORE_BLOCK_BYTES, ..IndexSettings::default() };
        let index = Index::builder()
            .schema(schema::build())
            .settings(settings)
            .create_in_dir(dir)
            .map_err(|e| Error::index(dir, e))?;
        schema::register_analyzers(&index);
        return Ok((index, None));
    }
    let index = Index::open_in_dir(dir).map_err(|e| corrupt(dir, e))?;
    let payload = check_version(dir, &index)?;
    schema::register_analyzers(&index);
    Ok((index, payload))
}

fn writer(dir: &Path, index: &Index, fields: &Fields, request: &IndexRequest) -> Result<IndexWriter<TantivyDocument>> {
    let threads = request.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()).min(8));
    // tantivy needs at least 15 MB per thread.
    let threads = threads.clamp(1, (request.memory_bytes / 15_000_000).max(1));
    let memory = request.memory_bytes.max(15_000_000 * threads);
    let writer = index.writer_with_num_threads(threads, memory).map_err(|error| match error {
        TantivyError::LockFailure(LockError::LockBusy, _) => {
            Error::index(dir, "is locked by another process (is another `dictum index` running?)")
        }
        other => Error::index(dir, other),
    })?;
    // tantivy's default policy puts every segment under 10,000 documents in
    // one layer, so that the few statements of one changed file made a run
    // wait for a merge of the whole index once eight segments were there.
    let mut policy = LogMergePolicy::default();
    policy.set_min_layer_size(SMALL_SEGMENT_DOCS);
    writer.set_merge_policy(Box::new(policy));
    start_session(&writer, fields);
    Ok(writer)
}

/// Readies a new writer: its first operation must be one that does nothing.
///
/// tantivy stamps a new writer's first operation with the opstamp of the
/// last commit. A merge of committed segments that starts before this run's
/// first commit works up to that same opstamp, and applies an operation
/// stamped with it to some of its segments but not to those whose deletes
/// were written at exactly that opstamp: a file's replacement, if it came
/// first, left the file's old statements alive in the merged segment. A
/// delete that matches nothing takes that opstamp instead.
fn start_session(writer: &IndexWriter<TantivyDocument>, fields: &Fields) {
    writer.delete_term(Term::from_field_text(fields.origin, ""));
}

/// Segments up to this many statements are merged among themselves.
const SMALL_SEGMENT_DOCS: u32 = 100;

/// How one file fared.
enum Outcome {
    Indexed { state: FileState },
    Unchanged { state: FileState },
    Failed,
}

/// Builds or updates the index: files that changed are read again and
/// their statements replaced, files that are gone from a folder named in
/// the request are dropped, unchanged files are not read. A file that
/// cannot be read keeps whatever it had in the index.
pub fn index_paths(request: &IndexRequest) -> Result<IndexSummary> {
    let dir = &request.index_dir;
    let (index, previous) = open_or_create(dir)?;
    let fields = Fields::new(&index.schema()).map_err(|e| corrupt(dir, e))?;
    let mut writer = writer(dir, &index, &fields, request)?;
    let mut manifest = match &previous {
        Some(payload) => Manifest::load(dir, payload)?,
        None => Manifest::default(),
    };
    let walk = if request.statements {
        article::find_record_files(&request.paths)
    } else {
        article::find_files(&request.paths)
    };
    let mut summary =
        IndexSummary { files_found: walk.files.len(), problems: walk.problems, ..IndexSummary::default() };

    let mut seen: HashSet<String> = HashSet::new();
    let mut work: Vec<(PathBuf, String, std::fs::Metadata)> = Vec::new();
    for path in walk.files {
        let metadata = match std::fs::metadata(&path) {
            Ok(metadata) => metadata,
            Err(error) => {
                summary.problems.push(Error::io(&path, error));
                continue;
            }
        };
        let key = canonical_key(&path);
        if !seen.insert(key.clone()) {
            continue; // the same file named twice, or through a link
        }
        let unchanged = manifest
            .files
            .get(&key)
            .is_some_and(|state| state.size == metadata.len() && state.modified == modified_nanos(&metadata));
        if unchanged {
            summary.files_unchanged += 1;
            continue;
        }
        work.push((path, key, metadata));
    }

    let mut generation = previous.as_ref().map_or(0, |p| p.generation);
    let mut changed = false;
    let progress = &request.progress;
    progress.set_length(work.iter().map(|(_, _, metadata)| metadata.len()).sum());
    let files_done = std::sync::atomic::AtomicUsize::new(0);
    let batches: Vec<&[(PathBuf, String, std::fs::Metadata)]> = work.chunks(request.commit_every.max(1)).collect();
    let last_batch = batches.len().saturating_sub(1);
    for (number, batch) in batches.into_iter().enumerate() {
        let outcomes: Vec<(String, Outcome, Vec<Error>)> = batch
            .par_iter()
            .map(|item| {
                let (path, key, metadata) = item;
                let mut problems = Vec::new();
                let previous_state = manifest.files.get(key);
                let outcome = if request.statements {
                    let limit = request.read.max_file_bytes;
                    records::index_records(&writer, &fields, item, previous_state, limit, &mut problems)
                } else {
                    index_file(&writer, &fields, path, key, metadata, previous_state, &request.read, &mut problems)
                };
                let done = files_done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress.inc(metadata.len());
                progress.set_message(format!("{done}/{} files", work.len()));
                (key.clone(), outcome, problems)
            })
            .collect();
        for (key, outcome, problems) in outcomes {
            summary.problems.extend(problems);
            match outcome {
                Outcome::Indexed { state } => {
                    summary.files_indexed += 1;
                    summary.articles += state.articles;
                    summary.statements += state.statements;
                    manifest.files.insert(key, state);
                    changed = true;
                }
                Outcome::Unchanged { state } => {
                    summary.files_unchanged += 1;
                    manifest.files.insert(key, state);
                    changed = true;
                }
                Outcome::Failed => {}
            }
        }
        if number < last_batch && changed {
            // Commit as we go, so that a crash or a kill loses at most one batch.
            generation += 1;
            commit(dir, &mut writer, &manifest, generation)?;
            changed = false;
        }
    }

    let folders: Vec<String> = request
        .paths
        .iter()
        .filter(|p| p.is_dir())
        .map(|p| {
            let mut key = canonical_key(p);
            if !key.ends_with(std::path::MAIN_SEPARATOR) {
                key.push(std::path::MAIN_SEPARATOR);
            }
            key
        })
        .collect();
    let gone: Vec<String> = manifest
        .files
        .keys()
        .filter(|key| !seen.contains(*key) && folders.iter().any(|folder| key.starts_with(folder.as_str())))
        .cloned()
        .collect();
    for key in gone {
        writer.delete_term(Term::from_field_text(fields.origin, &key));
        manifest.files.remove(&key);
        summary.files_removed += 1;
        changed = true;
    }

    if changed || previous.is_none() {
        commit(dir, &mut writer, &manifest, generation + 1)?;
    }
    progress.finish_and_clear();
    writer.wait_merging_threads().map_err(|e| write_failed(dir, e))?;
    let reader = index.reader().map_err(|e| Error::index(dir, e))?;
    summary.total_statements = reader.searcher().num_docs();
    Ok(summary)
}

/// Commits what was added and deleted, with the manifest of this
/// generation named in the commit: both are on disk before the commit, and
/// the commit makes them current at once.
fn commit(dir: &Path, writer: &mut IndexWriter<TantivyDocument>, manifest: &Manifest, generation: u64) -> Result<()> {
    let payload = Payload { schema: SCHEMA_VERSION, generation };
    manifest.save(dir, &payload).map_err(|e| write_failed(dir, e))?;
    let mut prepared = writer.prepare_commit().map_err(|e| write_failed(dir, e))?;
    prepared.set_payload(&serde_json::to_string(&payload).map_err(|e| Error::index(dir, e))?);
    prepared.commit().map_err(|e| write_failed(dir, e))?;
    Manifest::remove_others(dir, &payload);
    Ok(())
}

/// A failed write: most often a full disk or a folder that may not be
/// written; the index keeps its last commit either way.
fn write_failed(dir: &Path, error: impl std::fmt::Display) -> Error {
    Error::index(
        dir,
        format!("could not be written (is the disk full or the folder read-only?): {error}; it keeps its last commit"),
    )
}

/// Reads, extracts and adds one file; its old statements are deleted first.
#[allow(clippy::too_many_arguments)]
fn index_file(
    writer: &IndexWriter<TantivyDocument>,
    fields: &Fields,
    path: &Path,
    key: &str,
    metadata: &std::fs::Metadata,
    previous: Option<&FileState>,
    options: &ReadOptions,
    problems: &mut Vec<Error>,
) -> Outcome {
    let loaded = match article::read_file(path, options) {
        Ok(loaded) => loaded,
        Err(error) => {
            problems.push(error);
            return Outcome::Failed;
        }
    };
    let hash = format!("{:016x}", loaded.hash);
    let mut state = FileState {
        size: metadata.len(),
        modified: modified_nanos(metadata),
        hash,
        articles: loaded.articles.len(),
        statements: 0,
    };
    problems.extend(loaded.problems);
    if let Some(previous) = previous
        && previous.hash == state.hash
    {
        state.statements = previous.statements;
        return Outcome::Unchanged { state };
    }
    if loaded.articles.is_empty() && !problems.is_empty() {
        // Nothing readable: keep what the index had of this file.
        return Outcome::Failed;
    }
    writer.delete_term(Term::from_field_text(fields.origin, key));
    // Articles of one file in parallel: a JSON Lines file may hold a year of speeches.
    let added: Vec<std::result::Result<usize, tantivy::TantivyError>> = loaded
        .articles
        .par_iter()
        .map(|article| {
            let statements = quote::extract(article);
            for statement in &statements {
                writer.add_document(statement_document(fields, key, article, statement))?;
            }
            Ok(statements.len())
        })
        .collect();
    for result in added {
        match result {
            Ok(count) => state.statements += count,
            Err(error) => {
                problems.push(Error::index(path, error));
                return Outcome::Failed;
            }
        }
    }
    Outcome::Indexed { state }
}

/// The canonical path of a file as a string: the identity of a file in the
/// index, whichever way the user named it.
fn canonical_key(path: &Path) -> String {
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    canonical.to_string_lossy().into_owned()
}

fn modified_nanos(metadata: &std::fs::Metadata) -> i128 {
    metadata.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i128)
}

#[cfg(test)]
mod tests {
    use tantivy::index::SegmentId;
    use tantivy::merge_policy::{MergeCandidate, MergePolicy, NoMergePolicy};
    use tantivy::{IndexWriter, SegmentMeta, TantivyDocument, Term, doc};

    use super::*;

    /// Merges the given committed segments, in this order, as soon as it sees them all.
    #[derive(Debug)]
    struct MergeInOrder(Vec<SegmentId>);

    impl MergePolicy for MergeInOrder {
        fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
            let present: HashSet<SegmentId> = segments.iter().map(SegmentMeta::id).collect();
            if self.0.iter().all(|id| present.contains(id)) { vec![MergeCandidate(self.0.clone())] } else { vec![] }
        }
    }

    fn origins(index: &Index, fields: &Fields, origin: &str) -> u64 {
        let searcher = index.reader().unwrap().searcher();
        let query = tantivy::query::TermQuery::new(
            Term::from_field_text(fields.origin, origin),
            tantivy::schema::IndexRecordOption::Basic,
        );
        searcher.search(&query, &tantivy::collector::Count).unwrap() as u64
    }

    fn add(writer: &IndexWriter<TantivyDocument>, fields: &Fields, origin: &str, count: usize) {
        for _ in 0..count {
            writer.add_document(doc!(fields.origin => origin)).unwrap();
        }
    }

    /// A merge that starts before a session's first commit must not let an
    /// old version of a file survive its replacement: tantivy gives a new
    /// writer's first operation the last commit's opstamp, which a merge of
    /// committed segments treats inconsistently (see `start_session`).
    #[test]
    fn a_merge_at_the_start_of_a_run_keeps_no_replaced_statements() {
        let index = Index::create_in_ram(schema::build());
        schema::register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        // First run: "old" and "gone" in one segment; then a second commit
        // deletes "gone" (so that segment has deletes at the last commit's
        // opstamp) and adds a segment without deletes.
        let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(NoMergePolicy));
        add(&writer, &fields, "file#1", 3);
        add(&writer, &fields, "gone#1", 2);
        add(&writer, &fields, "kept#1", 2);
        writer.commit().unwrap();
        writer.delete_term(Term::from_field_text(fields.origin, "gone#1"));
        add(&writer, &fields, "other#1", 2);
        writer.commit().unwrap();
        drop(writer);
        let metas = index.searchable_segment_metas().unwrap();
        let with_deletes = metas.iter().find(|m| m.has_deletes()).unwrap().id();
        let without = metas.iter().find(|m| !m.has_deletes()).unwrap().id();

        // Second run: replace "file", while a merge of both segments starts
        // before the first commit, the segment without deletes first.
        let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, 15_000_000).unwrap();
        start_session(&writer, &fields);
        writer.set_merge_policy(Box::new(MergeInOrder(vec![without, with_deletes])));
        writer.delete_term(Term::from_field_text(fields.origin, "file#1"));
        add(&writer, &fields, "file#2", 3);
        writer.commit().unwrap();
        writer.wait_merging_threads().unwrap();

        assert_eq!(origins(&index, &fields, "file#2"), 3);
        assert_eq!(origins(&index, &fields, "file#1"), 0, "the replaced version survived the merge");
    }
}
