//! Decisions (beslut): the one in force per case, the history, and the completed assessment a
//! decision rests on.

use super::Db;
use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::cases::{advance, day_at, day_opt, json_list, parsed, parsed_opt};
use super::journal::{EntryKind, append_dated};
use super::{Tx, now};
use crate::domain::case::{CaseEvent, CaseStatus};
use crate::domain::decision::{
    AssessmentFacts, ChildView, Decision, DecisionStatus, Outcome, Purpose, Warning,
};

/// One reason of an assessment's recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub rule: String,
    pub text: String,
}

/// The latest completed assessment of a case, as a decision needs it.
#[derive(Debug, Clone)]
pub struct AssessmentRow {
    pub assessment_id: i64,
    pub guideline_id: i64,
    pub completed_day: Option<String>,
    pub facts: AssessmentFacts,
    pub reasons: Vec<Reason>,
}

/// The latest completed assessment of the case, if any. (Filled by `insats assess`.)
pub fn latest_completed_assessment(conn: &Db, case_id: i64) -> Result<Option<AssessmentRow>> {
    let row = conn
        .prepare_cached(
            "SELECT id, guideline_id, completed_day, recommendation, reasons, child_heard,
                    child_own_words, child_how, child_maturity, child_not_heard_reason
             FROM assessment WHERE case_id = ?1 AND status = 'completed'
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row([case_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                ChildView {
                    heard: r.get(5)?,
                    own_words: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                    how: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                    maturity: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                    not_heard_reason: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
                },
            ))
        })
        .optional()?;
    let Some((id, guideline_id, completed_day, rec, reasons, child)) = row else {
        return Ok(None);
    };
    let recommendation = rec.as_deref().and_then(Outcome::parse).ok_or_else(|| {
        anyhow!("assessment {id} is completed but has no recommendation: redo the assessment")
    })?;
    let reasons: Vec<Reason> = serde_json::from_str(&reasons)
        .with_context(|| format!("the reasons of assessment {id} do not read"))?;
    Ok(Some(AssessmentRow {
        assessment_id: id,
        guideline_id,
        completed_day,
        facts: AssessmentFacts {
            recommendation,
            child,
        },
        reasons,
    }))
}

/// An assessment's recommendation and reasons (for the letter), by assessment id.
pub fn assessment_reasons(conn: &Db, assessment_id: i64) -> Result<(Option<Outcome>, Vec<Reason>)> {
    let (rec, text): (Option<String>, String) = conn
        .prepare_cached("SELECT recommendation, reasons FROM assessment WHERE id = ?1")?
        .query_row([assessment_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| anyhow!("no assessment {assessment_id}"))?;
    let reasons = serde_json::from_str(&text)
        .with_context(|| format!("the reasons of assessment {assessment_id} do not read"))?;
    Ok((rec.as_deref().and_then(Outcome::parse), reasons))
}

/// A stored decision.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionRow {
    pub decision_id: i64,
    pub case_id: i64,
    pub outcome: Outcome,
    pub status: DecisionStatus,
    pub decided_day: NaiveDate,
    pub decided_by: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub hours_per_month: Option<f64>,
    pub meetings_per_month: Option<i64>,
    pub purpose: Option<Purpose>,
    pub goals: Vec<String>,
    /// A rejection's reasons, or what a partial grant leaves out.
    pub reason: Option<String>,
    pub partial: bool,
    pub deviation_reason: Option<String>,
    pub override_reason: Option<String>,
    pub guardian_objects: bool,
    pub crime_recorded: bool,
    pub legal_basis: String,
    pub assessment_id: Option<i64>,
    pub guideline_id: i64,
    /// The guideline's id and version, e.g. "standard 2026.1".
    pub guideline: Option<String>,
    pub replaces: Option<i64>,
}

impl DecisionRow {
    pub fn is_grant(&self) -> bool {
        self.outcome == Outcome::Grant
    }
}

const COLUMNS: &str = "id, case_id, outcome, status, decided_day, decided_by, from_day, to_day, \
     hours_per_month, meetings_per_month, purpose, goals, reason, deviation_reason, \
     override_reason, guardian_objects, crime_recorded, legal_basis, assessment_id, guideline_id, \
     replaces, (SELECT gid || ' ' || version FROM guideline g WHERE g.id = decision.guideline_id)";

