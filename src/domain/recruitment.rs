//! Recruiting assignees (uppdragstagare: contact persons and companions), rule M6 (seed 003):
//! interest, interview, consent to register checks, the checks, approval, waiting, offer. A
//! declined offer puts the assignee back in the queue; an accepted one leads to an assignment.
//! Also the yearly follow-up of the agreement (E8).

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::dates::add_months;

/// Where an assignee stands. Each move is dated by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Has registered interest (intresseanmälan).
    Interest,
    /// Has been interviewed.
    Interview,
    /// Has signed the consent to register checks (medgivande).
    Consent,
    /// The social services register and the criminal-records register have been checked.
    Checked,
    /// Approved as a future assignee (godkänd).
    Approved,
    /// Not approved; only ending the record remains.
    NotApproved,
    /// In the queue for an assignment.
    Waiting,
    /// Has an offer open; accepts (assigned) or declines (back to waiting).
    Offered,
    /// Holds at least one assignment.
    Assigned,
    /// Not available for a while (a paused assignment or a break from the queue).
    Paused,
    /// No longer an assignee.
    Ended,
}

impl Stage {
    pub const ALL: [Stage; 11] = [
        Stage::Interest,
        Stage::Interview,
        Stage::Consent,
        Stage::Checked,
        Stage::Approved,
        Stage::NotApproved,
        Stage::Waiting,
        Stage::Offered,
        Stage::Assigned,
        Stage::Paused,
        Stage::Ended,
    ];
    pub const NAMES: [&'static str; 11] = [
        "interest",
        "interview",
        "consent",
        "checked",
        "approved",
        "not_approved",
        "waiting",
        "offered",
        "assigned",
        "paused",
        "ended",
    ];

    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// Exactly one of [`Stage::NAMES`]; anything else is `None`.
    pub fn parse(s: &str) -> Option<Stage> {
        Self::NAMES
            .iter()
            .position(|n| *n == s)
            .map(|i| Self::ALL[i])
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the pipeline of M6 allows moving from `from` to `to`. Staying put is not a move.
///
/// - Recruitment goes one step at a time: interest, interview, consent, checked, approved.
/// - Not approved can be decided after the interview, the consent or the checks (an individual
///   assessment, seed 003); approval needs the checks done.
/// - Approved goes to waiting, or straight to an offer (the wait may be short).
/// - Offered: accepted leads to assigned, declined goes back to waiting (seed 003).
/// - Assigned: paused, waiting (the assignment ended, still available) or ended.
/// - Waiting may pause (a break from the queue); paused goes back to waiting, resumes the
///   assignment (assigned) or ends.
/// - Not approved is terminal except for ending; anything else may end; ended is final.
pub fn can_move(from: Stage, to: Stage) -> bool {
    use Stage::*;
    if from == to || from == Ended {
        return false;
    }
    if to == Ended {
        return true;
    }
    matches!(
        (from, to),
        (Interest, Interview)
            | (Interview, Consent)
            | (Consent, Checked)
            | (Checked, Approved)
            | (Interview | Consent | Checked, NotApproved)
            | (Approved, Waiting | Offered)
            | (Waiting, Offered | Paused)
            | (Offered, Assigned | Waiting)
            | (Assigned, Paused | Waiting)
            | (Paused, Waiting | Assigned)
    )
}

/// Whether an assignee at this stage may be offered an assignment (M6): approved, waiting, or
/// assigned. Assigned counts because one assignee may hold several assignments up to a
/// capacity; the capacity itself is checked by [`has_room`] (matching does both). Someone with
/// an offer open is not offered a second one at the same time.
pub fn may_be_offered(stage: Stage) -> bool {
    matches!(stage, Stage::Approved | Stage::Waiting | Stage::Assigned)
}

/// Whether an assignee holding `active` assignments can take one more.
pub fn has_room(capacity: u32, active: u32) -> bool {
    active < capacity
}

/// What happens to an offer (erbjudande).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferEvent {
    Offer,
    Accept,
    Decline,
}

/// The assignee's stage after an offer event, or `None` when the event does not fit the stage.
/// An assignee who already holds an assignment stays assigned through a further offer, whether
/// it is accepted or declined; otherwise: offer → offered, accept → assigned, decline → waiting
/// (back in the queue, M6).
pub fn after_offer_event(stage: Stage, event: OfferEvent) -> Option<Stage> {
    use OfferEvent::*;
    match (stage, event) {
        (Stage::Approved | Stage::Waiting, Offer) => Some(Stage::Offered),
        (Stage::Offered, Accept) => Some(Stage::Assigned),
        (Stage::Offered, Decline) => Some(Stage::Waiting),
        (Stage::Assigned, _) => Some(Stage::Assigned),
        _ => None,
    }
}

/// The dates of the checks that approval rests on (M6, seed 003).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checks {
    /// The consent to register checks was signed (medgivande).
    pub consent: Option<NaiveDate>,
    /// Date of the extract from the criminal-records register (belastningsregistret).
    pub record_extract: Option<NaiveDate>,
    /// Date of the check in the social services register of the home municipality.
    pub social_register: Option<NaiveDate>,
}

