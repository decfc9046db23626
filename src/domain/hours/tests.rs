//! The hours model (E1, E2, E4): periods, balances and visits.

use super::*;
use crate::domain::dates::parse;

fn d(s: &str) -> NaiveDate {
    parse(s).expect("test date")
}

fn visit(day: &str, hours: f64) -> HoursEntry {
    HoursEntry::Visit { day: d(day), hours }
}

const FLEX3: Model = Model::Flex { months: 3 };

#[test]
fn model_comes_from_the_guideline() {
    let s = &crate::guideline::Guideline::builtin().settings;
    assert_eq!(
        Model::from_guideline(HoursModel::Strict, s.flex_period_months),
        Model::Strict
    );
    assert_eq!(
        Model::from_guideline(HoursModel::Flex, s.flex_period_months),
        Model::Flex {
            months: s.flex_period_months
        }
    );
}

#[test]
fn e1_strict_period_is_the_calendar_month() {
    let p = period_containing(Model::Strict, d("2026-01-15"), d("2026-02-28"));
    assert_eq!((p.start, p.end), (d("2026-02-01"), d("2026-02-28")));
    let p = period_containing(Model::Strict, d("2026-01-15"), d("2028-02-01"));
    assert_eq!(p.end, d("2028-02-29"));
}

#[test]
fn e1_strict_month_hours_do_not_carry_over() {
    let e = [visit("2026-01-10", 4.0)];
    let b = |on| {
        balance(
            Model::Strict,
            10.0,
            d("2026-01-01"),
            d("2026-12-31"),
            &e,
            d(on),
        )
    };
    let jan = b("2026-01-31");
    assert_eq!((jan.granted, jan.used, jan.remaining), (10.0, 4.0, 6.0));
    assert_eq!((jan.carried, jan.lapsing), (0.0, 6.0));
    assert_eq!(jan.period_end, d("2026-01-31"));
    // The next day the six unused hours are gone, not added.
    let feb = b("2026-02-01");
    assert_eq!((feb.granted, feb.used, feb.carried), (10.0, 0.0, 0.0));
    assert_eq!(feb.remaining, 10.0);
}

#[test]
fn e1_flex_periods_count_from_the_execution_day() {
    let x = d("2026-01-15");
    let p = period_containing(FLEX3, x, d("2026-04-14"));
    assert_eq!((p.start, p.end), (d("2026-01-15"), d("2026-04-14")));
    let p = period_containing(FLEX3, x, d("2026-04-15"));
    assert_eq!((p.start, p.end), (d("2026-04-15"), d("2026-07-14")));
    let p = period_containing(FLEX3, x, d("2027-01-14"));
    assert_eq!((p.start, p.end), (d("2026-10-15"), d("2027-01-14")));
    // Before execution the periods are counted backwards the same way.
    let p = period_containing(FLEX3, x, d("2026-01-14"));
    assert_eq!((p.start, p.end), (d("2025-10-15"), d("2026-01-14")));
}

#[test]
fn e1_flex_periods_from_a_month_end_do_not_drift() {
    // Each start is counted from the execution day: Jan 31 + 3 = Apr 30, + 6 = Jul 31.
    let x = d("2026-01-31");
    let p = period_containing(FLEX3, x, d("2026-04-29"));
    assert_eq!((p.start, p.end), (d("2026-01-31"), d("2026-04-29")));
    let p = period_containing(FLEX3, x, d("2026-04-30"));
    assert_eq!((p.start, p.end), (d("2026-04-30"), d("2026-07-30")));
    let p = period_containing(FLEX3, x, d("2026-07-31"));
    assert_eq!(p.start, d("2026-07-31"));
    // Into a leap year: 2027-11-30 + 3 months is 2028-02-29.
    let p = period_containing(FLEX3, d("2027-11-30"), d("2028-02-29"));
    assert_eq!(p.start, d("2028-02-29"));
}

