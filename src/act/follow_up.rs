//! Following up (uppföljning): the caseworker follows up a grant (E6, E7), an LVU 22 § decision
//! is reconsidered (E9), the agreement with the assignee is reviewed (E8), and what is due or
//! overdue is listed (G1).
//!
//! The choices:
//! - A follow-up needs a granting decision in force (exit 1 without one: nothing to follow up).
//! - `continue` after the grant's last day is refused (G1): a grant is time-limited, and going
//!   on past its end needs a new decision (`--outcome extend --to DATE`).
//! - `end` ends the decision, the order and the agreement today, and the case with them
//!   (`act::end`); an assignee with no other assignment goes back to waiting (M6).
//! - A follow-up of an LVU 22 § decision is also its reconsideration (E9): the next one counts
//!   from it.
//! - `extend` and `change` make a new decision through the rules of `decide`, in
//!   `new_decision_from_follow_up` (see there).

use crate::act::due_process::{Process, check_process, last_decision_day};
use crate::domain::due_process::Against;
use crate::store::due_process::set_follow_up_process;
use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use serde::Serialize;

use crate::act::decide::{DecisionInput, decide_in};
use crate::act::end::{Ended, end_intervention};
use crate::domain::case::InsatsType;
use crate::domain::decision::Outcome as DecisionOutcome;
use crate::domain::followup::{
    Attainment, DueKind, DueState, EndReason, Outcome, Schedule, agreement_review, check_follow_up,
    due_items, due_state, next_lvu_review,
};
use crate::domain::rules::Rule;
use crate::domain::warning::Warning;
use crate::guideline::Settings;
use crate::store::carry::{Grant, active_agreement, grant_in_force};
use crate::store::cases::get_case;
use crate::store::followup::{
    NewFollowUp, ScheduleRow, each_schedule, insert_follow_up, review_agreement, schedules,
};
use crate::store::guideline::ensure_active;
use crate::store::journal::{EntryKind, append_dated};
use crate::store::{Db, Tx};

/// The window of `--due` when `--within` is not given, in days.
pub const DEFAULT_WITHIN_DAYS: u32 = 30;

/// A follow-up as asked for.
#[derive(Debug, Clone)]
pub struct Request {
    pub case_id: i64,
    pub outcome: Outcome,
    pub attainment: Option<Attainment>,
    pub end_reason: Option<EndReason>,
    pub note: String,
    pub to: Option<NaiveDate>,
    pub hours: Option<f64>,
    /// The motivering and the exception from kommunicering (F1, F2).
    pub process: Process,
}

#[derive(Debug, Serialize)]
pub struct FollowedUp {
    pub follow_up_id: i64,
    pub case_id: i64,
    pub decision_id: i64,
    pub day: NaiveDate,
    pub outcome: Outcome,
    pub attainment: Option<Attainment>,
    pub end_reason: Option<EndReason>,
    /// The decision that replaces the one followed up (extend, change).
    pub new_decision_id: Option<i64>,
    /// What `end` ended besides the decision.
    pub ended_order_id: Option<i64>,
    pub ended_agreement_id: Option<i64>,
    pub assignee_back_to_waiting: Option<i64>,
    /// For an LVU 22 § decision: the next reconsideration, counted from this one (E9).
    pub next_lvu_review: Option<NaiveDate>,
    pub journal_entry: i64,
    /// The new decision's warnings (extend, change), for stderr after the write.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
}

