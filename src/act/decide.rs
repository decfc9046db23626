//! Deciding (beslut): a decision checked against every rule that concerns it (`domain::decision`)
//! and recorded. `decide` and a follow-up's extension or change (E6) both come here.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::act::due_process::{Process, check_process, cover_open_appeal, last_decision_day};
use crate::domain::case::{CaseStatus, InsatsType};
use crate::domain::decision::{
    Checked, ConsentBasis, Decision, DecisionFacts, Outcome, Purpose, Warning, check,
};
use crate::domain::due_process::{Against, against_change};
use crate::domain::rules::Rule;
use crate::domain::text::filled;
use crate::error::{Refusal, usage};
use crate::store::Tx;
use crate::store::cases::{CaseRow, get_case};
use crate::store::decision::{Recorded, latest_completed_assessment, record};
use crate::store::due_process::set_decision_process;
use crate::store::guideline::{ensure_active, load};
use crate::store::people::{self, get_person};

#[derive(Debug, Serialize)]
pub struct Decided {
    pub decision_id: i64,
    pub case_id: i64,
    pub outcome: Outcome,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub hours_per_month: Option<f64>,
    pub meetings_per_month: Option<u32>,
    pub goals: Vec<String>,
    pub purpose: Option<Purpose>,
    pub partial: bool,
    pub reason: Option<String>,
    pub deviation_reason: Option<String>,
    pub legal_basis: String,
    pub consent: Option<ConsentBasis>,
    pub decided_day: NaiveDate,
    pub decided_by: String,
    pub assessment_id: Option<i64>,
    pub guideline_id: i64,
    pub guideline: String,
    pub replaces: Option<i64>,
    pub status: CaseStatus,
    pub warnings: Vec<Warning>,
    pub journal_entry: i64,
}

/// What a decision says, before the rules have looked at it.
#[derive(Debug, Clone)]
pub struct DecisionInput {
    pub outcome: Outcome,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub hours_per_month: Option<f64>,
    pub meetings_per_month: Option<u32>,
    pub purpose: Option<Purpose>,
    pub goals: Vec<String>,
    pub reason: Option<String>,
    pub deviation_reason: Option<String>,
    pub override_reason: Option<String>,
    pub guardian_objects: bool,
    pub crime_recorded: bool,
    /// The motivering and the documented exception from kommunicering (F1, F2).
    pub process: Process,
    /// The appeal whose judgment this decision carries out (F7).
    pub judgment_of: Option<i64>,
}

/// How the decision stands to what was asked (F1, F2): a rejection, a partial grant, or a new
/// grant with fewer hours than the one in force go against the applicant.
fn against(conn: &crate::store::Db, case_id: i64, input: &DecisionInput) -> Result<Against> {
    if input.judgment_of.is_some() {
        return Ok(Against::No);
    }
    Ok(match input.outcome {
        Outcome::Reject => Against::Rejection,
        Outcome::Grant if input.reason.as_deref().is_some_and(filled) => Against::PartialGrant,
        Outcome::Grant => {
            let old = crate::store::decision::in_force(conn, case_id)?
                .filter(|d| d.is_grant())
                .and_then(|d| d.hours_per_month);
            against_change(old, input.hours_per_month)
        }
    })
}

/// A decision needs a case still open: an ended case takes a new application, and a
/// written-off or closed one (F9) must be reopened first.
fn check_open(case: &CaseRow) -> Result<()> {
    match case.status {
        CaseStatus::Ended => bail!(
            "case {} has ended: register a new application with `insats apply`",
            case.case_id
        ),
        CaseStatus::WrittenOff | CaseStatus::Closed => Err(anyhow::Error::new(
            Refusal::new(
                Rule::F9,
                format!(
                    "case {} is {}: nothing can be decided in it",
                    case.case_id,
                    case.status.as_str().replace('_', " ")
                ),
            )
            .hint(format!(
                "reopen it first: insats reopen {} --note TEXT",
                case.case_id
            )),
        )),
        _ => Ok(()),
    }
}

