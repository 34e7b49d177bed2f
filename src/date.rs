//! Partial dates and date ranges.
//!
//! Articles are dated to a year, a month or a day, and that precision is
//! kept: `2021-06` is the whole of June, not the 1st. Each date therefore
//! covers a period of days, and searches compare periods (overlap or
//! containment), never points.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    /// The lowercase name used in output and in the index.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date known to a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Years outside this range are rejected as typos rather than stored.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

impl PartialDate {
    /// A date known to the year.
    pub fn year(year: i32) -> Result<PartialDate> {
        PartialDate::checked(year, None, None)
    }

    /// A date known to the month.
    pub fn month(year: i32, month: u32) -> Result<PartialDate> {
        PartialDate::checked(year, Some(month), None)
    }

    /// A date known to the day.
    pub fn day(year: i32, month: u32, day: u32) -> Result<PartialDate> {
        PartialDate::checked(year, Some(month), Some(day))
    }

    fn checked(year: i32, month: Option<u32>, day: Option<u32>) -> Result<PartialDate> {
        let date = PartialDate { year, month, day };
        let invalid = |reason: &str| Error::Date { input: date.to_string(), reason: reason.to_string() };
        if !YEARS.contains(&year) {
            return Err(invalid("year out of range"));
        }
        if let Some(month) = month
            && !(1..=12).contains(&month)
        {
            return Err(invalid("month must be 01 to 12"));
        }
        if let Some(day) = day
            && NaiveDate::from_ymd_opt(year, month.unwrap_or(1), day).is_none()
        {
            return Err(invalid("no such day in that month"));
        }
        Ok(date)
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            (None, None) => Precision::Year,
        }
    }

    /// The first day of the period the date covers.
    pub fn first_day(&self) -> NaiveDate {
        let date = NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1));
        date.expect("checked on construction")
    }

    /// The last day of the period the date covers.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(_), Some(_)) => self.first_day(),
            (Some(month), None) => last_day_of_month(self.year, month),
            (None, _) => last_day_of_month(self.year, 12),
        }
    }

    /// True when the date starts more than a year after `today`: a typo or
    /// a broken feed rather than a dated article.
    pub fn is_far_future(&self, today: NaiveDate) -> bool {
        self.first_day() > today + chrono::Days::new(366)
    }

    /// The period the date covers.
    pub fn period(&self) -> Period {
        Period { start: self.first_day(), end: self.last_day() }
    }

    /// Finds a date at the start of `text`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
    /// optionally followed by a time (`T…` or a space), as in JSON feeds.
    /// Returns the date and the number of bytes it took.
    pub fn parse_prefix(text: &str) -> Result<(PartialDate, usize)> {
        let bytes = text.as_bytes();
        let digits = |from: usize, count: usize| -> Option<u32> {
            let part = bytes.get(from..from + count)?;
            if !part.iter().all(u8::is_ascii_digit) {
                return None;
            }
            std::str::from_utf8(part).ok()?.parse().ok()
        };
        let bad = |reason: &str| Error::Date { input: text.to_string(), reason: reason.to_string() };
        let year = digits(0, 4).ok_or_else(|| bad("expected YYYY, YYYY-MM or YYYY-MM-DD"))?;
        let year = i32::try_from(year).map_err(|_| bad("year out of range"))?;
        if bytes.get(4) != Some(&b'-') {
            return Ok((PartialDate::year(year).map_err(|e| rename(e, text))?, 4));
        }
        let month = digits(5, 2).ok_or_else(|| bad("expected a two-digit month after YYYY-"))?;
        if bytes.get(7) != Some(&b'-') {
            return Ok((PartialDate::month(year, month).map_err(|e| rename(e, text))?, 7));
        }
        let day = digits(8, 2).ok_or_else(|| bad("expected a two-digit day after YYYY-MM-"))?;
        Ok((PartialDate::day(year, month, day).map_err(|e| rename(e, text))?, 10))
    }
}

/// Puts the user's own spelling into a date error built from parts.
fn rename(error: Error, input: &str) -> Error {
    match error {
        Error::Date { reason, .. } => Error::Date { input: input.to_string(), reason },
        other => other,
    }
}

fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    let first_of_next = NaiveDate::from_ymd_opt(next_year, next_month, 1).expect("valid month");
    first_of_next.pred_opt().expect("not the first day ever")
}

