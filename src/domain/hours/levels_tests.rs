//! Levels of granted hours: a change mid-period counted by day (E1).

use super::*;

fn d(s: &str) -> NaiveDate {
    crate::domain::dates::parse(s).expect("test date")
}

/// E1: 12 hours a month changed to 8 from 15 June: June is 14 days at 12 and 16 at 8.
#[test]
fn e1_a_change_on_the_15th_counts_each_level_by_day() {
    let levels = [
        Level {
            from: d("2026-01-01"),
            hours_per_month: 12.0,
        },
        Level {
            from: d("2026-06-15"),
            hours_per_month: 8.0,
        },
    ];
    let x = d("2026-01-10");
    let end = d("2026-12-31");
    let june = balance_levels(Model::Strict, &levels, x, end, &[], d("2026-06-20"));
    // 12 * 14/30 + 8 * 16/30 = 5.6 + 4.2667
    assert_eq!(june.granted, 9.87);
    let may = balance_levels(Model::Strict, &levels, x, end, &[], d("2026-05-20"));
    assert_eq!(may.granted, 12.0);
    let july = balance_levels(Model::Strict, &levels, x, end, &[], d("2026-07-20"));
    assert_eq!(july.granted, 8.0);
    // A visit of 9 h in June is within it; 10 h is over by 0.13.
    let e = [HoursEntry::Visit {
        day: d("2026-06-02"),
        hours: 10.0,
    }];
    let b = balance_levels(Model::Strict, &levels, x, end, &e, d("2026-06-20"));
    assert_eq!(b.over, 0.13);
}

/// E1 flex: a change in the middle of a three-month period counts by day as well.
#[test]
fn e1_a_change_inside_a_flex_period_counts_by_day() {
    let levels = [
        Level {
            from: d("2026-01-01"),
            hours_per_month: 10.0,
        },
        Level {
            from: d("2026-02-01"),
            hours_per_month: 20.0,
        },
    ];
    let flex = Model::Flex { months: 3 };
    let b = balance_levels(
        flex,
        &levels,
        d("2026-01-01"),
        d("2026-12-31"),
        &[],
        d("2026-01-05"),
    );
    assert_eq!(b.granted, 50.0);
}
