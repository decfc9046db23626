//! Assessments (bedömningar) and their answers: rows in, rows out.
//!
//! An interactive walk saves each answer in its own small transaction, so that an interruption
//! loses at most the question being answered; `--answers` stores everything in one.

use std::collections::BTreeMap;

use super::Db;
use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::{Tx, now};
use crate::domain::assessment::{Answer, ChildSection, Reason, Recommendation};

/// One assessment as stored.
#[derive(Debug, Clone, Serialize)]
pub struct AssessmentRow {
    pub assessment_id: i64,
    pub case_id: i64,
    pub guideline_id: i64,
    pub status: String,
    pub started_day: String,
    pub started_by: String,
    pub completed_day: Option<String>,
    pub completed_by: Option<String>,
    pub recommendation: Option<Recommendation>,
    pub reasons: Vec<Reason>,
    /// The child section as far as it is filled in (`None` fields: not asked yet).
    #[serde(skip)]
    pub child: StoredChild,
}

/// The child section's columns: `None` means not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredChild {
    pub heard: Option<bool>,
    pub own_words: Option<String>,
    pub how: Option<String>,
    pub maturity: Option<String>,
    pub not_heard_reason: Option<String>,
}

impl StoredChild {
    /// Whether nothing of the section has been given.
    pub fn is_empty(&self) -> bool {
        *self == StoredChild::default()
    }

    /// The section as the domain sees it (unanswered fields empty).
    pub fn section(&self) -> ChildSection {
        ChildSection {
            heard: self.heard,
            own_words: self.own_words.clone().unwrap_or_default(),
            how: self.how.clone().unwrap_or_default(),
            maturity: self.maturity.clone().unwrap_or_default(),
            not_heard_reason: self.not_heard_reason.clone().unwrap_or_default(),
        }
    }
}

/// The fields of the child section, as they are saved one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildField {
    OwnWords,
    How,
    Maturity,
    NotHeardReason,
}

impl ChildField {
    fn column(self) -> &'static str {
        match self {
            ChildField::OwnWords => "child_own_words",
            ChildField::How => "child_how",
            ChildField::Maturity => "child_maturity",
            ChildField::NotHeardReason => "child_not_heard_reason",
        }
    }
}

/// One saved answer.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerRow {
    pub question_id: String,
    pub rule: String,
    pub answer: Answer,
    pub note: String,
    pub answered_at: String,
}

const COLUMNS: &str = "id, case_id, guideline_id, status, started_day, started_by, completed_day, \
     completed_by, recommendation, reasons, child_heard, child_own_words, child_how, \
     child_maturity, child_not_heard_reason";

fn row(r: &Row<'_>) -> rusqlite::Result<AssessmentRow> {
    let recommendation: Option<String> = r.get(8)?;
    let reasons: String = r.get(9)?;
    Ok(AssessmentRow {
        assessment_id: r.get(0)?,
        case_id: r.get(1)?,
        guideline_id: r.get(2)?,
        status: r.get(3)?,
        started_day: r.get(4)?,
        started_by: r.get(5)?,
        completed_day: r.get(6)?,
        completed_by: r.get(7)?,
        recommendation: recommendation.as_deref().and_then(Recommendation::parse),
        // The column is checked JSON written by `complete`; a damaged one reads as no reasons.
        reasons: serde_json::from_str(&reasons).unwrap_or_default(),
        child: StoredChild {
            heard: r.get(10)?,
            own_words: r.get(11)?,
            how: r.get(12)?,
            maturity: r.get(13)?,
            not_heard_reason: r.get(14)?,
        },
    })
}

/// The case's assessment in progress, if any (at most one: the file's own index says so).
pub fn in_progress(conn: &Db, case_id: i64) -> Result<Option<AssessmentRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assessment WHERE case_id = ?1 AND status = 'in_progress'"
        ))?
        .query_row([case_id], row)
        .optional()?)
}

