//! The reports the law asks of the committee, as plain rules on dates and numbers: IVO's
//! individual reports (R1), the council's report of unexecuted decisions (R4), Socialstyrelsen's
//! LSS register (R5), and the "not used" flag of D3.
//!
//! The choices, written down so that every report reads the same way:
//! - A row of R1 becomes reportable on the day after its three months ran out (counted as D3
//!   counts them: the last day is still in time). It is `new` in the quarter holding that day,
//!   `continuing` in each later quarter while it lasts, and `closing` once, in the quarter in
//!   which it was executed, resumed or ended. One that closes in the quarter it became
//!   reportable is `new`, with its closing day.
//! - A person with a personnummer is reported by it; one with a samordningsnummer or a reserve
//!   number (no Swedish personnummer) in IVO's form `YYYYMMDD-T` and three digits, the middle
//!   digit even for a woman and odd for a man. A reserve number already has that form; for a
//!   samordningsnummer the digits come from the person's number in the file, so they stay the
//!   same from quarter to quarter.
//! - R4 bands the time waited from the decision to the day asked about: 3-6 months, 6-12
//!   months, over 12 months; a count of 1 or 2 is shown as `<3`.
//! - D3 not used: an executed intervention with no meeting (and no follow-up) for three months
//!   after its execution, its last meeting or its last follow-up falls due on the day the three
//!   months are reached.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::domain::dates::add_months;
use crate::domain::identity::Identity;
use crate::domain::pnr::{PnrKind, Sex};
use crate::domain::report::{Quarter, plus_days};

crate::domain::named! {
    /// What an individual report to IVO is, in the quarter asked about (R1).
    pub enum ReportKind {
        /// The first quarter it is reportable.
        New => "new",
        /// Reported before and still not executed, resumed or ended.
        Continuing => "continuing",
        /// Reported before, and executed, resumed or ended in this quarter: sent once.
        Closing => "closing",
    }
}

impl ReportKind {
    /// As a caseworker reads it.
    pub fn swedish(self) -> &'static str {
        match self {
            ReportKind::New => "ny",
            ReportKind::Continuing => "återrapport",
            ReportKind::Closing => "avslutande",
        }
    }
}

/// The first day something that started on `start` has gone on for more than `months` months:
/// the day after the last day still in time (R1, D3).
pub fn first_late_day(start: NaiveDate, months: u32) -> NaiveDate {
    plus_days(add_months(start, months), 1)
}

/// The kind of report in `quarter` of something reportable from `first_late`, closed on
/// `closed` (executed, resumed, ended) if it closed by the day asked about; `None` when it
/// does not belong to the quarter (not yet reportable, or closed before it began).
pub fn report_kind(
    first_late: NaiveDate,
    closed: Option<NaiveDate>,
    quarter: Quarter,
) -> Option<ReportKind> {
    if first_late > quarter.last_day() || closed.is_some_and(|c| c < quarter.first_day()) {
        return None;
    }
    if closed.is_some_and(|c| c < first_late) {
        return None;
    }
    Some(if Quarter::containing(first_late) == quarter {
        ReportKind::New
    } else if closed.is_some() {
        ReportKind::Closing
    } else {
        ReportKind::Continuing
    })
}

/// How a person is identified to IVO (R1), whole: the personnummer, or the `YYYYMMDD-T123`
/// form for someone without one (a samordningsnummer or a reserve number).
pub fn ivo_identity(identity: &Identity, sex: Sex, person_id: i64) -> String {
    match identity {
        Identity::Reserve(r) => r.formatted(),
        Identity::Pnr(p) if p.kind() == PnrKind::Samordningsnummer => {
            t_form(p.birth_date(), sex, person_id)
        }
        Identity::Pnr(p) => p.formatted(),
    }
}

/// The birth date with the rest hidden, as reports show an identity unless revealed (G5).
pub fn masked_identity(whole: &str) -> String {
    let birth: String = whole.chars().take(8).collect();
    format!("{birth}-****")
}

/// `YYYYMMDD-T` and three digits for someone without a personnummer: the middle digit even
/// for a woman and odd for a man, the others from the person's number in the file.
pub fn t_form(birth: NaiveDate, sex: Sex, person_id: i64) -> String {
    let digest = Sha256::digest(format!("insats/ivo-identity/{person_id}").as_bytes());
    let first = digest[0] % 10;
    let parity = match sex {
        Sex::Female => 0,
        Sex::Male => 1,
    };
    let middle = (digest[1] % 5) * 2 + parity;
    let last = digest[2] % 10;
    format!("{}-T{first}{middle}{last}", birth.format("%Y%m%d"))
}

/// The bands of time waited in the council's report (R4), from the decision to the day asked
/// about.
pub const WAIT_BANDS: [&str; 3] = ["3-6", "6-12", "12+"];

/// The band of a decision of `decided` not executed on `as_of`: `None` while it is within
/// `months` (not late).
pub fn wait_band(decided: NaiveDate, as_of: NaiveDate, months: u32) -> Option<&'static str> {
    if as_of <= add_months(decided, months) {
        None
    } else if as_of <= add_months(decided, 6) {
        Some(WAIT_BANDS[0])
    } else if as_of <= add_months(decided, 12) {
        Some(WAIT_BANDS[1])
    } else {
        Some(WAIT_BANDS[2])
    }
}

