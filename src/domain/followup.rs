//! Follow-up (uppföljning): outcomes, goal attainment and end reasons (E6, E7), and the dates
//! when a grant's follow-up (G1), an LVU 22 § review (E9) and an agreement's review (E8) fall due.
//!
//! The choices:
//! - A grant's follow-up is due `follow_up_weeks_before_end` weeks before its last day, but never
//!   before its first day (a decision shorter than that is due at once).
//! - LVU 22 § reviews fall every `lvu_review_months` counted from the decision's first day, each
//!   counted from that day (no drift from clamped month ends), up to and including its last day.
//!   The next review counts from the last review held, or from the decision's first day.
//! - The agreement's review (E8) falls `agreement_review_months` after the agreement's start or
//!   its last review.
//! - Due: on or before `today + within` days; overdue: before `today` (due today is not yet
//!   overdue).

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::domain::dates::add_months;
use crate::domain::rules::Rule;
use crate::error::Refusal;
use crate::guideline::Settings;

/// What the follow-up decided (E6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Continues as decided.
    Continue,
    /// Changed: a new time-limited decision replaces the one in force.
    Change,
    /// Extended: a new time-limited decision (E6).
    Extend,
    /// Ended (E7).
    End,
}

impl Outcome {
    pub const NAMES: [&'static str; 4] = ["continue", "change", "extend", "end"];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Continue => "continue",
            Outcome::Change => "change",
            Outcome::Extend => "extend",
            Outcome::End => "end",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "continue" => Some(Outcome::Continue),
            "change" => Some(Outcome::Change),
            "extend" => Some(Outcome::Extend),
            "end" => Some(Outcome::End),
            _ => None,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            Outcome::Continue => "insatsen fortsätter",
            Outcome::Change => "insatsen förändras",
            Outcome::Extend => "insatsen förlängs",
            Outcome::End => "insatsen avslutas",
        }
    }

    /// Change and extend make a new time-limited decision (E6, G1).
    pub fn makes_new_decision(self) -> bool {
        matches!(self, Outcome::Change | Outcome::Extend)
    }
}

/// How far the intervention's goals were met (måluppfyllelse).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attainment {
    Met,
    Partly,
    NotMet,
}

impl Attainment {
    pub const NAMES: [&'static str; 3] = ["met", "partly", "not_met"];

    pub fn as_str(self) -> &'static str {
        match self {
            Attainment::Met => "met",
            Attainment::Partly => "partly",
            Attainment::NotMet => "not_met",
        }
    }

    /// Snake case, and the kebab case of the command line too (`not-met`).
    pub fn parse(s: &str) -> Option<Attainment> {
        match s {
            "met" => Some(Attainment::Met),
            "partly" => Some(Attainment::Partly),
            "not_met" | "not-met" => Some(Attainment::NotMet),
            _ => None,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            Attainment::Met => "uppnått",
            Attainment::Partly => "delvis uppnått",
            Attainment::NotMet => "inte uppnått",
        }
    }
}

/// Why an intervention ends (E7, seed 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// The need for social contact is met otherwise: work, relatives, leisure, school friends.
    NeedMetOtherwise,
    /// The individual does not want it (K5).
    DoesNotWant,
    Moved,
    Died,
    Other,
}

impl EndReason {
    pub const NAMES: [&'static str; 5] = [
        "need_met_otherwise",
        "does_not_want",
        "moved",
        "died",
        "other",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::NeedMetOtherwise => "need_met_otherwise",
            EndReason::DoesNotWant => "does_not_want",
            EndReason::Moved => "moved",
            EndReason::Died => "died",
            EndReason::Other => "other",
        }
    }

    /// Snake case, and kebab case too (`need-met-otherwise`).
    pub fn parse(s: &str) -> Option<EndReason> {
        match s.replace('-', "_").as_str() {
            "need_met_otherwise" => Some(EndReason::NeedMetOtherwise),
            "does_not_want" => Some(EndReason::DoesNotWant),
            "moved" => Some(EndReason::Moved),
            "died" => Some(EndReason::Died),
            "other" => Some(EndReason::Other),
            _ => None,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            EndReason::NeedMetOtherwise => "behovet tillgodoses på annat sätt",
            EndReason::DoesNotWant => "den enskilde vill inte ha insatsen",
            EndReason::Moved => "den enskilde har flyttat",
            EndReason::Died => "den enskilde har avlidit",
            EndReason::Other => "annat skäl",
        }
    }
}

