//! The user's alias file: names that are one person (merge), and one name
//! that is several people told apart by role (split).
//!
//! ```toml
//! [[person]]                      # merge: all these are Sergei Rjabkow
//! name = "Sergei Rjabkow"
//! aliases = ["Lawrows Vize", "Ryabkov"]
//!
//! [[person]]                      # split: this "Ahmed Hassan" is the one
//! name = "Ahmed Hassan (Egypt)"   # whose role mentions Egypt
//! match = "Ahmed Hassan"
//! role = "Egypt"
//! ```
//!
//! The same in JSON: `{"person": [{"name": …, "aliases": […]}, …]}`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::key;
use crate::error::{Error, Result};

/// The alias file looked for in the index folder when none is named.
pub const ALIAS_FILE: &str = "aliases.toml";

/// One person as the user defines them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The name shown for this person.
    pub name: String,
    /// Other names and descriptions of the same person.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// For a split: the extracted name this person shares with others.
    #[serde(default, rename = "match")]
    pub matches: Option<String>,
    /// For a split: words the role must contain.
    #[serde(default)]
    pub role: Option<String>,
}

impl Person {
    /// The names under which statements of this person are stored.
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = vec![self.matches.as_deref().unwrap_or(&self.name)];
        names.extend(self.aliases.iter().map(String::as_str));
        names
    }

    /// True when a statement with this speaker name and role is this person's.
    pub fn claims(&self, name: &str, role: Option<&str>) -> bool {
        let named = self.names().iter().any(|n| key::matches(n, name) && key::matches(name, n));
        let role_fits = match (&self.role, role) {
            (None, _) => true,
            (Some(wanted), Some(role)) => crate::quote::fold(role).contains(&crate::quote::fold(wanted)),
            (Some(_), None) => false,
        };
        named && role_fits
    }
}

/// The people of an alias file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aliases {
    #[serde(default)]
    pub person: Vec<Person>,
}

impl Aliases {
    /// Reads an alias file, TOML or (by its extension) JSON.
    pub fn load(path: &Path) -> Result<Aliases> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let parsed = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
            serde_json::from_str(&text).map_err(|e| (e.line(), e.to_string()))
        } else {
            toml::from_str(&text).map_err(|e| {
                let line = e.span().map_or(1, |span| text[..span.start].lines().count().max(1));
                (line, e.message().to_string())
            })
        };
        parsed.map_err(|(line, reason)| Error::Parse { path: path.to_path_buf(), line, reason })
    }

    /// The alias file named by the user, else the one in the index folder,
    /// else none.
    pub fn find(named: Option<&Path>, index_dir: &Path) -> Result<Aliases> {
        let path: PathBuf = match named {
            Some(path) => path.to_path_buf(),
            None => {
                let default = index_dir.join(ALIAS_FILE);
                if !default.is_file() {
                    return Ok(Aliases::default());
                }
                default
            }
        };
        Aliases::load(&path)
    }

    /// The person a user's name refers to, if the file defines one.
    pub fn person(&self, name: &str) -> Option<&Person> {
        self.person.iter().find(|p| {
            key::matches(name, &p.name) || p.aliases.iter().any(|a| key::matches(name, a) && key::matches(a, name))
        })
    }

    /// The person who made a statement with this speaker name and role.
    pub fn claimant(&self, name: &str, role: Option<&str>) -> Option<&Person> {
        self.person.iter().find(|p| p.claims(name, role))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_merges_and_splits() {
        let aliases: Aliases = toml::from_str(
            r#"
            [[person]]
            name = "Sergei Rjabkow"
            aliases = ["Lawrows Vize"]

            [[person]]
            name = "Ahmed Hassan (Egypt)"
            match = "Ahmed Hassan"
            role = "Egypt"
            "#,
        )
        .unwrap();
        assert_eq!(aliases.person("Ryabkov").unwrap().name, "Sergei Rjabkow");
        assert_eq!(aliases.claimant("Lawrows Vize", None).unwrap().name, "Sergei Rjabkow");
        assert_eq!(
            aliases.claimant("Ahmed Hassan", Some("Foreign Minister of Egypt")).unwrap().name,
            "Ahmed Hassan (Egypt)"
        );
        assert!(aliases.claimant("Ahmed Hassan", Some("Foreign Minister of Sudan")).is_none());
        assert!(aliases.claimant("Lawrow", None).is_none());
    }
}