/// The case's current completed assessment (the latest not superseded), if any.
pub fn current_completed(conn: &Db, case_id: i64) -> Result<Option<AssessmentRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assessment WHERE case_id = ?1 AND status = 'completed'
             ORDER BY id DESC LIMIT 1"
        ))?
        .query_row([case_id], row)
        .optional()?)
}

pub fn get(conn: &Db, assessment_id: i64) -> Result<AssessmentRow> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM assessment WHERE id = ?1"))?
        .query_row([assessment_id], row)
        .optional()?
        .ok_or_else(|| anyhow!("no assessment {assessment_id}"))
}

/// Starts an assessment of the case against a stored guideline.
pub fn start(tx: &Tx, case_id: i64, guideline_id: i64, day: NaiveDate) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO assessment (case_id, guideline_id, status, started_day, started_at, started_by)
         VALUES (?1, ?2, 'in_progress', ?3, ?4, ?5)",
    )?
    .execute(params![
        case_id,
        guideline_id,
        day.to_string(),
        now(),
        tx.actor().user
    ])
    .context("cannot start the assessment (is another one in progress for this case?)")?;
    let id = tx.last_insert_rowid();
    tx.audit(&format!("assessment #{id} started"), Some(case_id))?;
    Ok(id)
}

/// Saves one answer (a later answer to the same question replaces it).
pub fn save_answer(
    tx: &Tx,
    assessment_id: i64,
    question_id: &str,
    rule: &str,
    answer: Answer,
    note: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO answer (assessment_id, question_id, rule, answer, note, answered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (assessment_id, question_id) DO UPDATE SET
             rule = excluded.rule, answer = excluded.answer, note = excluded.note,
             answered_at = excluded.answered_at",
    )?
    .execute(params![
        assessment_id,
        question_id,
        rule,
        answer.as_str(),
        note.trim(),
        now()
    ])
    .context("cannot save the answer")?;
    Ok(())
}

