//! Following up (uppföljning): follow-ups of decisions (E6, E7, E9), ending an intervention, the
//! yearly review of the agreement (E8), and the schedules that say what is due (G1).

use super::Db;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::params;

use super::carry::{day, opt_day};
use super::{Tx, now};
use crate::domain::followup::{Attainment, EndReason, Outcome, Schedule, is_follow_up_before_end};
use crate::guideline::Settings;

/// A follow-up as decided, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFollowUp {
    pub case_id: i64,
    pub decision_id: i64,
    pub day: NaiveDate,
    pub outcome: Outcome,
    pub attainment: Option<Attainment>,
    pub end_reason: Option<EndReason>,
    pub note: String,
    /// The decision that replaces the one followed up (change, extend).
    pub new_decision_id: Option<i64>,
}

pub fn insert_follow_up(tx: &Tx, f: &NewFollowUp) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO follow_up (case_id, decision_id, day, outcome, attainment, end_reason, note,
             new_decision_id, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        f.case_id,
        f.decision_id,
        f.day.to_string(),
        f.outcome.as_str(),
        f.attainment.map(Attainment::as_str),
        f.end_reason.map(EndReason::as_str),
        f.note.trim(),
        f.new_decision_id,
        tx.actor().user,
        now()
    ])
    .context("cannot store the follow-up")?;
    let id = tx.last_insert_rowid();
    tx.audit(
        &format!("follow-up #{id} ({})", f.outcome.as_str()),
        Some(f.case_id),
    )?;
    Ok(id)
}

/// The decision ends on `on` (E7).
pub fn end_decision(tx: &Tx, decision_id: i64, on: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE decision SET status = 'ended', ended_day = ?2 WHERE id = ?1")?
        .execute(params![decision_id, on.to_string()])?;
    Ok(())
}

/// The order ends on `on`.
pub fn end_order(tx: &Tx, order_id: i64, on: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE orders SET status = 'ended', ended_day = ?2 WHERE id = ?1")?
        .execute(params![order_id, on.to_string()])?;
    Ok(())
}

/// The agreement with the assignee ends on `on`.
pub fn end_agreement(tx: &Tx, agreement_id: i64, on: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE agreement SET status = 'ended', ended_day = ?2 WHERE id = ?1")?
        .execute(params![agreement_id, on.to_string()])?;
    Ok(())
}

/// Records the yearly review of an agreement (E8) held on `on`, with the next one due `next`.
pub fn review_agreement(
    tx: &Tx,
    case_id: i64,
    agreement_id: i64,
    on: NaiveDate,
    next: NaiveDate,
) -> Result<()> {
    tx.prepare_cached("UPDATE agreement SET last_review = ?2, review_due = ?3 WHERE id = ?1")?
        .execute(params![agreement_id, on.to_string(), next.to_string()])?;
    tx.audit(
        &format!("agreement #{agreement_id} reviewed"),
        Some(case_id),
    )?;
    Ok(())
}

/// What one granting decision in force has scheduled, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRow {
    pub case_id: i64,
    pub decision_id: i64,
    pub insats: String,
    pub decided: NaiveDate,
    pub decision_from: NaiveDate,
    pub decision_to: NaiveDate,
    /// The latest follow-up of the decision.
    pub last_follow_up: Option<NaiveDate>,
    pub agreement_id: Option<i64>,
    pub agreement_start: Option<NaiveDate>,
    pub last_agreement_review: Option<NaiveDate>,
}

impl ScheduleRow {
    /// The decision's schedule: its latest follow-up is the one before its end when held near
    /// enough to it (G1), and for an LVU 22 § decision its latest reconsideration (E9).
    pub fn schedule(&self, settings: &Settings) -> Schedule {
        let lvu = self.insats == "kvalificerad-lvu";
        Schedule {
            decided: self.decided,
            decision_from: self.decision_from,
            decision_to: self.decision_to,
            followed_up: self.last_follow_up.is_some_and(|held| {
                is_follow_up_before_end(held, self.decision_from, self.decision_to, settings)
            }),
            lvu,
            last_lvu_review: self.last_follow_up.filter(|_| lvu),
            agreement_start: self.agreement_start,
            last_agreement_review: self.last_agreement_review,
        }
    }
}

