//! Cancellations (avbokningar, återbud): who may cancel, what happens to the hours, and when
//! repeated cancellations call for a new assessment (E2-E5, seeds 002 and 004).
//!
//! The choices:
//! - Only the provider's short notice warns (E2, seed 002: "informeras ... senast sju dagar i
//!   förväg" is a requirement on the provider). An assignee who is ill or cannot come is not
//!   warned about, whatever the notice; the individual keeps the hours (seed 004).
//! - The provider's and the assignee's cancellations keep the hours; so does the individual's
//!   side with more notice than the setting (seed 004 only takes the hours when the notice is a
//!   week or less). A rebooked meeting keeps nothing apart: the new meeting is logged as a visit.
//! - A guardian may cancel for an adult too (a guardian, god man or förvaltare speaking for
//!   them); no rule forbids it, and it counts as the individual's side.
//! - E5 counts the individual's side only (`Individual`, `Guardian`; seed 004: "Om den enskilde
//!   avbokar vid tre tillfällen"), without rebooking, whatever the notice. The window is rolling,
//!   not the fixed flex period: seed 004 writes "inom en tre månaders period", not "den fasta",
//!   and the strict model has no fixed periods at all. Cancellations count when the first and the
//!   last lie within one window of `flag_window_months` months (2026-01-10 and 2026-04-09 do for
//!   three months; 2026-04-10 does not). A flag stays up while its last cancellation is within
//!   one window of the day asked about; once a new assessment is made, the caller passes only the
//!   cancellations after it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::dates::period_exceeds_months;
use crate::domain::rules::Rule;
use crate::error::Refusal;
use crate::guideline::Settings;

/// Who cancelled the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelledBy {
    /// The individual (den enskilde, brukaren).
    Individual,
    /// The guardian (vårdnadshavare), for a child always (E3).
    Guardian,
    /// The assignee (kontaktperson, ledsagare): ill or prevented.
    Assignee,
    /// The provider (utföraren).
    Provider,
}

impl CancelledBy {
    pub const NAMES: [&'static str; 4] = ["individual", "guardian", "assignee", "provider"];

    pub fn as_str(self) -> &'static str {
        match self {
            CancelledBy::Individual => "individual",
            CancelledBy::Guardian => "guardian",
            CancelledBy::Assignee => "assignee",
            CancelledBy::Provider => "provider",
        }
    }

    pub fn parse(s: &str) -> Option<CancelledBy> {
        match s {
            "individual" => Some(CancelledBy::Individual),
            "guardian" => Some(CancelledBy::Guardian),
            "assignee" => Some(CancelledBy::Assignee),
            "provider" => Some(CancelledBy::Provider),
            _ => None,
        }
    }

    /// Who cancelled, as the journal says it.
    pub fn swedish(self) -> &'static str {
        match self {
            CancelledBy::Individual => "den enskilde",
            CancelledBy::Guardian => "vårdnadshavaren",
            CancelledBy::Assignee => "uppdragstagaren",
            CancelledBy::Provider => "utföraren",
        }
    }

    /// The individual's side: the cancellations that can lose hours (E4) and count for E5.
    pub fn is_individual_side(self) -> bool {
        matches!(self, CancelledBy::Individual | CancelledBy::Guardian)
    }
}

/// What becomes of the cancelled meeting's hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HoursEffect {
    /// Not used: still available in the period (E2, or enough notice).
    Kept,
    /// Lost: count as used (E4).
    Lost,
    /// A new time was booked; the new meeting is logged as a visit.
    Rebooked,
}

impl HoursEffect {
    pub fn as_str(self) -> &'static str {
        match self {
            HoursEffect::Kept => "kept",
            HoursEffect::Lost => "lost",
            HoursEffect::Rebooked => "rebooked",
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            HoursEffect::Kept => "timmarna kvarstår",
            HoursEffect::Lost => "timmarna förfaller",
            HoursEffect::Rebooked => "ny tid bokad",
        }
    }
}