#[test]
fn e1_flex_carries_within_period_and_lapses_at_its_end() {
    let x = d("2026-01-15");
    let e = [visit("2026-01-20", 4.0), visit("2026-02-20", 5.0)];
    let b = |on| balance(FLEX3, 10.0, x, d("2026-12-31"), &e, d(on));

    // Second month: the first month's six unused hours are carried.
    let feb = b("2026-02-14");
    assert_eq!(feb.carried, 0.0, "still the first month (01-15..02-14)");
    let feb = b("2026-02-15");
    assert_eq!((feb.granted, feb.used, feb.carried), (30.0, 9.0, 6.0));
    // Third month: 6 + 10 - 5 carried.
    assert_eq!(b("2026-03-15").carried, 11.0);

    // The period's last day: 21 hours left, and they lapse with it.
    let last = b("2026-04-14");
    assert_eq!((last.period_start, last.period_end), (x, d("2026-04-14")));
    assert_eq!((last.remaining, last.lapsing), (21.0, 21.0));

    // The first day of the next period: a fresh 30, nothing carried.
    let next = b("2026-04-15");
    assert_eq!(next.period_start, d("2026-04-15"));
    assert_eq!((next.granted, next.used, next.carried), (30.0, 0.0, 0.0));
    assert_eq!(next.remaining, 30.0);
}

#[test]
fn e1_flex_period_is_one_pool() {
    // 25 hours in the first month of a 3 x 10 h period are within what is left.
    let x = d("2026-01-15");
    let e = [visit("2026-01-20", 25.0)];
    let c = check_visit(
        FLEX3,
        &Level::only(10.0),
        x,
        d("2026-12-31"),
        &e,
        d("2026-03-01"),
        5.0,
    );
    assert_eq!(c.over_by, None);
    let c = check_visit(
        FLEX3,
        &Level::only(10.0),
        x,
        d("2026-12-31"),
        &e,
        d("2026-03-01"),
        6.0,
    );
    assert_eq!(c.over_by, Some(1.0));
    assert_eq!(c.before.carried, 0.0, "overuse is not carried as negative");
}

#[test]
fn e1_visit_over_the_remaining_hours_gives_over_by() {
    let x = d("2026-01-01");
    let end = d("2026-12-31");
    let e = [visit("2026-03-02", 8.0)];
    let ok = check_visit(
        Model::Strict,
        &Level::only(10.0),
        x,
        end,
        &e,
        d("2026-03-20"),
        2.0,
    );
    assert_eq!(ok.over_by, None);
    assert!(!ok.outside_decision);
    let over = check_visit(
        Model::Strict,
        &Level::only(10.0),
        x,
        end,
        &e,
        d("2026-03-20"),
        3.0,
    );
    assert_eq!(over.over_by, Some(1.0));
    assert_eq!(over.before.remaining, 2.0);

    // Once over, the whole next visit is beyond what was left, and the balance says so.
    let e = [visit("2026-03-02", 8.0), visit("2026-03-20", 3.0)];
    let again = check_visit(
        Model::Strict,
        &Level::only(10.0),
        x,
        end,
        &e,
        d("2026-03-31"),
        1.5,
    );
    assert_eq!(again.over_by, Some(1.5));
    assert_eq!((again.before.over, again.before.remaining), (1.0, 0.0));
    // The next month starts afresh.
    let april = check_visit(
        Model::Strict,
        &Level::only(10.0),
        x,
        end,
        &e,
        d("2026-04-01"),
        3.0,
    );
    assert_eq!(april.over_by, None);
}

#[test]
fn e1_entries_logged_later_in_the_period_still_count() {
    let e = [visit("2026-03-25", 9.0)];
    let x = d("2026-01-01");
    let c = check_visit(
        Model::Strict,
        &Level::only(10.0),
        x,
        d("2026-12-31"),
        &e,
        d("2026-03-05"),
        2.0,
    );
    assert_eq!(c.over_by, Some(1.0));
}

#[test]
fn e1_strict_first_month_counts_from_execution_day() {
    // Executed on March 17: 15 of March's 31 days, 10 h a month -> 4.84 h.
    let b = balance(
        Model::Strict,
        10.0,
        d("2026-03-17"),
        d("2026-12-31"),
        &[],
        d("2026-03-20"),
    );
    assert_eq!(
        (b.period_start, b.period_end),
        (d("2026-03-17"), d("2026-03-31"))
    );
    assert_eq!(b.granted, 4.84);
    // Before execution nothing is granted.
    let b = balance(
        Model::Strict,
        10.0,
        d("2026-03-17"),
        d("2026-12-31"),
        &[],
        d("2026-02-20"),
    );
    assert_eq!(b.granted, 0.0);
    assert_eq!(
        (b.period_start, b.period_end),
        (d("2026-02-01"), d("2026-02-28"))
    );
}

