//! The speaker table: statements grouped by the person who made them,
//! across spellings, with the roles each held and when.
//!
//! Names are grouped when one names the other in any spelling: "Sergey
//! Lavrov", "Sergei Lavrov" and "Sergey V. Lavrov" are one person, and a
//! surname alone ("Lavrov") joins the one full name it can belong to. The
//! alias file merges and splits by hand what names alone cannot tell.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::alias::Aliases;
use super::key;

/// A date as first and last day number (for ordering) and as written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Dated {
    #[serde(skip)]
    pub day: i64,
    pub date: String,
}

/// What the index holds for one spelling of a speaker's name and one role.
#[derive(Debug, Clone)]
pub struct Surface {
    pub name: String,
    pub role: Option<String>,
    pub count: u64,
    pub first: Option<Dated>,
    pub last: Option<Dated>,
    /// Years with a statement under this name and role.
    pub years: Vec<i32>,
}

/// One spelling and how often it was used.
#[derive(Debug, Clone, Serialize)]
pub struct Spelling {
    pub name: String,
    pub count: u64,
}

/// One role and when it was held.
#[derive(Debug, Clone, Serialize)]
pub struct RoleSpan {
    pub role: String,
    pub count: u64,
    pub first: Option<String>,
    pub last: Option<String>,
}

/// A person (or body) with everything the index says they said.
#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    /// The display name: the most frequent spelling that is a full name.
    pub name: String,
    pub count: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    /// Years with at least one statement.
    pub years: Vec<i32>,
    pub spellings: Vec<Spelling>,
    pub roles: Vec<RoleSpan>,
}

/// A group of surfaces being built.
#[derive(Default)]
struct Group {
    surfaces: Vec<Surface>,
    /// Set by the alias file: the name to show.
    forced_name: Option<String>,
}

/// Groups surfaces into identities, most statements first.
pub fn identities(surfaces: Vec<Surface>, aliases: &Aliases) -> Vec<Identity> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_alias: HashMap<String, usize> = HashMap::new();
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    let mut pending: Vec<Surface> = Vec::new();

    for surface in surfaces {
        if let Some(person) = aliases.claimant(&surface.name, surface.role.as_deref()) {
            let index = *by_alias.entry(person.name.clone()).or_insert_with(|| {
                groups.push(Group { surfaces: Vec::new(), forced_name: Some(person.name.clone()) });
                groups.len() - 1
            });
            groups[index].surfaces.push(surface);
        } else {
            pending.push(surface);
        }
    }
    // Fuller names first, so that a surname alone finds the full names it may belong to.
    pending.sort_by(|a, b| {
        let words = |s: &Surface| key::name_words(&s.name).len();
        words(b).cmp(&words(a)).then(b.count.cmp(&a.count)).then(a.name.cmp(&b.name))
    });
    for surface in pending {
        let words = key::name_words(&surface.name);
        let Some(surname) = words.last() else {
            groups.push(Group { surfaces: vec![surface], forced_name: None });
            continue;
        };
        let mut candidates: Vec<usize> = Vec::new();
        for surname_key in key::search_keys(surname) {
            for &index in by_surname.get(&surname_key).into_iter().flatten() {
                let representative = &groups[index].surfaces[0].name;
                if key::matches(&surface.name, representative) && !candidates.contains(&index) {
                    candidates.push(index);
                }
            }
        }
        let index = match candidates.as_slice() {
            [one] => *one,
            _ => {
                // No group, or several it could belong to: a group of its own.
                groups.push(Group::default());
                let index = groups.len() - 1;
                for surname_key in key::word_keys(surname) {
                    by_surname.entry(surname_key).or_default().push(index);
                }
                index
            }
        };
        groups[index].surfaces.push(surface);
    }
    let mut out: Vec<Identity> = groups.into_iter().filter(|g| !g.surfaces.is_empty()).map(build).collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    out
}

fn build(group: Group) -> Identity {
    let mut spellings: BTreeMap<String, u64> = BTreeMap::new();
    let mut roles: BTreeMap<String, RoleSpan> = BTreeMap::new();
    let mut years: Vec<i32> = Vec::new();
    let mut first: Option<Dated> = None;
    let mut last: Option<Dated> = None;
    let mut count = 0;
    for surface in &group.surfaces {
        count += surface.count;
        *spellings.entry(surface.name.clone()).or_default() += surface.count;
        if let Some(role) = &surface.role {
            let span = roles.entry(role.clone()).or_insert_with(|| RoleSpan {
                role: role.clone(),
                count: 0,
                first: None,
                last: None,
            });
            span.count += surface.count;
            span.first = earliest(span.first.take(), surface.first.as_ref());
            span.last = latest(span.last.take(), surface.last.as_ref());
        }
        if surface.first.as_ref().is_some_and(|d| first.as_ref().is_none_or(|f| d.day < f.day)) {
            first.clone_from(&surface.first);
        }
        if surface.last.as_ref().is_some_and(|d| last.as_ref().is_none_or(|l| d.day > l.day)) {
            last.clone_from(&surface.last);
        }
        years.extend_from_slice(&surface.years);
    }
    years.sort_unstable();
    years.dedup();
    let mut spellings: Vec<Spelling> = spellings.into_iter().map(|(name, count)| Spelling { name, count }).collect();
    spellings.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    let name = group.forced_name.unwrap_or_else(|| display_name(&spellings));
    let mut roles: Vec<RoleSpan> = roles.into_values().collect();
    roles.sort_by(|a, b| b.count.cmp(&a.count).then(a.role.cmp(&b.role)));
    Identity { name, count, first: first.map(|d| d.date), last: last.map(|d| d.date), years, spellings, roles }
}