/// Follows up the case's grant in force on `today` (the command's today; the demo's history
/// passes earlier days): checks, the outcome's effect, the follow-up row and its journal entry.
pub fn follow_up(tx: &Tx, req: &Request, today: NaiveDate) -> Result<FollowedUp> {
    let case = get_case(tx, req.case_id)?;
    let case_id = case.case_id;
    let grant = grant_in_force(tx, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no granting decision in force to follow up (`insats show {case_id}` shows its decisions)"
        )
    })?;
    check_follow_up(req.outcome, req.to, req.end_reason, grant.to, today)
        .map_err(anyhow::Error::new)?;
    let g = ensure_active(tx)?.guideline;
    let lvu = case.insats == InsatsType::KvalificeradLvu;

    let mut ended = Ended::default();
    let mut new_decision_id = None;
    let mut warnings = Vec::new();
    match req.outcome {
        Outcome::Continue => {}
        Outcome::Extend | Outcome::Change => {
            let to = req
                .to
                .ok_or_else(|| anyhow!("the new decision needs --to DATE"))?;
            let (id, warned) = new_decision_from_follow_up(
                tx,
                &FollowUpDecision {
                    case_id,
                    day: today,
                    replaces: &grant,
                    outcome: req.outcome,
                    to,
                    hours_per_month: req.hours,
                    note: &req.note,
                    process: req.process.clone(),
                },
            )?;
            new_decision_id = Some(id);
            warnings = warned;
        }
        Outcome::End => {
            // F1, F2: an ending the individual did not ask for goes against them.
            let asked = matches!(
                req.end_reason,
                Some(EndReason::DoesNotWant) | Some(EndReason::Died)
            );
            let against = if asked { Against::No } else { Against::Ending };
            let since = last_decision_day(tx, case_id)?;
            check_process(tx, case_id, against, today, since, &req.process)?;
            ended = end_intervention(tx, case_id, grant.decision_id, today)?;
        }
    }

    let follow_up_id = insert_follow_up(
        tx,
        &NewFollowUp {
            case_id,
            decision_id: grant.decision_id,
            day: today,
            outcome: req.outcome,
            attainment: req.attainment,
            end_reason: req.end_reason,
            note: req.note.clone(),
            new_decision_id,
        },
    )?;
    set_follow_up_process(
        tx,
        follow_up_id,
        req.process.motivation.as_deref(),
        req.process.no_communication_reason.as_deref(),
    )?;
    let next_lvu = (lvu && req.outcome == Outcome::Continue)
        .then(|| next_lvu_review(grant.from, Some(today), &g.settings))
        .filter(|d| *d <= grant.to);
    let journal_entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &journal_text(req, &grant, new_decision_id, lvu, today),
        today,
    )?;
    Ok(FollowedUp {
        follow_up_id,
        case_id,
        decision_id: grant.decision_id,
        day: today,
        outcome: req.outcome,
        attainment: req.attainment,
        end_reason: req.end_reason,
        new_decision_id,
        ended_order_id: ended.order_id,
        ended_agreement_id: ended.agreement_id,
        assignee_back_to_waiting: ended.assignee_back_to_waiting,
        next_lvu_review: next_lvu,
        journal_entry,
        warnings,
    })
}

/// What a follow-up's new decision rests on (E6): the decision it replaces and the new terms.
#[derive(Debug, Clone)]
pub struct FollowUpDecision<'a> {
    pub case_id: i64,
    /// The follow-up's day: the new decision's day (the command's today; the demo's history
    /// passes earlier days).
    pub day: NaiveDate,
    /// The grant in force, which the new decision replaces.
    pub replaces: &'a Grant,
    /// `Extend` (a later end date) or `Change` (new terms, an end date not in the past).
    pub outcome: Outcome,
    /// The new decision's last day (already checked by `check_follow_up`: G1, E6).
    pub to: NaiveDate,
    /// Hours a month of the new decision; `None` keeps those of the one replaced.
    pub hours_per_month: Option<f64>,
    /// The follow-up's note, the reason for the new decision.
    pub note: &'a str,
    /// The motivering and the exception from kommunicering, for fewer hours (F1, F2).
    pub process: Process,
}