/// Checks what a follow-up needs: a new end date after the current one for `extend`, a new end
/// date after today for `change` (G1: never until further notice), a reason for `end` (E7).
pub fn check_follow_up(
    outcome: Outcome,
    new_to: Option<NaiveDate>,
    end_reason: Option<EndReason>,
    decision_to: NaiveDate,
    today: NaiveDate,
) -> Result<(), Refusal> {
    match outcome {
        Outcome::Change | Outcome::Extend => {
            let Some(to) = new_to else {
                return Err(Refusal::new(
                    Rule::G1,
                    format!(
                        "{} makes a new decision, and every decision has an end date: give --to DATE",
                        outcome.as_str()
                    ),
                ));
            };
            if outcome == Outcome::Extend && to <= decision_to {
                return Err(Refusal::new(
                    Rule::E6,
                    format!(
                        "extend needs an end date after the current one ({decision_to}): give a later --to"
                    ),
                ));
            }
            if to < today {
                return Err(Refusal::new(
                    Rule::G1,
                    format!("the new end date {to} has already passed: give a later --to"),
                ));
            }
            Ok(())
        }
        Outcome::Continue if today > decision_to => Err(Refusal::new(
            Rule::G1,
            format!(
                "the grant ended on {decision_to}: it cannot continue without a new time-limited \
                 decision; use --outcome extend --to DATE"
            ),
        )),
        Outcome::End if end_reason.is_none() => Err(Refusal::new(
            Rule::E7,
            "an intervention ends for a reason: give --end-reason need-met-otherwise, does-not-want, moved, died or other",
        )),
        Outcome::End | Outcome::Continue => Ok(()),
    }
}

/// The day a grant's follow-up falls due: weeks before its last day, never before its first.
pub fn follow_up_due(
    decision_from: NaiveDate,
    decision_to: NaiveDate,
    settings: &Settings,
) -> NaiveDate {
    let weeks = u64::from(settings.follow_up_weeks_before_end);
    decision_to
        .checked_sub_days(Days::new(weeks * 7))
        .unwrap_or(decision_from)
        .max(decision_from)
}

/// Whether a follow-up held on `held` is the grant's follow-up before its end (G1, E6): held no
/// earlier than `follow_up_weeks_before_end` weeks before that follow-up falls due (by default
/// in the decision's last twelve weeks). An earlier one, a mid-term follow-up or an LVU review,
/// does not decide what happens when the grant ends, so the follow-up before the end stays due.
pub fn is_follow_up_before_end(
    held: NaiveDate,
    decision_from: NaiveDate,
    decision_to: NaiveDate,
    settings: &Settings,
) -> bool {
    let weeks = u64::from(settings.follow_up_weeks_before_end);
    let opens = follow_up_due(decision_from, decision_to, settings)
        .checked_sub_days(Days::new(weeks * 7))
        .unwrap_or(decision_from)
        .max(decision_from);
    held >= opens
}

/// Every LVU 22 § review the decision's period holds (E9): each `lvu_review_months` from its
/// first day, up to and including its last.
pub fn lvu_reviews(
    decision_from: NaiveDate,
    decision_to: NaiveDate,
    settings: &Settings,
) -> Vec<NaiveDate> {
    let step = settings.lvu_review_months;
    let mut out = Vec::new();
    if step == 0 {
        return out;
    }
    for k in 1u32.. {
        let Some(months) = k.checked_mul(step) else {
            break;
        };
        let day = add_months(decision_from, months);
        // `add_months` gives the date back unchanged at the calendar's edge: stop there too.
        if day > decision_to || day <= decision_from {
            break;
        }
        out.push(day);
    }
    out
}

/// The next LVU 22 § review (E9): `lvu_review_months` after the last one, or after the start.
pub fn next_lvu_review(
    decision_from: NaiveDate,
    last_review: Option<NaiveDate>,
    settings: &Settings,
) -> NaiveDate {
    add_months(
        last_review.unwrap_or(decision_from),
        settings.lvu_review_months,
    )
}

/// The next review of the agreement with the assignee (E8): yearly as the guideline sets it.
pub fn agreement_review(
    start: NaiveDate,
    last_review: Option<NaiveDate>,
    settings: &Settings,
) -> NaiveDate {
    add_months(
        last_review.unwrap_or(start),
        settings.agreement_review_months,
    )
}

named! {
    /// Where a due date stands on a day.
    pub enum DueState {
        /// The date has passed.
        Overdue => "overdue",
        /// Today or within the window.
        DueWithin => "due_within",
        NotDue => "not_due",
    }
}