/// A count as an avidentifierad report shows it (R4): 1 and 2 could point at a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    Few,
}

pub const FEW: &str = "<3";

pub fn shown(n: u64) -> Shown {
    if (1..3).contains(&n) {
        Shown::Few
    } else {
        Shown::Count(n)
    }
}

/// The day in October the LSS register is taken on (R5), and the day asked about by default:
/// the last 1 October on or before `today`.
pub fn register_day(today: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let this = NaiveDate::from_ymd_opt(today.year(), 10, 1).unwrap_or(today);
    if this <= today {
        this
    } else {
        NaiveDate::from_ymd_opt(today.year() - 1, 10, 1).unwrap_or(today)
    }
}

/// Whether an intervention executed on `executed` and ended on `ended` (if it has) is carried
/// out on `day` (R5): executed on or before it, not ended before it.
pub fn carried_out_on(executed: NaiveDate, ended: Option<NaiveDate>, day: NaiveDate) -> bool {
    executed <= day && ended.is_none_or(|e| e >= day)
}

/// D3 not used: the last day a meeting is still in time after `base` (the execution, the last
/// meeting or the last follow-up, whichever is latest); the flag falls due on that day.
pub fn not_used_due(base: NaiveDate, months: u32) -> NaiveDate {
    add_months(base, months)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::parse;

    fn d(s: &str) -> NaiveDate {
        parse(s).expect("test date")
    }

    fn q(s: &str) -> Quarter {
        Quarter::parse(s).expect("quarter")
    }

    #[test]
    fn r1_new_continuing_closing_across_quarters() {
        // Decided 2026-03-10: in time until 2026-06-10, reportable from 2026-06-11.
        let first = first_late_day(d("2026-03-10"), 3);
        assert_eq!(first, d("2026-06-11"));
        assert_eq!(report_kind(first, None, q("2026-Q1")), None);
        assert_eq!(
            report_kind(first, None, q("2026-Q2")),
            Some(ReportKind::New)
        );
        assert_eq!(
            report_kind(first, None, q("2026-Q3")),
            Some(ReportKind::Continuing)
        );
        let executed = Some(d("2026-11-02"));
        assert_eq!(
            report_kind(first, executed, q("2026-Q4")),
            Some(ReportKind::Closing)
        );
        assert_eq!(report_kind(first, executed, q("2027-Q1")), None);
        // Executed in the quarter it became reportable: new, with its day.
        assert_eq!(
            report_kind(first, Some(d("2026-06-20")), q("2026-Q2")),
            Some(ReportKind::New)
        );
        // Executed in time: never reportable.
        assert_eq!(
            report_kind(first, Some(d("2026-06-10")), q("2026-Q2")),
            None
        );
    }

    #[test]
    fn r1_t_form_keeps_the_sex_in_the_middle_digit() {
        for id in 1..100 {
            let w = t_form(d("2001-02-03"), Sex::Female, id);
            let m = t_form(d("2001-02-03"), Sex::Male, id);
            assert!(w.starts_with("20010203-T") && w.len() == 13, "{w}");
            assert_eq!((w.as_bytes()[11] - b'0') % 2, 0, "{w}");
            assert_eq!((m.as_bytes()[11] - b'0') % 2, 1, "{m}");
            assert_eq!(w, t_form(d("2001-02-03"), Sex::Female, id));
        }
        assert_eq!(masked_identity("20010203-T123"), "20010203-****");
    }

    #[test]
    fn r4_bands_and_few() {
        let decided = d("2026-01-15");
        assert_eq!(wait_band(decided, d("2026-04-15"), 3), None);
        assert_eq!(wait_band(decided, d("2026-04-16"), 3), Some("3-6"));
        assert_eq!(wait_band(decided, d("2026-07-15"), 3), Some("3-6"));
        assert_eq!(wait_band(decided, d("2026-07-16"), 3), Some("6-12"));
        assert_eq!(wait_band(decided, d("2027-01-15"), 3), Some("6-12"));
        assert_eq!(wait_band(decided, d("2027-01-16"), 3), Some("12+"));
        assert_eq!(shown(0), Shown::Count(0));
        assert_eq!(shown(1), Shown::Few);
        assert_eq!(shown(2), Shown::Few);
        assert_eq!(shown(3), Shown::Count(3));
    }

    #[test]
    fn r5_register_day_and_carried_out() {
        assert_eq!(register_day(d("2026-11-23")), d("2026-10-01"));
        assert_eq!(register_day(d("2026-10-01")), d("2026-10-01"));
        assert_eq!(register_day(d("2026-09-30")), d("2025-10-01"));
        let oct = d("2026-10-01");
        assert!(carried_out_on(d("2026-10-01"), None, oct));
        assert!(!carried_out_on(d("2026-10-02"), None, oct));
        assert!(!carried_out_on(d("2026-01-01"), Some(d("2026-09-30")), oct));
        assert!(carried_out_on(d("2026-01-01"), Some(d("2026-10-01")), oct));
    }

    #[test]
    fn d3_not_used_falls_due_when_three_months_are_reached() {
        assert_eq!(not_used_due(d("2026-03-31"), 3), d("2026-06-30"));
    }
}