/// `follow-up --outcome extend|change` (E6): a new time-limited decision through the same rules
/// as `insats decide` (G1, G6, C1, K1-K6, A3, G2, ...), replacing the one in force; the open
/// order moves onto it. The caller records the follow-up in the same transaction. Returns the
/// new decision's id and the rules' warnings, for the caller to show after the write.
pub fn new_decision_from_follow_up(tx: &Tx, d: &FollowUpDecision) -> Result<(i64, Vec<Warning>)> {
    let today = d.day;
    let old = crate::store::decision::get(tx, d.replaces.decision_id)?;
    // The new decision takes effect on the follow-up day (or the old start, if that is later)
    // and keeps the old one's terms unless the follow-up changes them: goals, meetings,
    // purpose, and the documented reasons the old decision needed (G2, K1/K2).
    let input = DecisionInput {
        outcome: DecisionOutcome::Grant,
        from: Some(new_decision_start(d.outcome, d.replaces, today)),
        to: Some(d.to),
        hours_per_month: Some(d.hours_per_month.unwrap_or(d.replaces.hours_per_month)),
        meetings_per_month: old.meetings_per_month.and_then(|m| u32::try_from(m).ok()),
        purpose: old.purpose,
        goals: old.goals.clone(),
        reason: None,
        deviation_reason: old.deviation_reason.clone(),
        override_reason: old.override_reason.clone(),
        guardian_objects: old.guardian_objects,
        crime_recorded: old.crime_recorded,
        process: d.process.clone(),
        judgment_of: None,
    };
    let (decision, checked, recorded, _) = decide_in(tx, d.case_id, today, input)?;
    let warnings = checked.warnings.clone();
    // The provider goes on carrying out the same order, now resting on the new decision (G3).
    crate::store::order::move_onto(
        tx,
        d.case_id,
        recorded.decision_id,
        decision.hours_per_month,
    )?;
    Ok((recorded.decision_id, warnings))
}

/// G7: never back-dated. An extension starts the day after the decision it extends ends, or on
/// the day it is made if that is later; a change takes over from the day it is made (or the old
/// decision's start, if that is later). The days between run on the old decision's level.
pub fn new_decision_start(outcome: Outcome, replaces: &Grant, today: NaiveDate) -> NaiveDate {
    match outcome {
        Outcome::Extend => replaces.to.succ_opt().unwrap_or(replaces.to).max(today),
        _ => today.max(replaces.from),
    }
}

/// The follow-up's journal entry, in Swedish.
fn journal_text(
    req: &Request,
    grant: &Grant,
    new_decision: Option<i64>,
    lvu: bool,
    today: NaiveDate,
) -> String {
    let mut t = format!(
        "Uppföljning av beslut #{}: {}",
        grant.decision_id,
        req.outcome.swedish()
    );
    match req.outcome {
        Outcome::End => {
            t.push_str(&format!(" {today}"));
            if let Some(r) = req.end_reason {
                t.push_str(&format!(": {}", r.swedish()));
            }
            t.push_str(" (E7). Beslut, beställning och överenskommelse avslutade.");
        }
        Outcome::Extend | Outcome::Change => {
            if let Some(to) = req.to {
                t.push_str(&format!(" till och med {to}"));
            }
            if let Some(n) = new_decision {
                t.push_str(&format!("; nytt beslut #{n} ersätter det"));
            }
            t.push_str(" (E6).");
        }
        Outcome::Continue => t.push('.'),
    }
    if let Some(a) = req.attainment {
        t.push_str(&format!(" Målen: {}.", a.swedish()));
    }
    if lvu {
        t.push_str(" Omprövning av LVU-beslutet (E9).");
    }
    t.push(' ');
    t.push_str(&req.note);
    t
}

#[derive(Debug, Serialize)]
pub struct AgreementReviewed {
    pub case_id: i64,
    pub agreement_id: i64,
    pub reviewed: NaiveDate,
    pub next_review: NaiveDate,
    pub journal_entry: i64,
}