/// One of the checks of [`Checks`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    Consent,
    RecordExtract,
    SocialRegister,
}

impl Check {
    /// What the check is, in English, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Check::Consent => "the consent to register checks",
            Check::RecordExtract => "the criminal-records extract",
            Check::SocialRegister => "the social services register check",
        }
    }
}

/// Why the checks do not yet support approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckProblem {
    /// The check has no date.
    Missing(Check),
    /// A register check dated before the consent that allows it.
    BeforeConsent(Check),
    /// A check dated after the approval.
    AfterApproval(Check),
}

impl std::fmt::Display for CheckProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckProblem::Missing(c) => write!(f, "{} has no date (M6)", c.describe()),
            CheckProblem::BeforeConsent(c) => {
                write!(f, "{} is dated before the consent (M6)", c.describe())
            }
            CheckProblem::AfterApproval(c) => {
                write!(f, "{} is dated after the approval (M6)", c.describe())
            }
        }
    }
}

/// The checks that have no date, in the order of recruitment.
pub fn missing_checks(checks: &Checks) -> Vec<Check> {
    [
        (Check::Consent, checks.consent),
        (Check::RecordExtract, checks.record_extract),
        (Check::SocialRegister, checks.social_register),
    ]
    .into_iter()
    .filter(|(_, date)| date.is_none())
    .map(|(c, _)| c)
    .collect()
}

/// Everything that stands in the way of approving on `approved_on`: missing checks, register
/// checks made before the consent, checks dated after the approval. Empty means approval may
/// be recorded.
pub fn approval_problems(checks: &Checks, approved_on: NaiveDate) -> Vec<CheckProblem> {
    let mut problems: Vec<CheckProblem> = missing_checks(checks)
        .into_iter()
        .map(CheckProblem::Missing)
        .collect();
    let registers = [
        (Check::RecordExtract, checks.record_extract),
        (Check::SocialRegister, checks.social_register),
    ];
    if let Some(consent) = checks.consent {
        for (check, date) in registers {
            if date.is_some_and(|d| d < consent) {
                problems.push(CheckProblem::BeforeConsent(check));
            }
        }
    }
    let all = [(Check::Consent, checks.consent)]
        .into_iter()
        .chain(registers);
    for (check, date) in all {
        if date.is_some_and(|d| d > approved_on) {
            problems.push(CheckProblem::AfterApproval(check));
        }
    }
    problems
}

/// When the agreement signed (or last followed up) on `last` is next followed up (E8; the
/// interval is the guideline's `agreement_review_months`).
pub fn next_agreement_follow_up(last: NaiveDate, review_months: u32) -> NaiveDate {
    add_months(last, review_months)
}

pub mod steps;