/// Classifies a due date against `today` and a window of `within_days`.
pub fn due_state(due: NaiveDate, today: NaiveDate, within_days: u32) -> DueState {
    let horizon = today
        .checked_add_days(Days::new(u64::from(within_days)))
        .unwrap_or(NaiveDate::MAX);
    if due < today {
        DueState::Overdue
    } else if due <= horizon {
        DueState::DueWithin
    } else {
        DueState::NotDue
    }
}

/// The coordinator's next check-in with the assignee (P4): the guideline's number of days after
/// the last one, or after the assignment started.
pub fn check_in_due(start: NaiveDate, last: Option<NaiveDate>, settings: &Settings) -> NaiveDate {
    let base = last.filter(|d| *d >= start).unwrap_or(start);
    base.checked_add_days(Days::new(u64::from(settings.check_in_within_days)))
        .unwrap_or(NaiveDate::MAX)
}

/// The kinds of scheduled follow-up, named as `report reminders` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// `follow_up_due`: the grant's follow-up before its end (G1, E6).
    FollowUpDue,
    /// `lvu_review`: the six-monthly reconsideration of an LVU 22 § decision (E9).
    LvuReview,
    /// `agreement_review`: the yearly follow-up of the agreement (E8).
    AgreementReview,
    /// `check_in_due`: the coordinator's check-in with the assignee (P4).
    CheckIn,
}

impl DueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DueKind::FollowUpDue => "follow_up_due",
            DueKind::LvuReview => "lvu_review",
            DueKind::AgreementReview => "agreement_review",
            DueKind::CheckIn => "check_in_due",
        }
    }

    pub fn rule(self) -> Rule {
        match self {
            DueKind::FollowUpDue => Rule::G1,
            DueKind::LvuReview => Rule::E9,
            DueKind::AgreementReview => Rule::E8,
            DueKind::CheckIn => Rule::P4,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            DueKind::FollowUpDue => "uppföljning före beslutets slut",
            DueKind::LvuReview => "omprövning av beslut enligt 22 § LVU",
            DueKind::AgreementReview => "årlig uppföljning av uppdraget",
            DueKind::CheckIn => "avstämning med uppdragstagaren",
        }
    }
}

/// What a decision in force has behind it, as the store knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The day the decision was made: E9's reconsiderations count from it.
    pub decided: NaiveDate,
    pub decision_from: NaiveDate,
    pub decision_to: NaiveDate,
    /// A follow-up of this decision is recorded (continue, or end; change and extend replace it).
    pub followed_up: bool,
    /// The decision is one under 22 § LVU (E9).
    pub lvu: bool,
    pub last_lvu_review: Option<NaiveDate>,
    /// The day the agreement with the assignee began (`match start`), if there is one (E8).
    pub agreement_start: Option<NaiveDate>,
    pub last_agreement_review: Option<NaiveDate>,
}

/// One item due or overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DueItem {
    pub kind: DueKind,
    pub due: NaiveDate,
    pub state: DueState,
}