#[test]
fn g1_strict_last_month_is_pro_rata_to_the_decisions_last_day() {
    let x = d("2026-01-01");
    let end = d("2026-06-15");
    let june = balance(Model::Strict, 10.0, x, end, &[], d("2026-06-15"));
    assert_eq!((june.period_start, june.period_end), (d("2026-06-01"), end));
    assert_eq!(june.granted, 5.0);
    // The last day of the decision still has its hours; the day after has none.
    let last = check_visit(Model::Strict, &Level::only(10.0), x, end, &[], end, 5.0);
    assert_eq!((last.over_by, last.outside_decision), (None, false));
    let after = check_visit(
        Model::Strict,
        &Level::only(10.0),
        x,
        end,
        &[],
        d("2026-06-16"),
        2.0,
    );
    assert_eq!((after.over_by, after.outside_decision), (Some(2.0), true));
    let july = balance(Model::Strict, 10.0, x, end, &[], d("2026-07-01"));
    assert_eq!(july.granted, 0.0);
}

#[test]
fn g1_flex_period_cut_by_the_decisions_end_is_pro_rata() {
    // Period 04-15..07-14 cut at 04-29: 15 days of the month 04-15..05-14 (30 days) = 5 h.
    let x = d("2026-01-15");
    let end = d("2026-04-29");
    let b = balance(FLEX3, 10.0, x, end, &[], d("2026-04-20"));
    assert_eq!((b.period_start, b.period_end), (d("2026-04-15"), end));
    assert_eq!((b.granted, b.remaining, b.lapsing), (5.0, 5.0, 5.0));
    // A whole decision grants hours per month times its months: 12 months, 120 h.
    let x = d("2026-02-10");
    let end = d("2027-02-09");
    let total: f64 = ["2026-02-10", "2026-05-10", "2026-08-10", "2026-11-10"]
        .iter()
        .map(|on| balance(FLEX3, 10.0, x, end, &[], d(on)).granted)
        .sum();
    assert_eq!(total, 120.0);
}

#[test]
fn e4_lost_hours_count_as_used() {
    let e = [
        visit("2026-03-02", 3.0),
        HoursEntry::Lost {
            day: d("2026-03-09"),
            hours: 3.0,
        },
    ];
    let b = balance(
        Model::Strict,
        10.0,
        d("2026-01-01"),
        d("2026-12-31"),
        &e,
        d("2026-03-10"),
    );
    assert_eq!((b.used, b.lost, b.remaining), (6.0, 3.0, 4.0));
}

#[test]
fn e2_kept_hours_stay_available() {
    let e = [
        visit("2026-03-02", 3.0),
        HoursEntry::Kept {
            day: d("2026-03-09"),
            hours: 3.0,
        },
    ];
    let b = balance(
        FLEX3,
        10.0,
        d("2026-01-15"),
        d("2026-12-31"),
        &e,
        d("2026-03-10"),
    );
    assert_eq!((b.used, b.kept, b.remaining), (3.0, 3.0, 27.0));
}

#[test]
fn odd_hours_count_as_zero_without_panic() {
    let e = [visit("2026-03-02", f64::NAN), visit("2026-03-03", -4.0)];
    let b = balance(
        Model::Strict,
        f64::INFINITY,
        d("2026-01-01"),
        d("2026-12-31"),
        &e,
        d("2026-03-10"),
    );
    assert_eq!((b.granted, b.used), (0.0, 0.0));
    let p = period_containing(Model::Flex { months: 0 }, d("2026-01-15"), d("2026-02-20"));
    assert_eq!((p.start, p.end), (d("2026-02-15"), d("2026-03-14")));
    let far = period_containing(FLEX3, NaiveDate::MIN, NaiveDate::MAX);
    assert!(far.start <= far.end);
}
