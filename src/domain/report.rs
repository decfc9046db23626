//! What the batch reports count, as plain rules on dates and numbers: quarters and months,
//! age bands, interruptions and partly executed decisions (R1),
//! retention dates (R2) and compensation amounts.
//!
//! The choices, written down so that every report reads the same way:
//! - Three months (D3, R1) are counted as `add_months` counts them: a decision of 2026-03-31 is to
//!   be executed by 2026-06-30, and is late from 2026-07-01. The last day is still in time.
//! - Interruption (R1): an executed intervention with no meeting for longer than three months:
//!   from the last meeting (or the execution day) to the next meeting, or to the day asked about
//!   when none followed. A meeting on the day three months after the last is still in time, as
//!   for D3; the interruption begins the day after.
//! - Partly executed (R1): over the whole calendar months of the quarter in which the
//!   intervention was executed and the decision ran (up to the day asked about), the hours used
//!   (meetings, and hours lost by late cancellations) fall below a share of the hours granted
//!   (default [`PARTLY_EXECUTED_BELOW_PERCENT`]).
//! - Retention (R2): a file may be deleted on the day five years after its last entry, and must
//!   be by the end of the following calendar year; files of people born on the research days are
//!   kept.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate};

use crate::domain::dates::{add_months, years_between};

/// Below this share of the granted hours an executed decision counts as partly executed (R1),
/// unless `report ivo --partly-below` says otherwise. Neither the seeds nor the law set a number.
pub const PARTLY_EXECUTED_BELOW_PERCENT: u32 = 50;

/// Age bands of `report stats`, by the first age of each band.
pub const AGE_BANDS: [(u32, &str); 5] = [
    (0, "0-12"),
    (13, "13-17"),
    (18, "18-20"),
    (21, "21-64"),
    (65, "65+"),
];

/// The band an age falls in.
pub fn age_band(age: u32) -> &'static str {
    AGE_BANDS
        .iter()
        .rev()
        .find(|(from, _)| age >= *from)
        .map_or(AGE_BANDS[0].1, |(_, name)| name)
}

/// The band of someone born on `birth`, on `on`.
pub fn age_band_on(birth: NaiveDate, on: NaiveDate) -> &'static str {
    age_band(years_between(birth, on))
}

/// Why a period given on the command line was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodError(&'static str);

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for PeriodError {}

/// A calendar quarter, `2026-Q3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub number: u32,
}

impl Quarter {
    /// Exactly `YYYY-QN` with N from 1 to 4 (a lower-case q is accepted).
    pub fn parse(s: &str) -> Result<Quarter, PeriodError> {
        const BAD: PeriodError = PeriodError("not a quarter: write it as YYYY-QN, e.g. 2026-Q3");
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' || !matches!(b[5], b'Q' | b'q') {
            return Err(BAD);
        }
        let year = four_digits(&b[..4]).ok_or(BAD)?;
        let number = match b[6] {
            c @ b'1'..=b'4' => u32::from(c - b'0'),
            _ => return Err(BAD),
        };
        Ok(Quarter { year, number })
    }

    pub fn containing(day: NaiveDate) -> Quarter {
        Quarter {
            year: day.year(),
            number: (day.month() - 1) / 3 + 1,
        }
    }

    pub fn first_day(self) -> NaiveDate {
        ymd(self.year, (self.number - 1) * 3 + 1, 1)
    }

    pub fn last_day(self) -> NaiveDate {
        last_of_month(self.year, self.number * 3)
    }

    /// The whole calendar months of the quarter.
    pub fn months(self) -> [Month; 3] {
        let first = (self.number - 1) * 3 + 1;
        [0, 1, 2].map(|i| Month {
            year: self.year,
            month: first + i,
        })
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-Q{}", self.year, self.number)
    }
}

/// A calendar month, `2026-03`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    /// Exactly `YYYY-MM`.
    pub fn parse(s: &str) -> Result<Month, PeriodError> {
        const BAD: PeriodError = PeriodError("not a month: write it as YYYY-MM, e.g. 2026-03");
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' || !b[5..].iter().all(u8::is_ascii_digit) {
            return Err(BAD);
        }
        let year = four_digits(&b[..4]).ok_or(BAD)?;
        let month = u32::from(b[5] - b'0') * 10 + u32::from(b[6] - b'0');
        if !(1..=12).contains(&month) {
            return Err(BAD);
        }
        Ok(Month { year, month })
    }

    pub fn containing(day: NaiveDate) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        ymd(self.year, self.month, 1)
    }

    pub fn last_day(self) -> NaiveDate {
        last_of_month(self.year, self.month)
    }

    pub fn days(self) -> u32 {
        self.last_day().day()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Exactly four digits, `YYYY`.
pub fn parse_year(s: &str) -> Result<i32, PeriodError> {
    four_digits(s.as_bytes()).ok_or(PeriodError("not a year: write it as YYYY, e.g. 2026"))
}

fn four_digits(b: &[u8]) -> Option<i32> {
    if b.len() != 4 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year = b.iter().fold(0i32, |n, c| n * 10 + i32::from(c - b'0'));
    (year >= 1).then_some(year)
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt())
        .unwrap_or_else(|| ymd(year, month, 28))
}