impl FromStr for PartialDate {
    type Err = Error;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing time of day
    /// (`2021-06-16T10:00:00Z`, `2021-06-16 10:00`) is accepted and dropped.
    fn from_str(text: &str) -> Result<PartialDate> {
        let trimmed = text.trim();
        let (date, used) = PartialDate::parse_prefix(trimmed)?;
        let rest = &trimmed[used..];
        let time_follows = used == 10 && (rest.starts_with('T') || rest.starts_with(' '));
        if rest.is_empty() || time_follows {
            return Ok(date);
        }
        Err(Error::Date { input: text.to_string(), reason: "expected YYYY, YYYY-MM or YYYY-MM-DD".to_string() })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// An inclusive span of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// Parses what analysts type for a period: `2021`, `2021-06`,
    /// `2021-06-16` or a quarter, `2021-Q2`.
    pub fn parse(text: &str) -> Result<Period> {
        let trimmed = text.trim();
        if let Some((year, quarter)) = trimmed.split_once(['-', ' ']).filter(|(_, q)| q.starts_with(['Q', 'q'])) {
            return Period::quarter(text, year, &quarter[1..]);
        }
        let date: PartialDate = trimmed.parse().map_err(|e| rename(e, text))?;
        Ok(date.period())
    }

    fn quarter(input: &str, year: &str, quarter: &str) -> Result<Period> {
        let bad = |reason: &str| Error::Date { input: input.to_string(), reason: reason.to_string() };
        let year: i32 = year.parse().map_err(|_| bad("expected YYYY-Q1 to YYYY-Q4"))?;
        let quarter: u32 = quarter.parse().map_err(|_| bad("expected YYYY-Q1 to YYYY-Q4"))?;
        if !(1..=4).contains(&quarter) {
            return Err(bad("a quarter is Q1 to Q4"));
        }
        let first = PartialDate::month(year, quarter * 3 - 2).map_err(|e| rename(e, input))?;
        let last = PartialDate::month(year, quarter * 3).map_err(|e| rename(e, input))?;
        Ok(Period { start: first.first_day(), end: last.last_day() })
    }

    /// The range from the start of `from` to the end of `to`; either side may
    /// be open. Fails when the range is empty.
    pub fn between(from: Option<&str>, to: Option<&str>) -> Result<Option<Period>> {
        let start = from.map(Period::parse).transpose()?;
        let end = to.map(Period::parse).transpose()?;
        let period = match (start, end) {
            (None, None) => return Ok(None),
            (Some(start), None) => Period { start: start.start, end: NaiveDate::MAX },
            (None, Some(end)) => Period { start: NaiveDate::MIN, end: end.end },
            (Some(start), Some(end)) => Period { start: start.start, end: end.end },
        };
        if period.start > period.end {
            return Err(Error::Usage(format!(
                "--from {} is after --to {}",
                from.unwrap_or_default(),
                to.unwrap_or_default()
            )));
        }
        Ok(Some(period))
    }

    /// True when the two periods share at least one day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// True when `other` lies entirely inside this period.
    pub fn contains(&self, other: &Period) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Days since 1970-01-01: how dates are stored in the index.
pub fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - 719_163
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keeps_precision() {
        let month: PartialDate = "2021-06".parse().unwrap();
        assert_eq!(month.precision(), Precision::Month);
        assert_eq!(month.first_day(), NaiveDate::from_ymd_opt(2021, 6, 1).unwrap());
        assert_eq!(month.last_day(), NaiveDate::from_ymd_opt(2021, 6, 30).unwrap());
        assert_eq!(month.to_string(), "2021-06");
        let year: PartialDate = "2020".parse().unwrap();
        assert_eq!(year.last_day(), NaiveDate::from_ymd_opt(2020, 12, 31).unwrap());
        let leap: PartialDate = "2020-02".parse().unwrap();
        assert_eq!(leap.last_day().day(), 29);
    }

    #[test]
    fn accepts_a_time_of_day() {
        let date: PartialDate = "2021-06-16T10:00:00Z".parse().unwrap();
        assert_eq!(date.to_string(), "2021-06-16");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in ["2021-13", "2021-13-45", "2021-02-30", "21-06", "June 2021", "2021-6", "", "0999"] {
            let error = bad.parse::<PartialDate>().unwrap_err();
            assert!(matches!(error, Error::Date { ref input, .. } if input == bad), "{bad}: {error}");
        }
    }

    #[test]
    fn parses_quarters_and_ranges() {
        let q2 = Period::parse("2021-Q2").unwrap();
        assert_eq!(q2.start, NaiveDate::from_ymd_opt(2021, 4, 1).unwrap());
        assert_eq!(q2.end, NaiveDate::from_ymd_opt(2021, 6, 30).unwrap());
        assert!(Period::parse("2021-Q5").is_err());
        let range = Period::between(Some("2021-01"), Some("2021")).unwrap().unwrap();
        assert_eq!(range.end, NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
        assert!(matches!(Period::between(Some("2022"), Some("2021")), Err(Error::Usage(_))));
        assert_eq!(Period::between(None, None).unwrap(), None);
    }

    #[test]
    fn overlap_and_containment() {
        let june = Period::parse("2021-06").unwrap();
        let year = Period::parse("2021").unwrap();
        let day = Period::parse("2021-06-16").unwrap();
        assert!(year.overlaps(&june) && june.overlaps(&year));
        assert!(year.contains(&june) && !june.contains(&year));
        assert!(june.contains(&day));
        assert!(!Period::parse("2021-07").unwrap().overlaps(&june));
    }

    #[test]
    fn day_numbers_start_at_the_unix_epoch() {
        assert_eq!(day_number(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()), 0);
        assert_eq!(day_number(NaiveDate::from_ymd_opt(1970, 1, 2).unwrap()), 1);
    }

    proptest! {
        #[test]
        fn never_panics_and_round_trips(text in "\\PC{0,16}") {
            if let Ok(date) = text.parse::<PartialDate>() {
                let again: PartialDate = date.to_string().parse().unwrap();
                prop_assert_eq!(again.period(), date.period());
                prop_assert!(date.first_day() <= date.last_day());
            }
            let _ = Period::parse(&text);
        }

        #[test]
        fn valid_dates_parse(year in 1000i32..9999, month in 1u32..=12, day in 1u32..=28) {
            let text = format!("{year:04}-{month:02}-{day:02}");
            let date: PartialDate = text.parse().unwrap();
            prop_assert_eq!(date.to_string(), text);
        }
    }
}