/// The saved answers, by question id.
pub fn answers(conn: &Db, assessment_id: i64) -> Result<BTreeMap<String, AnswerRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT question_id, rule, answer, note, answered_at FROM answer
         WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let rows = stmt.query_map([assessment_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut out = BTreeMap::new();
    for r in rows {
        let (question_id, rule, answer, note, answered_at) = r?;
        let answer = Answer::parse(&answer)
            .ok_or_else(|| anyhow!("a stored answer is damaged: '{answer}'"))?;
        out.insert(
            question_id.clone(),
            AnswerRow {
                question_id,
                rule,
                answer,
                note,
                answered_at,
            },
        );
    }
    Ok(out)
}

/// Saves whether the child was heard (C1). Changing it clears the fields of the other branch.
pub fn save_child_heard(tx: &Tx, assessment_id: i64, heard: bool) -> Result<()> {
    tx.prepare_cached(
        "UPDATE assessment SET
             child_own_words = CASE WHEN child_heard IS ?2 THEN child_own_words END,
             child_how = CASE WHEN child_heard IS ?2 THEN child_how END,
             child_maturity = CASE WHEN child_heard IS ?2 THEN child_maturity END,
             child_not_heard_reason = CASE WHEN child_heard IS ?2 THEN child_not_heard_reason END,
             child_heard = ?2
         WHERE id = ?1 AND status = 'in_progress'",
    )?
    .execute(params![assessment_id, heard])?;
    Ok(())
}

/// Saves one text field of the child section (C1, C2).
pub fn save_child_field(tx: &Tx, assessment_id: i64, field: ChildField, text: &str) -> Result<()> {
    let sql = format!(
        "UPDATE assessment SET {} = ?2 WHERE id = ?1 AND status = 'in_progress'",
        field.column()
    );
    tx.execute(&sql, params![assessment_id, text.trim()])?;
    Ok(())
}

/// Saves the whole child section at once (from an answers document).
pub fn save_child(tx: &Tx, assessment_id: i64, child: &ChildSection) -> Result<()> {
    let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    tx.prepare_cached(
        "UPDATE assessment SET child_heard = ?2, child_own_words = ?3, child_how = ?4,
             child_maturity = ?5, child_not_heard_reason = ?6
         WHERE id = ?1 AND status = 'in_progress'",
    )?
    .execute(params![
        assessment_id,
        child.heard,
        opt(&child.own_words),
        opt(&child.how),
        opt(&child.maturity),
        opt(&child.not_heard_reason)
    ])?;
    Ok(())
}

/// Completes an assessment with its recommendation; the case's earlier completed assessments
/// become superseded (and stay). Returns the ids superseded.
pub fn complete(
    tx: &Tx,
    assessment_id: i64,
    recommendation: Recommendation,
    reasons: &[Reason],
    day: NaiveDate,
) -> Result<Vec<i64>> {
    let current = get(tx, assessment_id)?;
    if current.status != "in_progress" {
        bail!("assessment {assessment_id} is not in progress");
    }
    let superseded: Vec<i64> = tx
        .prepare_cached(
            "SELECT id FROM assessment WHERE case_id = ?1 AND status = 'completed' ORDER BY id",
        )?
        .query_map([current.case_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    tx.prepare_cached(
        "UPDATE assessment SET status = 'superseded' WHERE case_id = ?1 AND status = 'completed'",
    )?
    .execute([current.case_id])?;
    tx.prepare_cached(
        "UPDATE assessment SET status = 'completed', completed_day = ?2, completed_at = ?3,
             completed_by = ?4, recommendation = ?5, reasons = ?6
         WHERE id = ?1",
    )?
    .execute(params![
        assessment_id,
        day.to_string(),
        now(),
        tx.actor().user,
        recommendation.as_str(),
        serde_json::to_string(reasons)?
    ])?;
    tx.audit(
        &format!(
            "assessment #{assessment_id} completed: {}",
            recommendation.as_str()
        ),
        Some(current.case_id),
    )?;
    Ok(superseded)
}

/// What `show` says about a case's assessment: the latest that is not superseded.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub assessment_id: i64,
    pub status: String,
    pub recommendation: Option<Recommendation>,
    pub guideline: String,
    pub started_day: String,
    pub completed_day: Option<String>,
    pub answers: i64,
    pub reasons: Vec<Reason>,
    /// Earlier assessments kept in the history.
    pub superseded: i64,
}

pub fn summary(conn: &Db, case_id: i64) -> Result<Option<Summary>> {
    let latest: Option<AssessmentRow> = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assessment WHERE case_id = ?1 AND status <> 'superseded'
             ORDER BY id DESC LIMIT 1"
        ))?
        .query_row([case_id], row)
        .optional()?;
    let Some(a) = latest else {
        return Ok(None);
    };
    let (gid, version): (String, String) = conn
        .prepare_cached("SELECT gid, version FROM guideline WHERE id = ?1")?
        .query_row([a.guideline_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let answers: i64 = conn
        .prepare_cached("SELECT count(*) FROM answer WHERE assessment_id = ?1")?
        .query_row([a.assessment_id], |r| r.get(0))?;
    let superseded: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM assessment WHERE case_id = ?1 AND status = 'superseded'",
        )?
        .query_row([case_id], |r| r.get(0))?;
    Ok(Some(Summary {
        assessment_id: a.assessment_id,
        status: a.status,
        recommendation: a.recommendation,
        guideline: format!("{gid} {version}"),
        started_day: a.started_day,
        completed_day: a.completed_day,
        answers,
        reasons: a.reasons,
        superseded,
    }))
}

/// The case an assessment belongs to.
pub fn case_of(conn: &Db, assessment_id: i64) -> Result<i64> {
    conn.prepare_cached("SELECT case_id FROM assessment WHERE id = ?1")?
        .query_row([assessment_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| anyhow!("no assessment {assessment_id}"))
}