/// The effect of one cancellation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CancellationEffect {
    pub hours: HoursEffect,
    /// (rule ID, English message) for stderr; the journal writes its own Swedish text.
    pub warnings: Vec<(Rule, String)>,
    /// Whether the cancellation counts towards a new assessment (E5).
    pub counts_for_flag: bool,
}

/// Judges a cancellation. `individual_age_on_day` is the individual's age on the cancelled
/// meeting's day; `notice_days` how many days ahead it was cancelled.
pub fn assess_cancellation(
    by: CancelledBy,
    individual_age_on_day: u32,
    notice_days: u32,
    rebooked: Option<NaiveDate>,
    settings: &Settings,
) -> Result<CancellationEffect, Refusal> {
    let rules = &settings.cancellation;
    if by == CancelledBy::Individual && individual_age_on_day < settings.adult_age {
        return Err(Refusal::new(
            Rule::E3,
            format!(
                "the individual is under {}, so only the guardian cancels or rebooks: use --by guardian",
                settings.adult_age
            ),
        ));
    }

    let mut warnings = Vec::new();
    if by == CancelledBy::Provider && notice_days < rules.provider_min_notice_days {
        warnings.push((
            Rule::E2,
            format!(
                "the provider cancelled {notice_days} days ahead; the individual is to be told at least {} days ahead",
                rules.provider_min_notice_days
            ),
        ));
    }

    let hours = if rebooked.is_some() {
        HoursEffect::Rebooked
    } else if by.is_individual_side() && notice_days <= rules.individual_lost_if_notice_days_at_most
    {
        warnings.push((
            Rule::E4,
            format!(
                "cancelled {notice_days} days ahead without a new time: the hours are lost (at most {} days' notice)",
                rules.individual_lost_if_notice_days_at_most
            ),
        ));
        HoursEffect::Lost
    } else {
        HoursEffect::Kept
    };

    Ok(CancellationEffect {
        hours,
        warnings,
        counts_for_flag: by.is_individual_side() && rebooked.is_none(),
    })
}

/// One recorded cancellation, as E5 needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cancelled {
    pub day: NaiveDate,
    pub by: CancelledBy,
    pub rebooked: bool,
}

/// Repeated cancellations that call for a new assessment (E5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub count: u32,
}