/// What of a decision's schedule is due within `within_days` of `today`, or overdue, by date.
/// An LVU review falling after the decision's last day is left to the grant's follow-up.
pub fn due_items(
    schedule: &Schedule,
    settings: &Settings,
    today: NaiveDate,
    within_days: u32,
) -> Vec<DueItem> {
    let mut candidates = Vec::new();
    if !schedule.followed_up {
        candidates.push((
            DueKind::FollowUpDue,
            follow_up_due(schedule.decision_from, schedule.decision_to, settings),
        ));
    }
    if schedule.lvu {
        let next = next_lvu_review(schedule.decided, schedule.last_lvu_review, settings);
        if next <= schedule.decision_to {
            candidates.push((DueKind::LvuReview, next));
        }
    }
    if let Some(start) = schedule.agreement_start {
        candidates.push((
            DueKind::AgreementReview,
            agreement_review(start, schedule.last_agreement_review, settings),
        ));
    }
    let mut items: Vec<DueItem> = candidates
        .into_iter()
        .filter_map(|(kind, due)| match due_state(due, today, within_days) {
            DueState::NotDue => None,
            state => Some(DueItem { kind, due, state }),
        })
        .collect();
    items.sort_by_key(|i| i.due);
    items
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

    fn schedule(from: &str, to: &str) -> Schedule {
        Schedule {
            decided: d(from),
            decision_from: d(from),
            decision_to: d(to),
            followed_up: false,
            lvu: false,
            last_lvu_review: None,
            agreement_start: None,
            last_agreement_review: None,
        }
    }

    #[test]
    fn names_round_trip() {
        for n in Outcome::NAMES {
            let o = Outcome::parse(n).expect("known");
            assert_eq!(o.as_str(), n);
            assert!(!o.swedish().is_empty());
        }
        for n in Attainment::NAMES {
            let a = Attainment::parse(n).expect("known");
            assert_eq!(a.as_str(), n);
            assert!(!a.swedish().is_empty());
        }
        for n in EndReason::NAMES {
            let r = EndReason::parse(n).expect("known");
            assert_eq!(r.as_str(), n);
            assert!(!r.swedish().is_empty());
        }
        assert_eq!(Attainment::parse("not-met"), Some(Attainment::NotMet));
        assert_eq!(
            EndReason::parse("need-met-otherwise"),
            Some(EndReason::NeedMetOtherwise)
        );
        assert_eq!(Outcome::parse("End"), None);
        assert_eq!(Attainment::parse("partial"), None);
        assert_eq!(EndReason::parse(""), None);
        assert!(Outcome::Extend.makes_new_decision());
        assert!(!Outcome::Continue.makes_new_decision());
    }

    #[test]
    fn g1_follow_up_scheduled_before_end() {
        let s = settings();
        assert_eq!(s.follow_up_weeks_before_end, 6);
        // Six weeks before 2026-12-31.
        assert_eq!(
            follow_up_due(d("2026-01-01"), d("2026-12-31"), s),
            d("2026-11-19")
        );
        // A decision shorter than six weeks is due on its first day.
        assert_eq!(
            follow_up_due(d("2026-12-01"), d("2026-12-31"), s),
            d("2026-12-01")
        );
    }

    #[test]
    fn g1_only_a_follow_up_near_the_end_counts_as_the_one_before_it() {
        let s = settings();
        // Due 2026-11-19; counted from six weeks before that, 2026-10-08.
        let (from, to) = (d("2026-01-01"), d("2026-12-31"));
        assert!(!is_follow_up_before_end(d("2026-10-07"), from, to, s));
        assert!(is_follow_up_before_end(d("2026-10-08"), from, to, s));
        assert!(is_follow_up_before_end(d("2027-01-10"), from, to, s));
        // A short decision: any follow-up from its first day counts.
        let (from, to) = (d("2026-12-01"), d("2026-12-31"));
        assert!(is_follow_up_before_end(from, from, to, s));
    }

    #[test]
    fn g1_follow_up_due_window_and_overdue() {
        let s = settings();
        let sch = schedule("2026-01-01", "2026-12-31"); // due 2026-11-19
        assert!(due_items(&sch, s, d("2026-11-08"), 10).is_empty());
        let within = due_items(&sch, s, d("2026-11-09"), 10);
        assert_eq!(within.len(), 1);
        assert_eq!(
            (within[0].kind, within[0].due, within[0].state),
            (DueKind::FollowUpDue, d("2026-11-19"), DueState::DueWithin)
        );
        assert_eq!(
            due_items(&sch, s, d("2026-11-19"), 0)[0].state,
            DueState::DueWithin
        );
        assert_eq!(
            due_items(&sch, s, d("2026-11-20"), 0)[0].state,
            DueState::Overdue
        );
        let done = Schedule {
            followed_up: true,
            ..sch
        };
        assert!(due_items(&done, s, d("2026-11-20"), 30).is_empty());
    }

    #[test]
    fn due_state_boundaries() {
        let today = d("2026-11-23");
        assert_eq!(due_state(d("2026-11-22"), today, 30), DueState::Overdue);
        assert_eq!(due_state(today, today, 0), DueState::DueWithin);
        assert_eq!(due_state(d("2026-12-23"), today, 30), DueState::DueWithin);
        assert_eq!(due_state(d("2026-12-24"), today, 30), DueState::NotDue);
        assert_eq!(
            due_state(NaiveDate::MAX, NaiveDate::MAX, u32::MAX),
            DueState::DueWithin
        );
    }

    #[test]
    fn e9_lvu_reviews_every_six_months_to_the_last_day() {
        let s = settings();
        assert_eq!(s.lvu_review_months, 6);
        // The review falling on the decision's last day is included ...
        assert_eq!(
            lvu_reviews(d("2026-01-15"), d("2027-01-15"), s),
            vec![d("2026-07-15"), d("2027-01-15")]
        );
        // ... and the day before, not.
        assert_eq!(
            lvu_reviews(d("2026-01-15"), d("2027-01-14"), s),
            vec![d("2026-07-15")]
        );
        // From a month end, counted from the first day each time: no drift.
        assert_eq!(
            lvu_reviews(d("2026-08-31"), d("2027-08-31"), s),
            vec![d("2027-02-28"), d("2027-08-31")]
        );
        assert!(lvu_reviews(d("2026-01-15"), d("2026-07-14"), s).is_empty());
    }

    #[test]
    fn e9_next_lvu_review_counts_from_the_last_one() {
        let s = settings();
        assert_eq!(next_lvu_review(d("2026-01-15"), None, s), d("2026-07-15"));
        assert_eq!(
            next_lvu_review(d("2026-01-15"), Some(d("2026-06-01")), s),
            d("2026-12-01")
        );
        let sch = Schedule {
            lvu: true,
            followed_up: true,
            ..schedule("2026-01-15", "2027-01-14")
        };
        let items = due_items(&sch, s, d("2026-07-16"), 0);
        assert_eq!(
            (items[0].kind, items[0].due, items[0].state),
            (DueKind::LvuReview, d("2026-07-15"), DueState::Overdue)
        );
        assert_eq!(items[0].kind.rule(), Rule::E9);
        // A review after the decision's last day is not listed.
        let late = Schedule {
            last_lvu_review: Some(d("2026-08-01")),
            ..sch
        };
        assert!(due_items(&late, s, d("2027-02-01"), 30).is_empty());
    }

    #[test]
    fn e8_agreement_reviewed_yearly() {
        let s = settings();
        assert_eq!(agreement_review(d("2026-03-01"), None, s), d("2027-03-01"));
        assert_eq!(
            agreement_review(d("2026-03-01"), Some(d("2027-02-15")), s),
            d("2028-02-15")
        );
        // A leap day start falls on Feb 28 the next year.
        assert_eq!(agreement_review(d("2028-02-29"), None, s), d("2029-02-28"));
        let sch = Schedule {
            followed_up: true,
            agreement_start: Some(d("2025-11-01")),
            ..schedule("2026-01-01", "2026-12-31")
        };
        let items = due_items(&sch, s, d("2026-11-23"), 30);
        assert_eq!(
            (items[0].kind.as_str(), items[0].due, items[0].state),
            ("agreement_review", d("2026-11-01"), DueState::Overdue)
        );
        let reviewed = Schedule {
            last_agreement_review: Some(d("2026-11-01")),
            ..sch
        };
        assert!(due_items(&reviewed, s, d("2026-11-23"), 30).is_empty());
    }

    #[test]
    fn due_items_come_by_date() {
        let s = settings();
        let sch = Schedule {
            lvu: true,
            agreement_start: Some(d("2025-12-01")),
            ..schedule("2026-06-01", "2026-12-31")
        };
        let kinds: Vec<&str> = due_items(&sch, s, d("2026-11-23"), 30)
            .iter()
            .map(|i| i.kind.as_str())
            .collect();
        // LVU 12-01, agreement 12-01, follow-up 11-19: by due date.
        assert_eq!(kinds, ["follow_up_due", "lvu_review", "agreement_review"]);
    }

    #[test]
    fn e6_extend_and_change_need_a_later_end_date() {
        let to = d("2026-12-31");
        let today = d("2026-11-23");
        let r = check_follow_up(Outcome::Extend, None, None, to, today).expect_err("no --to");
        assert_eq!(r.rule, Rule::G1);
        let r = check_follow_up(Outcome::Extend, Some(to), None, to, today).expect_err("same");
        assert_eq!(r.rule, Rule::E6);
        assert!(check_follow_up(Outcome::Extend, Some(d("2027-01-01")), None, to, today).is_ok());
        // Change may shorten, but not into the past.
        assert!(check_follow_up(Outcome::Change, Some(d("2026-12-15")), None, to, today).is_ok());
        let r = check_follow_up(Outcome::Change, Some(d("2026-11-22")), None, to, today)
            .expect_err("past");
        assert_eq!(r.rule, Rule::G1);
        assert!(check_follow_up(Outcome::Change, Some(today), None, to, today).is_ok());
        assert!(check_follow_up(Outcome::Continue, None, None, to, today).is_ok());
    }

    #[test]
    fn e7_end_needs_a_reason() {
        let to = d("2026-12-31");
        let today = d("2026-11-23");
        let r = check_follow_up(Outcome::End, None, None, to, today).expect_err("no reason");
        assert_eq!(r.rule, Rule::E7);
        // As the flag takes it.
        assert!(r.message.contains("--end-reason need-met-otherwise"));
        assert!(
            check_follow_up(
                Outcome::End,
                None,
                Some(EndReason::NeedMetOtherwise),
                to,
                today
            )
            .is_ok()
        );
    }
}