/// M6: the stage an offer moves the assignee to, or the refusal when their stage takes no offer.
pub fn offer_stage(assignee_id: i64, stage: Stage) -> Result<Stage, crate::error::Refusal> {
    after_offer_event(stage, OfferEvent::Offer).ok_or_else(|| {
        crate::error::Refusal::new(
            crate::domain::rules::Rule::M6,
            format!("assignee {assignee_id} at {stage} cannot be offered"),
        )
    })
}

/// M6: the pipeline's steps follow each other in time: a step dated before the latest is refused.
pub fn check_step_day(
    assignee_id: i64,
    to: Stage,
    day: NaiveDate,
    last: Option<NaiveDate>,
) -> Result<(), crate::error::Refusal> {
    match last {
        Some(last) if day < last => Err(crate::error::Refusal::new(
            crate::domain::rules::Rule::M6,
            format!(
                "the {to} step on {day} is dated before assignee {assignee_id}'s last step \
                 ({last}): the pipeline's steps follow each other in time"
            ),
        )),
        _ => Ok(()),
    }
}

/// M6: a move the pipeline does not make is refused, naming the next moves it does.
pub fn check_move(assignee_id: i64, from: Stage, to: Stage) -> Result<(), crate::error::Refusal> {
    if can_move(from, to) {
        return Ok(());
    }
    let next: Vec<&str> = Stage::ALL
        .iter()
        .filter(|s| can_move(from, **s))
        .map(|s| s.as_str())
        .collect();
    let next = if next.is_empty() {
        "none".to_owned()
    } else {
        next.join(", ")
    };
    Err(crate::error::Refusal::new(
        crate::domain::rules::Rule::M6,
        format!(
            "assignee {assignee_id} is at {from} and cannot move to {to}: recruitment goes \
             interest, interview, consent, checked, approved, waiting, offered (next possible: \
             {next})"
        ),
    ))
}

/// M6: a register is checked only with the assignee's consent, so never before it.
pub fn check_after_consent(
    flag: &str,
    checked: NaiveDate,
    consent: Option<NaiveDate>,
) -> Result<(), crate::error::Refusal> {
    if consent.is_some_and(|c| checked < c) {
        return Err(crate::error::Refusal::new(
            crate::domain::rules::Rule::M6,
            format!(
                "{flag} {checked} is before the consent to register checks: a register is \
                 checked only with the assignee's consent"
            ),
        ));
    }
    Ok(())
}

/// M6: approval needs the consent and both register checks, none dated after it.
pub fn check_approval(
    assignee_id: i64,
    checks: &Checks,
    day: NaiveDate,
) -> Result<(), crate::error::Refusal> {
    let problems = approval_problems(checks, day);
    if problems.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    Err(crate::error::Refusal::new(
        crate::domain::rules::Rule::M6,
        format!(
            "assignee {assignee_id} cannot be approved yet: {}",
            lines.join("; ")
        ),
    ))
}