/// The latest run of at least `flag_count` un-rebooked cancellations by the individual's side
/// within one window of `flag_window_months`, counting cancellations up to `on`, while its last
/// cancellation lies within one window of `on` (E5).
pub fn flag_repeated(
    cancellations: &[Cancelled],
    on: NaiveDate,
    settings: &Settings,
) -> Option<Flag> {
    let rules = &settings.cancellation;
    let window = rules.flag_window_months;
    let needed = rules.flag_count.max(1);
    let mut days: Vec<NaiveDate> = cancellations
        .iter()
        .filter(|c| c.by.is_individual_side() && !c.rebooked && c.day <= on)
        .map(|c| c.day)
        .collect();
    days.sort_unstable();

    // Latest window end first; stop once the window ends too long before `on`.
    for last in (0..days.len()).rev() {
        if period_exceeds_months(days[last], on, window) {
            break;
        }
        let first = days[..=last]
            .iter()
            .position(|d| !period_exceeds_months(*d, days[last], window))
            .unwrap_or(last);
        let count = u32::try_from(last - first + 1).unwrap_or(u32::MAX);
        if count >= needed {
            return Some(Flag {
                first: days[first],
                last: days[last],
                count,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::parse;
    use crate::guideline::Guideline;

    fn d(s: &str) -> NaiveDate {
        parse(s).expect("test date")
    }

    fn settings() -> &'static Settings {
        &Guideline::builtin().settings
    }

    fn assess(
        by: CancelledBy,
        age: u32,
        notice: u32,
        rebooked: Option<NaiveDate>,
    ) -> CancellationEffect {
        assess_cancellation(by, age, notice, rebooked, settings()).expect("allowed")
    }

    fn rules_of(e: &CancellationEffect) -> Vec<&'static str> {
        e.warnings.iter().map(|(r, _)| r.id()).collect()
    }

    fn by_individual(day: &str) -> Cancelled {
        Cancelled {
            day: d(day),
            by: CancelledBy::Individual,
            rebooked: false,
        }
    }

    #[test]
    fn names_round_trip() {
        for name in CancelledBy::NAMES {
            let by = CancelledBy::parse(name).expect("known");
            assert_eq!(by.as_str(), name);
            assert!(!by.swedish().is_empty());
        }
        assert_eq!(CancelledBy::parse("Individual"), None);
        assert_eq!(CancelledBy::parse(""), None);
    }

    #[test]
    fn the_settings_are_the_seeds_numbers() {
        let c = &settings().cancellation;
        assert_eq!(c.provider_min_notice_days, 7);
        assert_eq!(c.individual_lost_if_notice_days_at_most, 7);
        assert_eq!((c.flag_count, c.flag_window_months), (3, 3));
    }

    #[test]
    fn e2_provider_six_days_warns_seven_does_not() {
        let six = assess(CancelledBy::Provider, 40, 6, None);
        assert_eq!(rules_of(&six), ["E2"]);
        assert!(six.warnings[0].1.contains("at least 7 days"));
        assert_eq!(six.hours, HoursEffect::Kept);
        let seven = assess(CancelledBy::Provider, 40, 7, None);
        assert!(seven.warnings.is_empty());
        assert_eq!(seven.hours, HoursEffect::Kept);
        assert!(!seven.counts_for_flag);
    }

    #[test]
    fn e2_assignee_cancellation_keeps_hours() {
        for notice in [0, 1, 7, 30] {
            let e = assess(CancelledBy::Assignee, 40, notice, None);
            assert_eq!(e.hours, HoursEffect::Kept, "{notice}");
            assert!(e.warnings.is_empty());
            assert!(!e.counts_for_flag);
        }
        // A child's assignee may cancel too: E3 binds only the individual's side.
        assert_eq!(
            assess(CancelledBy::Assignee, 12, 0, None).hours,
            HoursEffect::Kept
        );
    }

    #[test]
    fn e3_individual_under_18_refused() {
        let s = settings();
        let seventeen = assess_cancellation(CancelledBy::Individual, 17, 10, None, s);
        let refusal = seventeen.expect_err("under 18");
        assert_eq!(refusal.rule, Rule::E3);
        assert!(refusal.message.contains("--by guardian"));
        assert!(refusal.message.contains("under 18"));
        // On the 18th birthday the individual cancels for themself.
        assert!(assess_cancellation(CancelledBy::Individual, 18, 10, None, s).is_ok());
        // The guardian always may, the child's and the adult's.
        assert!(assess_cancellation(CancelledBy::Guardian, 17, 10, None, s).is_ok());
        assert!(assess_cancellation(CancelledBy::Guardian, 30, 10, None, s).is_ok());
        // Refused also with a rebooking: only the guardian rebooks for a child.
        let rebooking =
            assess_cancellation(CancelledBy::Individual, 17, 10, Some(d("2026-12-01")), s);
        assert!(rebooking.is_err());
    }

    #[test]
    fn e4_seven_days_lost_eight_days_kept() {
        let seven = assess(CancelledBy::Individual, 30, 7, None);
        assert_eq!(seven.hours, HoursEffect::Lost);
        assert_eq!(rules_of(&seven), ["E4"]);
        assert!(seven.counts_for_flag);
        let zero = assess(CancelledBy::Guardian, 10, 0, None);
        assert_eq!(zero.hours, HoursEffect::Lost);
        let eight = assess(CancelledBy::Individual, 30, 8, None);
        assert_eq!(eight.hours, HoursEffect::Kept);
        assert!(eight.warnings.is_empty());
        // Still an un-rebooked cancellation for E5.
        assert!(eight.counts_for_flag);
    }

    #[test]
    fn e4_rebooked_not_lost() {
        let e = assess(CancelledBy::Individual, 30, 2, Some(d("2026-12-01")));
        assert_eq!(e.hours, HoursEffect::Rebooked);
        assert!(e.warnings.is_empty());
        assert!(!e.counts_for_flag);
        let g = assess(CancelledBy::Guardian, 12, 0, Some(d("2026-12-01")));
        assert_eq!(g.hours, HoursEffect::Rebooked);
        // The provider's short notice warns even when a new time is booked.
        let p = assess(CancelledBy::Provider, 30, 2, Some(d("2026-12-01")));
        assert_eq!((p.hours, rules_of(&p)), (HoursEffect::Rebooked, vec!["E2"]));
    }

    #[test]
    fn e5_third_cancellation_in_window_flags() {
        let s = settings();
        let two = [by_individual("2026-01-10"), by_individual("2026-02-10")];
        assert_eq!(flag_repeated(&two, d("2026-04-01"), s), None);

        // The third on the window's last day (01-10 + 3 months - 1 day) flags.
        let mut three = two.to_vec();
        three.push(by_individual("2026-04-09"));
        assert_eq!(
            flag_repeated(&three, d("2026-04-09"), s),
            Some(Flag {
                first: d("2026-01-10"),
                last: d("2026-04-09"),
                count: 3
            })
        );
        // Not before the third has happened.
        assert_eq!(flag_repeated(&three, d("2026-04-08"), s), None);

        // One day later the first falls just outside the window.
        let outside = [two[0], two[1], by_individual("2026-04-10")];
        assert_eq!(flag_repeated(&outside, d("2026-04-10"), s), None);
    }

    #[test]
    fn e5_counts_only_the_individual_side_without_rebooking() {
        let s = settings();
        let mut list = vec![
            by_individual("2026-01-10"),
            Cancelled {
                day: d("2026-01-20"),
                by: CancelledBy::Guardian,
                rebooked: false,
            },
            Cancelled {
                day: d("2026-01-25"),
                by: CancelledBy::Individual,
                rebooked: true,
            },
            Cancelled {
                day: d("2026-01-26"),
                by: CancelledBy::Assignee,
                rebooked: false,
            },
            Cancelled {
                day: d("2026-01-27"),
                by: CancelledBy::Provider,
                rebooked: false,
            },
        ];
        assert_eq!(flag_repeated(&list, d("2026-02-01"), s), None);
        list.push(Cancelled {
            day: d("2026-02-01"),
            by: CancelledBy::Guardian,
            rebooked: false,
        });
        let flag = flag_repeated(&list, d("2026-02-01"), s).expect("three");
        assert_eq!(
            (flag.first, flag.last, flag.count),
            (d("2026-01-10"), d("2026-02-01"), 3)
        );
    }

    #[test]
    fn e5_rolling_window_across_flex_periods_and_unsorted_input() {
        // Across the boundary of fixed periods (executed 01-15: 04-14 | 04-15) still one window.
        let s = settings();
        let list = [
            by_individual("2026-05-01"),
            by_individual("2026-04-01"),
            by_individual("2026-04-20"),
            by_individual("2026-05-02"),
        ];
        let flag = flag_repeated(&list, d("2026-05-02"), s).expect("flagged");
        assert_eq!(
            (flag.first, flag.last, flag.count),
            (d("2026-04-01"), d("2026-05-02"), 4)
        );
    }

    #[test]
    fn e5_flag_stays_up_for_one_window_after_the_last_cancellation() {
        let s = settings();
        let list = [
            by_individual("2026-01-10"),
            by_individual("2026-02-10"),
            by_individual("2026-03-10"),
        ];
        // 03-10 + 3 months - 1 day = 06-09: still shown; 06-10: no longer.
        assert!(flag_repeated(&list, d("2026-06-09"), s).is_some());
        assert_eq!(flag_repeated(&list, d("2026-06-10"), s), None);
        assert_eq!(flag_repeated(&[], d("2026-06-10"), s), None);
    }
}