/// The most frequent spelling that is a full name (two words or more), else the most frequent of all.
///
/// Not the spelling with the most words: a word too many is more often a misreading than a fuller
/// name ("Vehemenz Frank-Walter Steinmeier" once against "Frank-Walter Steinmeier" 133 times in the
/// Bundestag records), while a surname alone is the short form a full name should win over.
fn display_name(spellings_by_count: &[Spelling]) -> String {
    debug_assert!(spellings_by_count.windows(2).all(|pair| pair[0].count >= pair[1].count));
    spellings_by_count
        .iter()
        .find(|spelling| key::name_words(&spelling.name).len() >= 2)
        .or(spellings_by_count.first())
        .map_or_else(String::new, |spelling| spelling.name.clone())
}

fn earliest(current: Option<String>, candidate: Option<&Dated>) -> Option<String> {
    match (current, candidate) {
        (Some(current), Some(candidate)) => {
            Some(if candidate.date < current { candidate.date.clone() } else { current })
        }
        (current, candidate) => current.or_else(|| candidate.map(|d| d.date.clone())),
    }
}

fn latest(current: Option<String>, candidate: Option<&Dated>) -> Option<String> {
    match (current, candidate) {
        (Some(current), Some(candidate)) => {
            Some(if candidate.date > current { candidate.date.clone() } else { current })
        }
        (current, candidate) => current.or_else(|| candidate.map(|d| d.date.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surface(name: &str, role: Option<&str>, count: u64, date: &str) -> Surface {
        let dated = Dated { day: date[..4].parse().unwrap(), date: date.to_string() };
        let years = vec![date[..4].parse().unwrap()];
        Surface {
            name: name.to_string(),
            role: role.map(str::to_string),
            count,
            first: Some(dated.clone()),
            last: Some(dated),
            years,
        }
    }

    #[test]
    fn spellings_of_one_person_are_one_identity() {
        let table = identities(
            vec![
                surface("Sergey Lavrov", Some("Minister for Foreign Affairs"), 10, "2015"),
                surface("Sergei Lavrov", Some("Minister of Foreign Affairs"), 2, "2022"),
                surface("Sergey V. Lavrov", None, 2, "2005"),
                surface("Lavrov", None, 1, "2010"),
                surface("Sergei Rjabkow", None, 3, "2021"),
            ],
            &Aliases::default(),
        );
        assert_eq!(table.len(), 2);
        let lavrov = &table[0];
        assert_eq!(lavrov.name, "Sergey Lavrov");
        assert_eq!(lavrov.count, 15);
        assert_eq!(lavrov.spellings.len(), 4);
        assert_eq!(lavrov.years, [2005, 2010, 2015, 2022]);
        assert_eq!(lavrov.first.as_deref(), Some("2005"));
        assert_eq!(lavrov.last.as_deref(), Some("2022"));
        assert_eq!(lavrov.roles[0].role, "Minister for Foreign Affairs");
    }

    #[test]
    fn the_name_shown_is_the_most_frequent_full_name_not_the_longest() {
        let table = identities(
            vec![
                surface("Karla Brandt", None, 20, "2015"),
                surface("Eilig Karla Brandt", None, 1, "2015"),
                surface("Brandt", None, 4, "2016"),
            ],
            &Aliases::default(),
        );
        assert_eq!(table.len(), 1);
        assert_eq!(table[0].name, "Karla Brandt");
        assert_eq!(table[0].count, 25);
    }

    #[test]
    fn a_surname_shared_by_two_people_stays_apart() {
        let table = identities(
            vec![
                surface("Dmitri Medwedew", None, 3, "2020"),
                surface("Roy Medvedev", None, 2, "2020"),
                surface("Medwedew", None, 1, "2020"),
            ],
            &Aliases::default(),
        );
        assert_eq!(table.len(), 3);
    }

    #[test]
    fn the_alias_file_merges() {
        let aliases: Aliases =
            toml::from_str("[[person]]\nname = \"Sergei Rjabkow\"\naliases = [\"Lawrows Vize\"]\n").unwrap();
        let table = identities(
            vec![surface("Sergei Rjabkow", None, 3, "2021"), surface("Lawrows Vize", None, 1, "2021")],
            &aliases,
        );
        assert_eq!(table.len(), 1);
        assert_eq!(table[0].name, "Sergei Rjabkow");
        assert_eq!(table[0].count, 4);
    }
}