/// Records the review of the case's active agreement held on `on` (E8) and its journal entry.
pub fn record_agreement_review(
    tx: &Tx,
    case_id: i64,
    note: &str,
    on: NaiveDate,
) -> Result<AgreementReviewed> {
    let a = active_agreement(tx, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no active agreement with an assignee to review (`insats match start` makes one)"
        )
    })?;
    let g = ensure_active(tx)?.guideline;
    let next = agreement_review(a.start, Some(on), &g.settings);
    review_agreement(tx, case_id, a.agreement_id, on, next)?;
    let journal_entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Uppföljning av överenskommelsen med uppdragstagaren (E8). Nästa uppföljning senast {next}. {}",
            note.trim()
        ),
        on,
    )?;
    Ok(AgreementReviewed {
        case_id,
        agreement_id: a.agreement_id,
        reviewed: on,
        next_review: next,
        journal_entry,
    })
}

/// One scheduled item of a case: a follow-up, an LVU review or an agreement review.
#[derive(Debug, Clone, Serialize)]
pub struct DueView {
    pub kind: &'static str,
    pub case_id: i64,
    pub rule: Rule,
    pub due: NaiveDate,
    pub state: DueState,
    pub message: String,
}

impl DueView {
    pub fn new(
        row: &ScheduleRow,
        s: &Schedule,
        kind: DueKind,
        due: NaiveDate,
        state: DueState,
    ) -> DueView {
        let message = match kind {
            DueKind::FollowUpDue => format!(
                "uppföljning av beslut #{} före dess slut {}: fortsätta, ändra, förlänga eller avsluta",
                row.decision_id, s.decision_to
            ),
            DueKind::LvuReview => match s.last_lvu_review {
                Some(d) => format!(
                    "omprövning av LVU-beslut #{} (senast omprövat {d})",
                    row.decision_id
                ),
                None => format!(
                    "omprövning av LVU-beslut #{} (beslutet fattades {})",
                    row.decision_id, s.decided
                ),
            },
            DueKind::CheckIn => format!(
                "avstämning med uppdragstagaren i uppdrag #{} (P4)",
                row.agreement_id.unwrap_or_default()
            ),
            DueKind::AgreementReview => {
                let since = match (s.last_agreement_review, s.agreement_start) {
                    (Some(d), _) => format!("senast uppföljd {d}"),
                    (None, Some(d)) => format!("uppdraget började {d}"),
                    (None, None) => String::new(),
                };
                format!(
                    "årlig uppföljning av uppdrag #{} med uppdragstagaren ({since})",
                    row.agreement_id.unwrap_or_default()
                )
            }
        };
        DueView {
            kind: kind.as_str(),
            case_id: row.case_id,
            rule: kind.rule(),
            due,
            state,
            message,
        }
    }
}

/// Everything scheduled for one case, due or not, by date; for `show`. The state counts with
/// the default window of `--due`.
pub fn case_due(
    conn: &Db,
    case_id: i64,
    settings: &Settings,
    today: NaiveDate,
) -> Result<Vec<DueView>> {
    let mut out = Vec::new();
    for row in schedules(conn, Some(case_id))? {
        let s = row.schedule(settings);
        for item in due_items(&s, settings, today, u32::MAX) {
            let state = due_state(item.due, today, DEFAULT_WITHIN_DAYS);
            out.push(DueView::new(&row, &s, item.kind, item.due, state));
        }
    }
    out.extend(crate::act::plan::case_check_in_due(
        conn, case_id, settings, today,
    )?);
    out.sort_by_key(|v| v.due);
    Ok(out)
}

/// What is due within `within` days, or overdue, across every grant in force, handed to `f`
/// in no particular order (`follow-up --due` sorts it by due date within its memory budget).
pub fn each_due(
    conn: &Db,
    settings: &Settings,
    today: NaiveDate,
    within: u32,
    f: &mut dyn FnMut(DueView) -> Result<()>,
) -> Result<()> {
    each_schedule(conn, None, &mut |row| {
        let s = row.schedule(settings);
        for item in due_items(&s, settings, today, within) {
            f(DueView::new(&row, &s, item.kind, item.due, item.state))?;
        }
        Ok(())
    })?;
    crate::act::plan::each_check_in_due(conn, settings, today, within, f)
}
