//! Swedish public holidays (allmänna helgdagar) and the last day to appeal (sista dag för
//! överklagande).
//!
//! Sources, as read in their consolidated form:
//! - Lag (1989:253) om allmänna helgdagar, 1–2 §§ (lydelse SFS 2004:1320):
//!   <http://www.riksdagen.se/sv/Dokument-Lagar/Lagar/Svenskforfattningssamling/Lag-1989253-om-allmanna-hel_sfs-1989-253/>
//!   Sundays count as allmän helgdag too (1 §: "söndagar, däribland påskdagen och pingstdagen").
//! - Lag (1930:173) om beräkning av lagstadgad tid, 1–2 §§ (lydelse SFS 2022:931):
//!   <https://lagen.nu/1930:173>. 1 §: a period counted in weeks ends on the day with the same
//!   weekday name as the day counting starts from. 2 §: "Infaller den tid, då enligt lag eller
//!   särskild författning en åtgärd senast ska vidtas, på en söndag, annan allmän helgdag,
//!   lördag, midsommarafton, julafton eller nyårsafton, får åtgärden vidtas nästa vardag."
//! - Förvaltningslagen (2017:900) 44 §: an appeal must have come in within three weeks from the
//!   day the party got notice of the decision.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday (påskdagen) of a Gregorian year, by the anonymous Gregorian algorithm
/// (Meeus/Butcher). `None` before 1583, when the Gregorian calendar did not yet exist, and for
/// years chrono cannot hold.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)
}

/// Midsommardagen: the Saturday from 20 to 26 June.
pub fn midsummer_day(year: i32) -> Option<NaiveDate> {
    saturday_from(year, 6, 20)
}

/// Alla helgons dag: the Saturday from 31 October to 6 November.
pub fn all_saints_day(year: i32) -> Option<NaiveDate> {
    saturday_from(year, 10, 31)
}

/// The first Saturday on or after the given day.
fn saturday_from(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, day)?;
    let ahead =
        (Weekday::Sat.num_days_from_monday() + 7 - first.weekday().num_days_from_monday()) % 7;
    first.checked_add_days(Days::new(u64::from(ahead)))
}

/// Whether the day is an allmän helgdag per lag (1989:253): every Sunday, and the named
/// holidays, första maj included, on whatever weekday they fall.
pub fn is_public_holiday(d: NaiveDate) -> bool {
    if d.weekday() == Weekday::Sun {
        return true;
    }
    let fixed = matches!(
        (d.month(), d.day()),
        (1, 1) | (1, 6) | (5, 1) | (6, 6) | (12, 25) | (12, 26)
    );
    if fixed {
        return true;
    }
    let year = d.year();
    if midsummer_day(year) == Some(d) || all_saints_day(year) == Some(d) {
        return true;
    }
    // Långfredagen, annandag påsk, Kristi himmelsfärdsdag; påskdagen and pingstdagen are Sundays.
    easter_sunday(year).is_some_and(|easter| {
        let offset = d.signed_duration_since(easter).num_days();
        matches!(offset, -2 | 1 | 39)
    })
}

/// Whether an act due on this day may wait until the next weekday (1930:173 2 §): Saturdays,
/// Sundays, other public holidays, midsommarafton, julafton and nyårsafton.
pub fn is_closed(d: NaiveDate) -> bool {
    let midsummer_eve = midsummer_day(d.year()).and_then(|m| m.pred_opt()) == Some(d);
    d.weekday() == Weekday::Sat
        || is_public_holiday(d)
        || midsummer_eve
        || matches!((d.month(), d.day()), (12, 24) | (12, 31))
}

/// The day itself when it is a normal weekday, else the next day that is (1930:173 2 §). At
/// the end of chrono's calendar the input comes back unchanged.
pub fn next_working_day_if_closed(d: NaiveDate) -> NaiveDate {
    let mut day = d;
    while is_closed(day) {
        match day.succ_opt() {
            Some(next) => day = next,
            None => return d,
        }
    }
    day
}