/// M6: the steps given at registration, with the earlier ones implied; dates that do not hold
/// are refused, every problem named.
pub fn check_steps(
    given: &steps::Given,
    today: NaiveDate,
) -> Result<steps::Filled, crate::error::Refusal> {
    steps::fill(given, today).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        crate::error::Refusal::new(
            crate::domain::rules::Rule::M6,
            format!(
                "the recruitment dates do not hold: {}; give the dates of each step with \
                 --consent, --record-checked, --register-checked",
                lines.join("; ")
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stage::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse(s).expect("test date")
    }

    #[test]
    fn m6_stage_names_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.as_str()), Some(stage));
            assert_eq!(stage.to_string(), stage.as_str());
            let json = serde_json::to_string(&stage).expect("serializes");
            assert_eq!(json, format!("\"{}\"", stage.as_str()));
        }
        for bad in [
            "",
            "Approved",
            " waiting",
            "not-approved",
            "notapproved",
            "ended ",
        ] {
            assert_eq!(Stage::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn m6_recruitment_moves_forward_one_step_at_a_time() {
        let path = [Interest, Interview, Consent, Checked, Approved, Waiting];
        for pair in path.windows(2) {
            assert!(can_move(pair[0], pair[1]), "{:?} -> {:?}", pair[0], pair[1]);
            assert!(
                !can_move(pair[1], pair[0]),
                "{:?} -> {:?}",
                pair[1],
                pair[0]
            );
        }
        // No step skipped: approval needs consent and checks.
        assert!(!can_move(Interest, Approved));
        assert!(!can_move(Interview, Approved));
        assert!(!can_move(Consent, Approved));
        assert!(!can_move(Interest, Consent));
        assert!(!can_move(Interview, Checked));
    }

    #[test]
    fn m6_not_approved_after_assessment_and_terminal_except_ended() {
        for from in [Interview, Consent, Checked] {
            assert!(can_move(from, NotApproved), "{from:?}");
        }
        for from in [
            Interest, Approved, Waiting, Offered, Assigned, Paused, Ended,
        ] {
            assert!(!can_move(from, NotApproved), "{from:?}");
        }
        for to in Stage::ALL {
            assert_eq!(can_move(NotApproved, to), to == Ended, "{to:?}");
        }
    }

    #[test]
    fn m6_waiting_offered_assigned() {
        assert!(can_move(Approved, Waiting));
        assert!(can_move(Approved, Offered));
        assert!(can_move(Waiting, Offered));
        assert!(can_move(Offered, Assigned));
        assert!(can_move(Offered, Waiting));
        assert!(!can_move(Waiting, Assigned), "an assignment needs an offer");
        assert!(!can_move(Approved, Assigned));
        assert!(
            !can_move(Checked, Offered),
            "only approved assignees are offered"
        );
        assert!(!can_move(Consent, Waiting));
    }

    #[test]
    fn m6_assigned_pauses_returns_to_queue_or_ends() {
        assert!(can_move(Assigned, Paused));
        assert!(can_move(Assigned, Waiting));
        assert!(can_move(Assigned, Ended));
        assert!(!can_move(Assigned, Offered));
        assert!(can_move(Paused, Waiting));
        assert!(can_move(Paused, Assigned));
        assert!(can_move(Paused, Ended));
        assert!(!can_move(Paused, Offered));
        assert!(can_move(Waiting, Paused));
        assert!(!can_move(Checked, Paused));
    }

    #[test]
    fn m6_anything_may_end_and_ended_is_final() {
        for from in Stage::ALL {
            assert_eq!(can_move(from, Ended), from != Ended, "{from:?}");
            assert!(!can_move(Ended, from), "{from:?}");
            assert!(!can_move(from, from), "{from:?} to itself");
        }
    }

    #[test]
    fn m6_only_approved_waiting_or_assigned_may_be_offered() {
        for stage in Stage::ALL {
            let expected = matches!(stage, Approved | Waiting | Assigned);
            assert_eq!(may_be_offered(stage), expected, "{stage:?}");
        }
        assert!(has_room(2, 1));
        assert!(!has_room(2, 2));
        assert!(!has_room(0, 0));
    }

    #[test]
    fn m6_declined_offer_goes_back_to_waiting() {
        assert_eq!(after_offer_event(Waiting, OfferEvent::Offer), Some(Offered));
        assert_eq!(
            after_offer_event(Approved, OfferEvent::Offer),
            Some(Offered)
        );
        assert_eq!(
            after_offer_event(Offered, OfferEvent::Decline),
            Some(Waiting)
        );
        assert_eq!(
            after_offer_event(Offered, OfferEvent::Accept),
            Some(Assigned)
        );
        // Every result is a move the pipeline allows.
        for (from, event) in [
            (Waiting, OfferEvent::Offer),
            (Approved, OfferEvent::Offer),
            (Offered, OfferEvent::Decline),
            (Offered, OfferEvent::Accept),
        ] {
            let to = after_offer_event(from, event).expect("fits");
            assert!(can_move(from, to), "{from:?} {event:?}");
        }
    }

    #[test]
    fn m6_assigned_stays_assigned_through_a_further_offer() {
        for event in [OfferEvent::Offer, OfferEvent::Accept, OfferEvent::Decline] {
            assert_eq!(after_offer_event(Assigned, event), Some(Assigned));
        }
    }

    #[test]
    fn m6_offer_events_that_do_not_fit_are_refused() {
        for stage in [
            Interest,
            Interview,
            Consent,
            Checked,
            NotApproved,
            Paused,
            Ended,
        ] {
            for event in [OfferEvent::Offer, OfferEvent::Accept, OfferEvent::Decline] {
                assert_eq!(after_offer_event(stage, event), None, "{stage:?} {event:?}");
            }
        }
        assert_eq!(after_offer_event(Offered, OfferEvent::Offer), None);
        assert_eq!(after_offer_event(Waiting, OfferEvent::Accept), None);
        assert_eq!(after_offer_event(Waiting, OfferEvent::Decline), None);
    }

    fn all_checks() -> Checks {
        Checks {
            consent: Some(d("2026-03-01")),
            record_extract: Some(d("2026-03-10")),
            social_register: Some(d("2026-03-12")),
        }
    }

    #[test]
    fn m6_approval_with_every_check_done() {
        assert!(missing_checks(&all_checks()).is_empty());
        assert!(approval_problems(&all_checks(), d("2026-03-12")).is_empty());
        // Checks on the day of the consent are allowed.
        let same_day = Checks {
            record_extract: Some(d("2026-03-01")),
            social_register: Some(d("2026-03-01")),
            ..all_checks()
        };
        assert!(approval_problems(&same_day, d("2026-03-01")).is_empty());
    }

    #[test]
    fn m6_approval_lists_every_missing_check() {
        assert_eq!(
            missing_checks(&Checks::default()),
            [Check::Consent, Check::RecordExtract, Check::SocialRegister]
        );
        let no_extract = Checks {
            record_extract: None,
            ..all_checks()
        };
        assert_eq!(missing_checks(&no_extract), [Check::RecordExtract]);
        assert_eq!(
            approval_problems(&no_extract, d("2026-04-01")),
            [CheckProblem::Missing(Check::RecordExtract)]
        );
        let no_social = Checks {
            social_register: None,
            ..all_checks()
        };
        assert_eq!(missing_checks(&no_social), [Check::SocialRegister]);
        let no_consent = Checks {
            consent: None,
            ..all_checks()
        };
        assert_eq!(missing_checks(&no_consent), [Check::Consent]);
    }

    #[test]
    fn m6_register_checks_need_the_consent_first() {
        let early = Checks {
            consent: Some(d("2026-03-11")),
            ..all_checks()
        };
        assert_eq!(
            approval_problems(&early, d("2026-04-01")),
            [CheckProblem::BeforeConsent(Check::RecordExtract)]
        );
    }

    #[test]
    fn m6_checks_dated_after_the_approval_are_refused() {
        assert_eq!(
            approval_problems(&all_checks(), d("2026-03-11")),
            [CheckProblem::AfterApproval(Check::SocialRegister)]
        );
        assert_eq!(approval_problems(&all_checks(), d("2026-02-28")).len(), 3);
    }

    #[test]
    fn m6_check_problems_read_as_one_english_line() {
        let msg = CheckProblem::Missing(Check::RecordExtract).to_string();
        assert_eq!(msg, "the criminal-records extract has no date (M6)");
        let msg = CheckProblem::BeforeConsent(Check::SocialRegister).to_string();
        assert_eq!(
            msg,
            "the social services register check is dated before the consent (M6)"
        );
        let msg = CheckProblem::AfterApproval(Check::Consent).to_string();
        assert!(msg.ends_with("after the approval (M6)") && !msg.contains('\n'));
    }

    #[test]
    fn e8_agreement_followed_up_yearly() {
        assert_eq!(
            next_agreement_follow_up(d("2026-01-15"), 12),
            d("2027-01-15")
        );
        assert_eq!(
            next_agreement_follow_up(d("2028-02-29"), 12),
            d("2029-02-28")
        );
        let months = crate::guideline::Guideline::builtin()
            .settings
            .agreement_review_months;
        assert_eq!(
            next_agreement_follow_up(d("2026-11-23"), months),
            d("2027-11-23")
        );
    }
}