fn row(r: &Row<'_>) -> rusqlite::Result<DecisionRow> {
    let outcome = parsed(r, 2, Outcome::parse)?;
    let reason: Option<String> = r.get(12)?;
    Ok(DecisionRow {
        decision_id: r.get(0)?,
        case_id: r.get(1)?,
        partial: outcome == Outcome::Grant
            && reason.as_deref().is_some_and(|s| !s.trim().is_empty()),
        outcome,
        status: parsed(r, 3, DecisionStatus::parse)?,
        decided_day: day_at(r, 4)?,
        decided_by: r.get(5)?,
        from: day_opt(r, 6)?,
        to: day_opt(r, 7)?,
        hours_per_month: r.get(8)?,
        meetings_per_month: r.get(9)?,
        purpose: parsed_opt(r, 10, Purpose::parse)?,
        goals: json_list(r, 11)?,
        reason,
        deviation_reason: r.get(13)?,
        override_reason: r.get(14)?,
        guardian_objects: r.get(15)?,
        crime_recorded: r.get(16)?,
        legal_basis: r.get(17)?,
        assessment_id: r.get(18)?,
        guideline_id: r.get(19)?,
        replaces: r.get(20)?,
        guideline: r.get(21)?,
    })
}

/// The decision in force on the case, if any.
pub fn in_force(conn: &Db, case_id: i64) -> Result<Option<DecisionRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM decision WHERE case_id = ?1 AND status = 'in_force'"
        ))?
        .query_row([case_id], row)
        .optional()?)
}

/// A decision by number.
pub fn get(conn: &Db, decision_id: i64) -> Result<DecisionRow> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM decision WHERE id = ?1"))?
        .query_row([decision_id], row)
        .optional()?
        .ok_or_else(|| {
            anyhow!("no decision {decision_id}: `insats show CASE` lists a case's decisions")
        })
}

/// Every decision of the case, oldest first (the history keeps replaced ones).
pub fn history(conn: &Db, case_id: i64) -> Result<Vec<DecisionRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM decision WHERE case_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([case_id], row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// What recording a decision did.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    pub decision_id: i64,
    pub replaces: Option<i64>,
    /// The case's status afterwards.
    pub status: CaseStatus,
    pub journal_entry: i64,
    pub warning_entries: Vec<i64>,
}

/// Stores a checked decision: it replaces the one in force, moves the case on, and writes the
/// journal (the decision, then each warning) and the audit trail, all in the caller's
/// transaction.
pub fn record(tx: &Tx, d: &Decision, warnings: &[Warning]) -> Result<Recorded> {
    // The case moves on first: a rejection of a grant being carried out is refused (E6) before
    // anything is written.
    let carried_out = super::order::open(tx, d.case_id)?.is_some();
    let new_status = advance(
        tx,
        d.case_id,
        match d.outcome {
            Outcome::Grant => CaseEvent::Granted { carried_out },
            Outcome::Reject => CaseEvent::Rejected { carried_out },
        },
    )?;

    let replaces: Option<i64> = tx
        .prepare_cached("SELECT id FROM decision WHERE case_id = ?1 AND status = 'in_force'")?
        .query_row([d.case_id], |r| r.get(0))
        .optional()?;
    if let Some(old) = replaces {
        tx.prepare_cached("UPDATE decision SET status = 'replaced' WHERE id = ?1")?
            .execute([old])?;
    }
    tx.prepare_cached(
        "INSERT INTO decision (case_id, outcome, status, decided_day, decided_at, decided_by,
             from_day, to_day, hours_per_month, meetings_per_month, purpose, goals, reason,
             deviation_reason, override_reason, guardian_objects, crime_recorded, legal_basis,
             assessment_id, guideline_id, replaces)
         VALUES (?1, ?2, 'in_force', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
             ?16, ?17, ?18, ?19, ?20)",
    )?
    .execute(params![
        d.case_id,
        d.outcome.as_str(),
        d.decided_day.to_string(),
        now(),
        tx.actor().user,
        d.from.map(|x| x.to_string()),
        d.to.map(|x| x.to_string()),
        d.hours_per_month,
        d.meetings_per_month,
        d.purpose.map(|p| p.as_str()),
        serde_json::to_string(&d.goals)?,
        d.reason,
        d.deviation_reason,
        d.override_reason,
        d.guardian_objects,
        d.crime_recorded,
        d.legal_basis,
        d.assessment_id,
        d.guideline_id,
        replaces,
    ])
    .context("cannot store the decision")?;
    let decision_id = tx.last_insert_rowid();
    super::staff::sign(tx, decision_id)?;
    tx.audit(
        &format!("decision #{decision_id} {}", d.outcome.as_str()),
        Some(d.case_id),
    )?;
    let journal_entry = append_dated(
        tx,
        d.case_id,
        EntryKind::Event,
        &d.journal_text(decision_id, replaces),
        d.decided_day,
    )?;
    let mut warning_entries = Vec::new();
    for w in warnings {
        warning_entries.push(append_dated(
            tx,
            d.case_id,
            EntryKind::Warning,
            &w.journal,
            d.decided_day,
        )?);
    }
    Ok(Recorded {
        decision_id,
        replaces,
        status: new_status,
        journal_entry,
        warning_entries,
    })
}
