//! Facets: how the statements a request matches are spread over speakers,
//! periods, languages and kinds — for the whole result set, not one page.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::schema;

/// Statement counts by value, for each faceted field.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    /// By speaker identity (spellings grouped), most statements first.
    pub speakers: Vec<FacetCount>,
    /// By month (`YYYY-MM`); statements dated only to a year are under `YYYY`.
    pub months: Vec<FacetCount>,
    pub years: Vec<FacetCount>,
    pub languages: Vec<FacetCount>,
    pub kinds: Vec<FacetCount>,
    /// Statements without a date.
    pub undated: u64,
}

/// One value and how many statements have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Counts of dates, languages and kinds.
#[derive(Debug, Default)]
pub struct Buckets {
    pub dates: HashMap<String, u64>,
    pub languages: HashMap<String, u64>,
    pub kinds: HashMap<String, u64>,
    pub undated: u64,
}

impl Buckets {
    fn add(&mut self, other: Buckets) {
        for (into, from) in
            [(&mut self.dates, other.dates), (&mut self.languages, other.languages), (&mut self.kinds, other.kinds)]
        {
            for (value, count) in from {
                *into.entry(value).or_default() += count;
            }
        }
        self.undated += other.undated;
    }

    /// Month and year counts from the date counts.
    pub fn periods(&self) -> (BTreeMap<String, u64>, BTreeMap<String, u64>) {
        let mut months: BTreeMap<String, u64> = BTreeMap::new();
        let mut years: BTreeMap<String, u64> = BTreeMap::new();
        for (date, count) in &self.dates {
            let month = date.get(..7).unwrap_or(date);
            *months.entry(month.to_string()).or_default() += count;
            *years.entry(date.get(..4).unwrap_or(date).to_string()).or_default() += count;
        }
        (months, years)
    }
}

/// Sorted by count, then value.
pub fn ranked(counts: impl IntoIterator<Item = (String, u64)>) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = counts.into_iter().map(|(value, count)| FacetCount { value, count }).collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
    out
}

/// In the order of their values (periods).
pub fn chronological(counts: BTreeMap<String, u64>) -> Vec<FacetCount> {
    counts.into_iter().map(|(value, count)| FacetCount { value, count }).collect()
}

/// Every period from the first to the last, with zero for those without statements.
pub fn continuous(counts: BTreeMap<String, u64>, by: super::Granularity) -> Vec<FacetCount> {
    let parse = |period: &str| -> Option<(i32, u32)> {
        let year = period.get(..4)?.parse().ok()?;
        let month = if by == super::Granularity::Month { period.get(5..7)?.parse().ok()? } else { 1 };
        Some((year, month))
    };
    let (Some(first), Some(last)) =
        (counts.keys().next().and_then(|p| parse(p)), counts.keys().next_back().and_then(|p| parse(p)))
    else {
        return chronological(counts);
    };
    let mut out = Vec::new();
    let (mut year, mut month) = first;
    while (year, month) <= last && out.len() < 100_000 {
        let value = match by {
            super::Granularity::Month => format!("{year:04}-{month:02}"),
            super::Granularity::Year => format!("{year:04}"),
        };
        let count = counts.get(&value).copied().unwrap_or(0);
        out.push(FacetCount { value, count });
        match by {
            super::Granularity::Year => year += 1,
            super::Granularity::Month if month == 12 => (year, month) = (year + 1, 1),
            super::Granularity::Month => month += 1,
        }
    }
    out
}

/// Collects [`Buckets`] for matching statements.
pub struct BucketCollector;

impl Collector for BucketCollector {
    type Fruit = Buckets;
    type Child = BucketSegmentCollector;

    fn for_segment(&self, _segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<Self::Child> {
        let fast = reader.fast_fields();
        Ok(BucketSegmentCollector {
            date: fast.str(schema::DATE)?,
            lang: fast.str(schema::LANG)?,
            kind: fast.str(schema::KIND)?,
            dates: HashMap::new(),
            languages: HashMap::new(),
            kinds: HashMap::new(),
            undated: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Buckets>) -> tantivy::Result<Buckets> {
        let mut merged = Buckets::default();
        for fruit in fruits {
            merged.add(fruit);
        }
        Ok(merged)
    }
}

/// Per segment: counts by term ordinal.
pub struct BucketSegmentCollector {
    date: Option<StrColumn>,
    lang: Option<StrColumn>,
    kind: Option<StrColumn>,
    dates: HashMap<u64, u64>,
    languages: HashMap<u64, u64>,
    kinds: HashMap<u64, u64>,
    undated: u64,
}

fn count(column: &Option<StrColumn>, doc: DocId, into: &mut HashMap<u64, u64>) -> bool {
    let Some(ord) = column.as_ref().and_then(|c| c.term_ords(doc).next()) else {
        return false;
    };
    *into.entry(ord).or_default() += 1;
    true
}

fn resolve(column: &Option<StrColumn>, counts: HashMap<u64, u64>) -> HashMap<String, u64> {
    let mut out = HashMap::new();
    let Some(column) = column else {
        return out;
    };
    for (ord, count) in counts {
        let mut text = String::new();
        if column.ord_to_str(ord, &mut text).unwrap_or(false) {
            *out.entry(text).or_default() += count;
        }
    }
    out
}

impl SegmentCollector for BucketSegmentCollector {
    type Fruit = Buckets;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if !count(&self.date, doc, &mut self.dates) {
            self.undated += 1;
        }
        count(&self.lang, doc, &mut self.languages);
        count(&self.kind, doc, &mut self.kinds);
    }

    fn harvest(self) -> Buckets {
        Buckets {
            dates: resolve(&self.date, self.dates),
            languages: resolve(&self.lang, self.languages),
            kinds: resolve(&self.kind, self.kinds),
            undated: self.undated,
        }
    }
}
