//! Dates: one written form (`YYYY-MM-DD`) and month arithmetic as the rules count it.

use chrono::{Datelike, Months, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError;

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a real date: write it as YYYY-MM-DD, e.g. 2026-03-01")
    }
}

impl std::error::Error for DateError {}

/// A date flag's value, for the command line's parsers: the error says what a date looks like.
pub fn parse_flag(s: &str) -> Result<NaiveDate, String> {
    parse(s).map_err(|e| e.to_string())
}

/// Parses exactly `YYYY-MM-DD` (no other form, no time), and only real dates.
pub fn parse(s: &str) -> Result<NaiveDate, DateError> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(DateError);
    }
    // By hand: chrono's format-string parser was a tenth of a report's time.
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    let year = i32::try_from(num(0..4)).map_err(|_| DateError)?;
    NaiveDate::from_ymd_opt(year, num(5..7), num(8..10)).ok_or(DateError)
}

/// A date as `YYYY-MM-DD`, as `NaiveDate`'s own `Display` writes it for years 0-9999, written
/// in one piece: chrono writes a date a character at a time, which was 4 % of a long
/// `report reminders` (issue 21). Other years go to chrono.
pub struct Iso(pub NaiveDate);

impl std::fmt::Display for Iso {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        let Ok(y) = u16::try_from(d.year()) else {
            return std::fmt::Display::fmt(&d, f);
        };
        if y > 9999 {
            return std::fmt::Display::fmt(&d, f);
        }
        let (m, day) = (d.month() as u8, d.day() as u8);
        let digit = |n: u16| b'0' + (n % 10) as u8;
        let b = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            b'0' + m / 10,
            b'0' + m % 10,
            b'-',
            b'0' + day / 10,
            b'0' + day % 10,
        ];
        // Only ASCII digits and dashes.
        f.write_str(std::str::from_utf8(&b).map_err(|_| std::fmt::Error)?)
    }
}

/// [`Iso`] as a `String`.
pub fn iso(d: NaiveDate) -> String {
    Iso(d).to_string()
}

/// `date` plus `n` calendar months, clamped to the month's last day (Nov 30 + 3 months = Feb 28/29).
pub fn add_months(date: NaiveDate, n: u32) -> NaiveDate {
    date.checked_add_months(Months::new(n)).unwrap_or(date)
}

/// `date` minus `n` calendar months, clamped the same way.
pub fn sub_months(date: NaiveDate, n: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(n)).unwrap_or(date)
}

/// Whole calendar months from `from` to `to` counted the way a decision period is read: from
/// 2026-01-01 to 2026-04-30 is four months, to 2026-05-01 is more than four.
pub fn period_exceeds_months(from: NaiveDate, to: NaiveDate, months: u32) -> bool {
    // The period's last day is `to`; a period of `months` months ends the day before the same
    // day `months` months later.
    let limit = add_months(from, months).pred_opt().unwrap_or(from);
    to > limit
}

/// Full years between two dates (a birthday on Feb 29 counts from Mar 1 in common years).
pub fn years_between(from: NaiveDate, on: NaiveDate) -> u32 {
    if on < from {
        return 0;
    }
    let mut years = on.year() - from.year();
    if (on.month(), on.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_writes_what_chrono_writes() {
        let mut day = NaiveDate::from_ymd_opt(1899, 12, 25).expect("a date");
        while day.year() < 2102 {
            assert_eq!(iso(day), day.to_string());
            day += chrono::TimeDelta::days(13);
        }
        for (y, m, dd) in [
            (1, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-5, 3, 4),
            (0, 2, 29),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, dd).expect("a date");
            assert_eq!(iso(day), day.to_string(), "{y}");
        }
    }

    fn d(s: &str) -> NaiveDate {
        parse(s).expect("test date")
    }

    #[test]
    fn parses_only_the_one_form() {
        assert!(parse("2026-02-28").is_ok());
        for bad in [
            "2026-02-30",
            "2026-2-28",
            "20260228",
            "2026-02-28T00:00",
            " 2026-02-28",
            "",
            "2026-13-01",
            "२०२६-०२-२८",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(add_months(d("2026-11-30"), 3), d("2027-02-28"));
        assert_eq!(add_months(d("2027-11-30"), 3), d("2028-02-29"));
        assert_eq!(sub_months(d("2026-05-31"), 3), d("2026-02-28"));
    }

    #[test]
    fn period_limit_is_inclusive_of_last_day() {
        assert!(!period_exceeds_months(d("2026-01-01"), d("2026-04-30"), 4));
        assert!(period_exceeds_months(d("2026-01-01"), d("2026-05-01"), 4));
        assert!(!period_exceeds_months(d("2026-01-15"), d("2027-01-14"), 12));
        assert!(period_exceeds_months(d("2026-01-15"), d("2027-01-15"), 12));
    }

    #[test]
    fn years_between_counts_birthdays() {
        assert_eq!(years_between(d("2008-11-23"), d("2026-11-22")), 17);
        assert_eq!(years_between(d("2008-11-23"), d("2026-11-23")), 18);
        assert_eq!(years_between(d("2008-02-29"), d("2026-02-28")), 17);
        assert_eq!(years_between(d("2008-02-29"), d("2026-03-01")), 18);
        assert_eq!(years_between(d("2026-01-01"), d("2025-01-01")), 0);
    }
}