/// The last day a decision of `decided` is still executed in time (D3).
pub fn execute_by(decided: NaiveDate, within_months: u32) -> NaiveDate {
    add_months(decided, within_months)
}

/// Whether a stretch without meetings from `last` to `next` (or, with no next meeting, to
/// `as_of`) is an interruption of more than `months` months (R1).
pub fn interrupted(last: NaiveDate, next_or_as_of: NaiveDate, months: u32) -> bool {
    next_or_as_of > add_months(last, months)
}

/// The interruption found in a run of meetings, as `report ivo` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interruption {
    /// The last meeting before it (or the execution day).
    pub since: NaiveDate,
    /// The meeting that ended it; `None` while it lasts.
    pub resumed: Option<NaiveDate>,
}

/// The latest interruption of more than `months` months that reaches into `from..=as_of`:
/// `start` is the execution day, `meetings` the meeting days in order (those after `as_of` are
/// ignored). Meetings before `start` do not count.
pub fn latest_interruption(
    start: NaiveDate,
    meetings: impl IntoIterator<Item = NaiveDate>,
    from: NaiveDate,
    as_of: NaiveDate,
    months: u32,
) -> Option<Interruption> {
    let mut last = start;
    let mut found = None;
    for day in meetings {
        if day > as_of {
            break;
        }
        if day <= last {
            continue;
        }
        if day >= from && interrupted(last, day, months) {
            found = Some(Interruption {
                since: last,
                resumed: Some(day),
            });
        }
        last = day;
    }
    if interrupted(last, as_of, months) {
        found = Some(Interruption {
            since: last,
            resumed: None,
        });
    }
    found
}

/// Whether `used` of `granted` hours is below `below_percent` percent of them (R1).
pub fn partly_executed(granted: f64, used: f64, below_percent: u32) -> bool {
    granted > 0.0 && used < granted * f64::from(below_percent) / 100.0
}

/// When a personal file may and must be deleted (R2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionDates {
    /// Five years after the last entry: from this day it may be deleted.
    pub deletable_from: NaiveDate,
    /// The end of the following calendar year: by this day it must be.
    pub delete_by: NaiveDate,
}

pub fn retention_dates(last_entry: NaiveDate, years: u32) -> RetentionDates {
    let deletable_from = add_months(last_entry, years.saturating_mul(12));
    RetentionDates {
        deletable_from,
        delete_by: last_of_month(deletable_from.year() + 1, 12),
    }
}

/// Files of people born on these days of a month are kept for research (R2).
pub fn kept_for_research(birth: NaiveDate, research_days: &[u32]) -> bool {
    research_days.contains(&birth.day())
}

/// A month's compensation in whole kronor: `percent` of the prisbasbelopp, for `days` of the
/// month's `month_days` (pro rata when the agreement covers only part of the month).
pub fn compensation_kronor(prisbasbelopp: u32, percent: f64, days: u32, month_days: u32) -> i64 {
    if month_days == 0 || !percent.is_finite() {
        return 0;
    }
    let full = f64::from(prisbasbelopp) * percent / 100.0;
    (full * f64::from(days.min(month_days)) / f64::from(month_days)).round() as i64
}

/// Days from `from` to `to`, both included; 0 when `to` is before `from`.
pub fn days_inclusive(from: NaiveDate, to: NaiveDate) -> u32 {
    if to < from {
        return 0;
    }
    u32::try_from((to - from).num_days() + 1).unwrap_or(u32::MAX)
}

/// `day` plus `n` days, saturating at the calendar's end.
pub fn plus_days(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

/// `day` minus `n` days, saturating at the calendar's start.
pub fn minus_days(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MIN)
}