/// The last day an appeal may come in when the party got notice of the decision on `received`:
/// three weeks later, the same weekday (FL 44 §, 1930:173 1 §), moved to the next working day
/// when that day is closed (1930:173 2 §).
pub fn appeal_last_day(received: NaiveDate) -> NaiveDate {
    let three_weeks = received.checked_add_days(Days::new(21)).unwrap_or(received);
    next_working_day_if_closed(three_weeks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn easter_by_the_gregorian_algorithm() {
        for (year, easter) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            // The extremes: earliest and latest possible dates.
            (1818, "1818-03-22"),
            (1943, "1943-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter_sunday(year), Some(d(easter)), "{year}");
        }
        assert_eq!(easter_sunday(1500), None);
    }

    #[test]
    fn midsummer_and_all_saints_fall_on_saturdays() {
        assert_eq!(midsummer_day(2026), Some(d("2026-06-20")));
        assert_eq!(midsummer_day(2025), Some(d("2025-06-21")));
        assert_eq!(midsummer_day(2027), Some(d("2027-06-26")));
        assert_eq!(all_saints_day(2026), Some(d("2026-10-31")));
        assert_eq!(all_saints_day(2025), Some(d("2025-11-01")));
        assert_eq!(all_saints_day(2027), Some(d("2027-11-06")));
    }

    #[test]
    fn the_public_holidays_of_2026() {
        let holidays = [
            "2026-01-01", // nyårsdagen
            "2026-01-06", // trettondedag jul
            "2026-04-03", // långfredagen
            "2026-04-05", // påskdagen
            "2026-04-06", // annandag påsk
            "2026-05-01", // första maj
            "2026-05-14", // Kristi himmelsfärdsdag
            "2026-05-24", // pingstdagen
            "2026-06-06", // nationaldagen
            "2026-06-20", // midsommardagen
            "2026-10-31", // alla helgons dag
            "2026-12-25", // juldagen
            "2026-12-26", // annandag jul
        ];
        for h in holidays {
            assert!(is_public_holiday(d(h)), "{h}");
        }
        // Eves and plain days are not allmän helgdag; Sundays are.
        for not in [
            "2026-06-19",
            "2026-12-24",
            "2026-12-31",
            "2026-04-04",
            "2026-05-25",
        ] {
            assert!(!is_public_holiday(d(not)), "{not}");
        }
        assert!(is_public_holiday(d("2026-03-08")));
        assert!(!is_public_holiday(d("2026-03-07")));
    }

    #[test]
    fn a_plain_weekday_does_not_move() {
        assert_eq!(next_working_day_if_closed(d("2026-03-23")), d("2026-03-23"));
        assert_eq!(next_working_day_if_closed(d("2026-12-23")), d("2026-12-23"));
    }

    #[test]
    fn appeal_ends_three_weeks_later_on_the_same_weekday() {
        assert_eq!(appeal_last_day(d("2026-03-02")), d("2026-03-23"));
    }

    #[test]
    fn saturday_and_sunday_move_to_monday() {
        // Received Saturday 2026-03-07 → Saturday 2026-03-28 → Monday 2026-03-30.
        assert_eq!(appeal_last_day(d("2026-03-07")), d("2026-03-30"));
        assert_eq!(appeal_last_day(d("2026-03-08")), d("2026-03-30"));
    }

    #[test]
    fn good_friday_moves_past_easter_monday() {
        // Received 2026-03-13 → långfredagen 2026-04-03 → tisdag 2026-04-07.
        assert_eq!(appeal_last_day(d("2026-03-13")), d("2026-04-07"));
    }

    #[test]
    fn christmas_eve_moves_past_boxing_day() {
        // 2026: julafton on a Thursday → Sunday 27th is closed too → Monday 28th.
        assert_eq!(appeal_last_day(d("2026-12-03")), d("2026-12-28"));
        // 2025: julafton on a Wednesday → Saturday 27th → Monday 29th.
        assert_eq!(next_working_day_if_closed(d("2025-12-24")), d("2025-12-29"));
        // 2024: julafton on a Tuesday → Friday 27th.
        assert_eq!(next_working_day_if_closed(d("2024-12-24")), d("2024-12-27"));
    }

    #[test]
    fn new_years_eve_moves_past_new_years_day() {
        // 2026-12-31 is a Thursday; 1 Jan is nyårsdagen → Saturday, Sunday → Monday 2027-01-04.
        assert_eq!(appeal_last_day(d("2026-12-10")), d("2027-01-04"));
        // 2024-12-31 is a Tuesday → Thursday 2025-01-02.
        assert_eq!(next_working_day_if_closed(d("2024-12-31")), d("2025-01-02"));
    }

    #[test]
    fn midsummer_eve_moves_to_monday() {
        // Received 2026-05-29 → midsommarafton Friday 2026-06-19 → Monday 2026-06-22.
        assert_eq!(appeal_last_day(d("2026-05-29")), d("2026-06-22"));
    }

    #[test]
    fn the_end_of_the_calendar_returns_the_input() {
        assert_eq!(appeal_last_day(NaiveDate::MAX), NaiveDate::MAX);
    }
}