/// What [`schedules`] reads: one case's grant in force through its index (show), or every
/// grant in force through the index of grants in force (follow-up --due); each decision's
/// follow-ups through the case's.
pub const SCHEDULES_OF_CASE_SQL: &str = "SELECT d.case_id, d.id, c.insats, d.from_day, d.to_day,
        (SELECT max(f.day) FROM follow_up f WHERE f.case_id = d.case_id AND f.decision_id = d.id),
        a.id, a.start_day, a.last_review, d.decided_day
     FROM decision d
     JOIN cases c ON c.id = d.case_id
     LEFT JOIN agreement a ON a.case_id = d.case_id AND a.status = 'active'
     WHERE d.case_id = ?1 AND d.status = 'in_force' AND d.outcome = 'grant'
     ORDER BY d.case_id";
pub const SCHEDULES_SQL: &str = "SELECT d.case_id, d.id, c.insats, d.from_day, d.to_day,
        (SELECT max(f.day) FROM follow_up f WHERE f.case_id = d.case_id AND f.decision_id = d.id),
        a.id, a.start_day, a.last_review, d.decided_day
     FROM decision d INDEXED BY decision_one_in_force
     JOIN cases c ON c.id = d.case_id
     LEFT JOIN agreement a ON a.case_id = d.case_id AND a.status = 'active'
     WHERE d.status = 'in_force' AND d.outcome = 'grant' AND ?1 IS NULL
     ORDER BY d.case_id";

/// The schedules of every granting decision in force (or of one case), by case number.
pub fn schedules(conn: &Db, case_id: Option<i64>) -> Result<Vec<ScheduleRow>> {
    let mut out = Vec::new();
    each_schedule(conn, case_id, &mut |row| {
        out.push(row);
        Ok(())
    })?;
    Ok(out)
}

/// The same, each row handed to `f` as it is read (`follow-up --due` over every grant).
pub fn each_schedule(
    conn: &Db,
    case_id: Option<i64>,
    f: &mut dyn FnMut(ScheduleRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(match case_id {
        Some(_) => SCHEDULES_OF_CASE_SQL,
        None => SCHEDULES_SQL,
    })?;
    type Raw = (
        i64,
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<i64>,
        Option<String>,
        Option<String>,
        String,
    );
    let rows = stmt.query_map([case_id], |r| -> rusqlite::Result<Raw> {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
            r.get(7)?,
            r.get(8)?,
            r.get(9)?,
        ))
    })?;
    for row in rows {
        let (
            case_id,
            decision_id,
            insats,
            from,
            to,
            last_follow_up,
            agreement_id,
            start,
            last,
            decided,
        ) = row?;
        f(ScheduleRow {
            case_id,
            decision_id,
            insats,
            decided: day(&decided)?,
            decision_from: day(&from)?,
            decision_to: day(&to)?,
            last_follow_up: opt_day(last_follow_up)?,
            agreement_id,
            agreement_start: opt_day(start)?,
            last_agreement_review: opt_day(last)?,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod plan_tests {
    use crate::store::reports::plan_tests::{assert_indexed, file};

    #[test]
    fn schedules_read_through_indexes() {
        let conn = file();
        assert_indexed(&conn, "schedules of a case", super::SCHEDULES_OF_CASE_SQL);
        // Every grant in force is read, through the partial index that holds just those: the
        // rows the listing returns, not the decision table.
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", super::SCHEDULES_SQL))
            .unwrap()
            .query_map([rusqlite::types::Null], |r| r.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            plan.iter()
                .any(|l| l == "SCAN d USING INDEX decision_one_in_force"),
            "{plan:?}"
        );
        assert!(
            !plan
                .iter()
                .any(|l| l.starts_with("SCAN") && !l.contains("USING INDEX")),
            "{plan:?}"
        );
    }
}