/// R2: a person named for deletion must have a personal file due for it on `today`.
pub fn check_due_for_deletion(
    person: i64,
    due: bool,
    today: NaiveDate,
) -> Result<(), crate::error::Refusal> {
    if due {
        return Ok(());
    }
    Err(crate::error::Refusal::new(
        crate::domain::rules::Rule::R2,
        format!(
            "person {person} has no personal file due for deletion on {today}: `insats report \
             retention` lists the files that are"
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::parse;

    fn d(s: &str) -> NaiveDate {
        parse(s).expect("test date")
    }

    #[test]
    fn quarters_parse_and_have_edges() {
        let q = Quarter::parse("2026-Q1").unwrap();
        assert_eq!(
            (q.first_day(), q.last_day()),
            (d("2026-01-01"), d("2026-03-31"))
        );
        let q = Quarter::parse("2026-q4").unwrap();
        assert_eq!(
            (q.first_day(), q.last_day()),
            (d("2026-10-01"), d("2026-12-31"))
        );
        assert_eq!(q.to_string(), "2026-Q4");
        assert_eq!(Quarter::containing(d("2026-03-31")).number, 1);
        assert_eq!(Quarter::containing(d("2026-04-01")).number, 2);
        assert_eq!(
            Quarter::parse("2026-Q2").unwrap().months()[2].to_string(),
            "2026-06"
        );
        for bad in [
            "2026-Q5", "2026-Q0", "2026Q1", "26-Q1", "2026-Q12", "", "2026-X1",
        ] {
            assert!(Quarter::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn months_and_years_parse() {
        let m = Month::parse("2028-02").unwrap();
        assert_eq!(
            (m.first_day(), m.last_day(), m.days()),
            (d("2028-02-01"), d("2028-02-29"), 29)
        );
        assert_eq!(Month::parse("2026-12").unwrap().last_day(), d("2026-12-31"));
        for bad in ["2026-13", "2026-00", "2026-1", "202601", "2026-1a"] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_year("2026"), Ok(2026));
        assert!(parse_year("26").is_err());
        assert!(parse_year("0000").is_err());
    }

    #[test]
    fn age_bands_at_their_edges() {
        assert_eq!(age_band(0), "0-12");
        assert_eq!(age_band(12), "0-12");
        assert_eq!(age_band(13), "13-17");
        assert_eq!(age_band(17), "13-17");
        assert_eq!(age_band(18), "18-20");
        assert_eq!(age_band(20), "18-20");
        assert_eq!(age_band(21), "21-64");
        assert_eq!(age_band(64), "21-64");
        assert_eq!(age_band(65), "65+");
        assert_eq!(age_band_on(d("2013-11-23"), d("2026-11-22")), "0-12");
        assert_eq!(age_band_on(d("2013-11-23"), d("2026-11-23")), "13-17");
    }

    #[test]
    fn d3_three_months_to_the_day() {
        assert_eq!(execute_by(d("2026-03-31"), 3), d("2026-06-30"));
        assert_eq!(execute_by(d("2026-08-23"), 3), d("2026-11-23"));
    }

    #[test]
    fn r1_interruption_begins_the_day_after_three_months() {
        let start = d("2026-01-10");
        assert!(!interrupted(start, d("2026-04-10"), 3));
        assert!(interrupted(start, d("2026-04-11"), 3));
        // A meeting on the last day in time: no interruption.
        let none = latest_interruption(
            start,
            [d("2026-04-10")],
            d("2026-04-01"),
            d("2026-06-30"),
            3,
        );
        assert_eq!(none, None);
        // One day later, and nothing since: it lasts (resumed None) only if as_of passes too.
        let gap = latest_interruption(
            start,
            [d("2026-04-11")],
            d("2026-04-01"),
            d("2026-06-30"),
            3,
        );
        assert_eq!(
            gap,
            Some(Interruption {
                since: start,
                resumed: Some(d("2026-04-11"))
            })
        );
        // Gaps ending before `from` are another quarter's.
        assert_eq!(
            latest_interruption(
                start,
                [d("2026-04-11"), d("2026-05-01")],
                d("2026-07-01"),
                d("2026-07-31"),
                3
            ),
            None
        );
        // No meeting since 2026-05-01: on 2026-08-02 it has lasted more than three months.
        assert_eq!(
            latest_interruption(
                start,
                [d("2026-05-01")],
                d("2026-07-01"),
                d("2026-08-02"),
                3
            ),
            Some(Interruption {
                since: d("2026-05-01"),
                resumed: None
            })
        );
        // Meetings before the execution day and after as_of do not count.
        assert_eq!(
            latest_interruption(
                start,
                [d("2025-12-01"), d("2026-02-01"), d("2026-09-01")],
                d("2026-04-01"),
                d("2026-05-01"),
                3
            ),
            None
        );
    }

    #[test]
    fn r1_partly_executed_below_the_share() {
        assert!(partly_executed(30.0, 14.9, 50));
        assert!(!partly_executed(30.0, 15.0, 50));
        assert!(!partly_executed(0.0, 0.0, 50));
    }

    #[test]
    fn r2_retention_dates_and_research_days() {
        let r = retention_dates(d("2021-11-23"), 5);
        assert_eq!(r.deletable_from, d("2026-11-23"));
        assert_eq!(r.delete_by, d("2027-12-31"));
        let leap = retention_dates(d("2020-02-29"), 5);
        assert_eq!(leap.deletable_from, d("2025-02-28"));
        for day in ["1990-01-05", "1990-02-15", "1990-03-25"] {
            assert!(kept_for_research(d(day), &[5, 15, 25]), "{day}");
        }
        assert!(!kept_for_research(d("1990-01-06"), &[5, 15, 25]));
    }

    #[test]
    fn compensation_in_kronor() {
        // 3.5 % of 59 200 = 2 072 kr; half of November, 15 of 30 days: 1 036 kr.
        assert_eq!(compensation_kronor(59_200, 3.5, 30, 30), 2072);
        assert_eq!(compensation_kronor(59_200, 3.5, 15, 30), 1036);
        assert_eq!(compensation_kronor(58_800, 1.5, 31, 31), 882);
        assert_eq!(compensation_kronor(58_800, f64::NAN, 31, 31), 0);
        assert_eq!(days_inclusive(d("2026-11-16"), d("2026-11-30")), 15);
        assert_eq!(days_inclusive(d("2026-11-16"), d("2026-11-15")), 0);
    }
}
