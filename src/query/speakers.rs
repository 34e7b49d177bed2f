//! The speaker table of the statements a request matches: a collector that
//! counts statements per spelling and role with their dates, grouped into
//! identities by [`crate::speaker::identities`].

use std::collections::{BTreeSet, HashMap};

use chrono::Datelike;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::schema;
use crate::speaker::{Dated, Surface};

/// Counts of one (name, role) pair.
#[derive(Debug, Default, Clone)]
struct Tally {
    count: u64,
    first: Option<Dated>,
    last: Option<Dated>,
    years: BTreeSet<i32>,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.count += other.count;
        if other.first.as_ref().is_some_and(|d| self.first.as_ref().is_none_or(|f| d.day < f.day)) {
            self.first = other.first;
        }
        if other.last.as_ref().is_some_and(|d| self.last.as_ref().is_none_or(|l| d.day > l.day)) {
            self.last = other.last;
        }
        self.years.extend(other.years);
    }
}

type Tallies = HashMap<(String, Option<String>), Tally>;

/// Collects the speaker surfaces of matching statements.
pub struct SurfaceCollector;

impl Collector for SurfaceCollector {
    type Fruit = Vec<Surface>;
    type Child = SurfaceSegmentCollector;

    fn for_segment(&self, _segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<Self::Child> {
        let fast = reader.fast_fields();
        Ok(SurfaceSegmentCollector {
            speaker: fast.str(schema::SPEAKER_EXACT)?,
            role: fast.str(schema::ROLE_EXACT)?,
            date: fast.str(schema::DATE)?,
            start: fast.i64(schema::DATE_START)?,
            end: fast.i64(schema::DATE_END)?,
            tallies: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Surface>>) -> tantivy::Result<Vec<Surface>> {
        let mut merged: Tallies = HashMap::new();
        for surface in fruits.into_iter().flatten() {
            let tally = Tally {
                count: surface.count,
                first: surface.first,
                last: surface.last,
                years: surface.years.into_iter().collect(),
            };
            merged.entry((surface.name, surface.role)).or_default().add(tally);
        }
        Ok(into_surfaces(merged))
    }
}

fn into_surfaces(tallies: Tallies) -> Vec<Surface> {
    tallies
        .into_iter()
        .map(|((name, role), tally)| Surface {
            name,
            role,
            count: tally.count,
            first: tally.first,
            last: tally.last,
            years: tally.years.into_iter().collect(),
        })
        .collect()
}

/// Per segment: tallies keyed by term ordinals, turned into text at harvest.
pub struct SurfaceSegmentCollector {
    speaker: Option<StrColumn>,
    role: Option<StrColumn>,
    date: Option<StrColumn>,
    start: Column<i64>,
    end: Column<i64>,
    tallies: HashMap<(u64, Option<u64>), SegmentTally>,
}

/// A tally whose dates are still day numbers and the documents that have them.
#[derive(Default)]
struct SegmentTally {
    count: u64,
    first: Option<(i64, DocId)>,
    last: Option<(i64, DocId)>,
    years: BTreeSet<i32>,
}

fn year_of(day: i64) -> Option<i32> {
    let days = i32::try_from(day + 719_163).ok()?;
    chrono::NaiveDate::from_num_days_from_ce_opt(days).map(|d| d.year())
}

impl SegmentCollector for SurfaceSegmentCollector {
    type Fruit = Vec<Surface>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(speaker) = self.speaker.as_ref().and_then(|c| c.term_ords(doc).next()) else {
            return;
        };
        let role = self.role.as_ref().and_then(|c| c.term_ords(doc).next());
        let tally = self.tallies.entry((speaker, role)).or_default();
        tally.count += 1;
        let start = self.start.first(doc);
        let end = self.end.first(doc);
        if let Some(start) = start
            && tally.first.is_none_or(|(day, _)| start < day)
        {
            tally.first = Some((start, doc));
        }
        if let Some(end) = end
            && tally.last.is_none_or(|(day, _)| end > day)
        {
            tally.last = Some((end, doc));
        }
        if let (Some(first), Some(last)) = (start.and_then(year_of), end.and_then(year_of)) {
            tally.years.extend(first..=last);
        }
    }

    fn harvest(self) -> Vec<Surface> {
        let text = |column: &Option<StrColumn>, ord: u64| -> Option<String> {
            let mut out = String::new();
            column.as_ref()?.ord_to_str(ord, &mut out).ok()?.then_some(out)
        };
        let date_of = |doc: DocId| -> Option<String> {
            let ord = self.date.as_ref()?.term_ords(doc).next()?;
            text(&self.date, ord)
        };
        let mut tallies: Tallies = HashMap::new();
        for ((speaker, role), segment_tally) in &self.tallies {
            let Some(name) = text(&self.speaker, *speaker) else {
                continue;
            };
            let role = role.and_then(|ord| text(&self.role, ord));
            let dated = |point: &Option<(i64, DocId)>| {
                point.and_then(|(day, doc)| date_of(doc).map(|date| Dated { day, date }))
            };
            let tally = Tally {
                count: segment_tally.count,
                first: dated(&segment_tally.first),
                last: dated(&segment_tally.last),
                years: segment_tally.years.clone(),
            };
            tallies.entry((name, role)).or_default().add(tally);
        }
        into_surfaces(tallies)
    }
}