/// Checks a decision against every rule of docs/rules.md that concerns it and records it, inside
/// the caller's write: `decide` and a follow-up's extension or change (E6) both come here.
pub fn decide_in(
    tx: &Tx,
    case_id: i64,
    today: NaiveDate,
    input: DecisionInput,
) -> Result<(Decision, Checked, Recorded, String)> {
    let case = get_case(tx, case_id)?;
    check_open(&case)?;
    let insats = case.insats;
    if input.purpose == Some(Purpose::Economy) && insats != InsatsType::KontaktpersonSol {
        return Err(usage(
            "--purpose economy is for kontaktperson-sol only (rule A3)",
        ));
    }
    let person = get_person(tx, case.person_id)?;
    let identity = person.pnr()?;
    let consents = people::consents(tx, case.case_id)?;
    let guardians = people::guardians(tx, case.person_id)?;
    let name_of = |slot: u8| {
        guardians
            .iter()
            .find(|g| g.slot == slot)
            .and_then(|g| g.name.as_deref())
    };
    let outcome = input.outcome;
    let assessment = latest_completed_assessment(tx, case.case_id)?;
    let stored = match &assessment {
        Some(a) => load(tx, a.guideline_id)?,
        None => ensure_active(tx)?,
    };
    let g = &stored.guideline;
    let intervention = g.intervention(insats.as_str()).ok_or_else(|| {
        anyhow!(
            "guideline {} has no intervention {}: import a guideline that has it",
            g.label(),
            insats.as_str()
        )
    })?;
    if input.meetings_per_month.is_some() && !intervention.counts_meetings {
        return Err(usage(format!(
            "--meetings is for interventions whose guideline counts meetings; {} counts hours only",
            insats.as_str()
        )));
    }
    let facts = DecisionFacts {
        insats,
        outcome,
        decided: today,
        birth_date: identity.birth_date(),
        consents: &consents,
        guardians: person.guardians,
        guardian_names: [name_of(1), name_of(2)],
        court_ref: case.court_ref.as_deref(),
        guardian_objects: input.guardian_objects,
        crime_recorded: input.crime_recorded,
        override_reason: input.override_reason.as_deref(),
        deviation_reason: input.deviation_reason.as_deref(),
        from: input.from,
        to: input.to,
        meetings_per_month: input.meetings_per_month,
        purpose: input.purpose,
        goals: &input.goals,
        assessment: assessment.as_ref().map(|a| &a.facts),
        intervention,
        settings: &g.settings,
    };
    let checked = check(&facts)?;
    // F1, F2: a decision against the applicant was communicated and states its reasons.
    let against = against(tx, case_id, &input)?;
    let since = last_decision_day(tx, case_id)?;
    let mut process = input.process.clone();
    if against == Against::Rejection && process.motivation.is_none() {
        process.motivation = input.reason.clone();
    }
    check_process(tx, case_id, against, today, since, &process)?;
    // The law as in force on the day of the decision (R3).
    let legal_basis = g
        .reference(insats.as_str(), today)
        .ok_or_else(|| {
            anyhow!(
                "guideline {} has no legal reference for {} in force on {today}: import a guideline that has one (rule R3)",
                g.label(),
                insats.as_str()
            )
        })?
        .text
        .clone();
    let decision = Decision {
        case_id: case.case_id,
        insats,
        outcome,
        decided_day: today,
        from: input.from.filter(|_| outcome == Outcome::Grant),
        to: input.to,
        hours_per_month: input.hours_per_month,
        meetings_per_month: input.meetings_per_month,
        purpose: input.purpose,
        goals: input.goals.clone(),
        reason: input.reason.clone(),
        deviation_reason: input.deviation_reason.clone(),
        override_reason: input.override_reason.clone(),
        guardian_objects: input.guardian_objects,
        crime_recorded: input.crime_recorded,
        legal_basis,
        assessment_id: assessment.as_ref().map(|a| a.assessment_id),
        guideline_id: stored.id,
        consent: checked.consent,
    };
    let recorded = record(tx, &decision, &checked.warnings)?;
    set_decision_process(
        tx,
        recorded.decision_id,
        input.process.motivation.as_deref(),
        input.process.no_communication_reason.as_deref(),
        input.judgment_of,
    )?;
    // F5: an open appeal now covers the new decision.
    cover_open_appeal(tx, case_id, recorded.decision_id, against)?;
    Ok((decision, checked, recorded, g.label()))
}

/// `decide CASE ...`: the decision checked and recorded, as the command reports it.
pub fn decide(tx: &Tx, case_id: i64, today: NaiveDate, input: DecisionInput) -> Result<Decided> {
    let outcome = input.outcome;
    let (decision, checked, recorded, label) = decide_in(tx, case_id, today, input)?;
    let partial = decision.is_partial();
    Ok(Decided {
        decision_id: recorded.decision_id,
        case_id: decision.case_id,
        outcome,
        from: decision.from,
        to: decision.to,
        hours_per_month: decision.hours_per_month,
        meetings_per_month: decision.meetings_per_month,
        goals: decision.goals,
        purpose: decision.purpose,
        partial,
        reason: decision.reason,
        deviation_reason: decision.deviation_reason,
        legal_basis: decision.legal_basis,
        consent: decision.consent,
        decided_day: today,
        decided_by: tx.actor().user.clone(),
        assessment_id: decision.assessment_id,
        guideline_id: decision.guideline_id,
        guideline: label,
        replaces: recorded.replaces,
        status: recorded.status,
        warnings: checked.warnings,
        journal_entry: recorded.journal_entry,
    })
}
