//! The manifest: what each indexed file looked like when it was read (size,
//! modification time, content hash), so that a re-index reads only files
//! that changed and drops files that are gone.
//!
//! A manifest is written under a new name before each commit, and the
//! commit's payload names it: the index and its manifest change together or
//! not at all, whatever moment a crash strikes.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// What is known of one indexed file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileState {
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch.
    pub modified: i128,
    /// xxh3 of the file's bytes, in hex.
    pub hash: String,
    pub articles: usize,
    pub statements: usize,
}

/// Indexed files by canonical path.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub files: BTreeMap<String, FileState>,
}

/// What a commit's payload records.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Payload {
    pub schema: u32,
    /// Counts up with each commit; names the manifest file.
    pub generation: u64,
}

impl Payload {
    /// The manifest file of this generation.
    pub fn manifest_name(&self) -> String {
        format!("dictum-manifest-{}.json", self.generation)
    }
}

impl Manifest {
    /// Reads the manifest a payload names; a missing manifest is empty, so
    /// every file is read again.
    pub fn load(dir: &Path, payload: &Payload) -> Result<Manifest> {
        let path = dir.join(payload.manifest_name());
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Manifest::default());
            }
            Err(error) => return Err(Error::io(path, error)),
        };
        serde_json::from_str(&text).map_err(|e| Error::index(&path, format!("unreadable manifest: {e}")))
    }

    /// Writes the manifest for `payload` and syncs it to disk.
    pub fn save(&self, dir: &Path, payload: &Payload) -> Result<()> {
        use std::io::Write;
        let path = dir.join(payload.manifest_name());
        let json = serde_json::to_vec(self).map_err(|e| Error::index(&path, e))?;
        let mut file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        file.write_all(&json).map_err(|e| Error::io(&path, e))?;
        file.sync_all().map_err(|e| Error::io(&path, e))
    }

    /// Removes manifests of other generations (left by earlier commits or
    /// by runs that crashed before committing).
    pub fn remove_others(dir: &Path, payload: &Payload) {
        let keep = payload.manifest_name();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("dictum-manifest-") && name != keep {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}
