//! The register of assignees (uppdragstagare): rows, relations (M3), recruitment steps (M6).

use std::collections::HashMap;

use super::Db;
use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::cases::{day_at, day_opt, json_list, parsed};
use super::{Tx, now};
use crate::domain::matching::{Assignee, Role};
use crate::domain::pnr::{Pnr, Sex};
use crate::domain::recruitment::Stage;
use crate::domain::recruitment::steps::Filled;

#[derive(Debug, Clone, Serialize)]
pub struct AssigneeRow {
    pub assignee_id: i64,
    pub pnr: String,
    pub name: String,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub role: Role,
    pub stage: Stage,
    pub interview_day: Option<NaiveDate>,
    pub consent_day: Option<NaiveDate>,
    pub record_checked: Option<NaiveDate>,
    pub register_checked: Option<NaiveDate>,
    pub approved_day: Option<NaiveDate>,
    pub trained: bool,
    pub interests: Vec<String>,
    pub languages: Vec<String>,
    pub area: Option<String>,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    pub capacity: u32,
    pub available_from: Option<NaiveDate>,
    pub waiting_since: Option<NaiveDate>,
    pub created_at: String,
}

const COLUMNS: &str = "id, pnr, name, birth_date, sex, role, stage, interview_day, consent_day, \
     record_checked, register_checked, approved_day, trained, interests, languages, area, \
     workplace, residence, capacity, available_from, waiting_since, created_at";

fn row(r: &Row<'_>) -> rusqlite::Result<AssigneeRow> {
    Ok(AssigneeRow {
        assignee_id: r.get(0)?,
        pnr: r.get(1)?,
        name: r.get(2)?,
        birth_date: day_at(r, 3)?,
        sex: parsed(r, 4, Sex::parse)?,
        role: parsed(r, 5, Role::parse)?,
        stage: parsed(r, 6, Stage::parse)?,
        interview_day: day_opt(r, 7)?,
        consent_day: day_opt(r, 8)?,
        record_checked: day_opt(r, 9)?,
        register_checked: day_opt(r, 10)?,
        approved_day: day_opt(r, 11)?,
        trained: r.get(12)?,
        interests: json_list(r, 13)?,
        languages: json_list(r, 14)?,
        area: r.get(15)?,
        workplace: r.get(16)?,
        residence: r.get(17)?,
        capacity: r.get(18)?,
        available_from: day_opt(r, 19)?,
        waiting_since: day_opt(r, 20)?,
        created_at: r.get(21)?,
    })
}

fn damaged(what: &str) -> anyhow::Error {
    anyhow!("a stored {what} of an assignee is damaged")
}

impl AssigneeRow {
    pub fn pnr(&self) -> Result<Pnr> {
        Pnr::from_stored(&self.pnr).map_err(|_| damaged("personal identity number"))
    }

    /// As matching sees the assignee: with the relations (M3) and the assignments held.
    pub fn to_domain(&self, relative_of: Vec<String>, active: u32) -> Result<Assignee> {
        Ok(Assignee {
            id: self.assignee_id,
            birth_date: self.pnr()?.birth_date(),
            sex: self.sex,
            role: self.role,
            stage: self.stage,
            record_checked: self.record_checked,
            trained: self.trained,
            interests: self.interests.clone(),
            languages: self.languages.clone(),
            area: self.area.clone(),
            workplace: self.workplace.clone(),
            residence: self.residence.clone(),
            relative_of,
            capacity: self.capacity,
            active_assignments: active,
            waiting_since: self.waiting_since,
            available_from: self.available_from,
        })
    }
}

/// A new assignee, checked by the command.
#[derive(Debug, Clone)]
pub struct NewAssignee {
    pub pnr: Pnr,
    pub name: String,
    pub sex: Sex,
    pub role: Role,
    pub stage: Stage,
    pub interview_day: Option<NaiveDate>,
    pub consent_day: Option<NaiveDate>,
    pub record_checked: Option<NaiveDate>,
    pub register_checked: Option<NaiveDate>,
    pub approved_day: Option<NaiveDate>,
    pub trained: bool,
    pub interests: Vec<String>,
    pub languages: Vec<String>,
    pub area: Option<String>,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    pub capacity: u32,
    pub available_from: Option<NaiveDate>,
    pub waiting_since: Option<NaiveDate>,
}

impl NewAssignee {
    /// An assignee as recruitment left them (`filled`: the dates and the stage reached), with
    /// the sex their number gives, one assignment at a time and nothing else known yet. The
    /// queue starts at approval (M6; fairness counts the waiting from then).
    pub fn recruited(pnr: Pnr, name: String, role: Role, filled: &Filled) -> NewAssignee {
        NewAssignee {
            sex: pnr.sex(),
            pnr,
            name,
            role,
            stage: filled.stage(),
            interview_day: filled.interview,
            consent_day: filled.consent,
            record_checked: filled.record_extract,
            register_checked: filled.social_register,
            approved_day: filled.approved,
            trained: false,
            interests: Vec::new(),
            languages: Vec::new(),
            area: None,
            workplace: None,
            residence: None,
            capacity: 1,
            available_from: None,
            waiting_since: filled.approved,
        }
    }
}

fn ds(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

pub fn sex_str(sex: Sex) -> &'static str {
    match sex {
        Sex::Female => "female",
        Sex::Male => "male",
    }
}

/// The assignee already registered with this number, if any.
pub fn find_by_pnr(conn: &Db, pnr: &Pnr) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM assignee WHERE pnr = ?1")?
        .query_row([pnr.as_str()], |r| r.get(0))
        .optional()?)
}

pub fn insert(tx: &Tx, a: &NewAssignee) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO assignee (pnr, name, birth_date, sex, role, stage, interview_day, consent_day,
             record_checked, register_checked, approved_day, trained, interests, languages, area,
             workplace, residence, capacity, available_from, waiting_since, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
             ?19, ?20, ?21)",
    )?
    .execute(params![
        a.pnr.as_str(),
        a.name.trim(),
        a.pnr.birth_date().to_string(),
        sex_str(a.sex),
        a.role.as_str(),
        a.stage.as_str(),
        ds(a.interview_day),
        ds(a.consent_day),
        ds(a.record_checked),
        ds(a.register_checked),
        ds(a.approved_day),
        a.trained,
        serde_json::to_string(&a.interests)?,
        serde_json::to_string(&a.languages)?,
        a.area,
        a.workplace,
        a.residence,
        a.capacity,
        ds(a.available_from),
        ds(a.waiting_since),
        now()
    ])
    .context("cannot store the assignee")?;
    Ok(tx.last_insert_rowid())
}

/// An assignee by number, or a clear "not found".
pub fn get(conn: &Db, id: i64) -> Result<AssigneeRow> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM assignee WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?
        .ok_or_else(|| anyhow!("no assignee {id}: `insats match assignee list` shows the numbers"))
}

/// The register by number; `stage` and `role` filter when given.
pub fn list(conn: &Db, stage: Option<&str>, role: Option<&str>) -> Result<Vec<AssigneeRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assignee
         WHERE (?1 IS NULL OR stage = ?1) AND (?2 IS NULL OR role = ?2)
         ORDER BY id"
    ))?;
    let rows = stmt.query_map(params![stage, role], row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A relation of M3: the assignee is a relative of, or in the network of, an individual.
#[derive(Debug, Clone, Serialize)]
pub struct Relation {
    pub pnr: String,
    pub kind: String,
    /// The related individual is registered with protected identity (G5: never shown).
    pub protected: bool,
}

pub fn relations(conn: &Db, id: i64) -> Result<Vec<Relation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.pnr, r.kind, coalesce(p.protected, 0)
         FROM assignee_relation r LEFT JOIN person p ON p.pnr = r.pnr
         WHERE r.assignee_id = ?1 ORDER BY r.kind, r.pnr",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Relation {
            pnr: r.get(0)?,
            kind: r.get(1)?,
            protected: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every assignee's related numbers, for matching.
pub fn all_relations(conn: &Db) -> Result<HashMap<i64, Vec<String>>> {
    let mut stmt = conn.prepare_cached("SELECT assignee_id, pnr FROM assignee_relation")?;
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for r in rows {
        let (id, pnr) = r?;
        map.entry(id).or_default().push(pnr);
    }
    Ok(map)
}

/// Adds a relation, or changes its kind when the number is already related.
pub fn add_relation(tx: &Tx, id: i64, pnr: &Pnr, kind: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO assignee_relation (assignee_id, pnr, kind) VALUES (?1, ?2, ?3)
         ON CONFLICT (assignee_id, pnr) DO UPDATE SET kind = excluded.kind",
    )?
    .execute(params![id, pnr.as_str(), kind])?;
    Ok(())
}

/// Removes a relation; false when there was none.
pub fn remove_relation(tx: &Tx, id: i64, pnr: &Pnr) -> Result<bool> {
    let n = tx
        .prepare_cached("DELETE FROM assignee_relation WHERE assignee_id = ?1 AND pnr = ?2")?
        .execute(params![id, pnr.as_str()])?;
    Ok(n > 0)
}

/// Active agreements and open offers per assignee: the assignments held (capacity, M6).
pub fn active_assignments(conn: &Db) -> Result<HashMap<i64, u32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT assignee_id, count(*) FROM (
             SELECT assignee_id FROM agreement WHERE status = 'active'
             UNION ALL
             SELECT assignee_id FROM offer WHERE outcome = 'pending')
         GROUP BY assignee_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<HashMap<_, _>>>()?)
}

/// How many assignments one assignee has, as [`active_assignments`] counts them: read through
/// the assignee's indexes, not the whole register.
pub fn active_assignments_of(conn: &Db, id: i64) -> Result<u32> {
    let mut stmt = conn.prepare_cached(
        "SELECT (SELECT count(*) FROM agreement WHERE assignee_id = ?1 AND status = 'active')
              + (SELECT count(*) FROM offer WHERE assignee_id = ?1 AND outcome = 'pending')",
    )?;
    Ok(stmt.query_row([id], |r| r.get(0))?)
}

/// One dated step of the recruitment pipeline (M6), or an offer's effect on the stage.
#[derive(Debug, Clone, Serialize)]
pub struct StepRow {
    pub step_id: i64,
    pub stage: String,
    pub day: String,
    pub note: Option<String>,
    pub user: String,
    pub at: String,
}

pub fn add_step(tx: &Tx, id: i64, stage: Stage, day: NaiveDate, note: Option<&str>) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO assignee_step (assignee_id, stage, day, note, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        stage.as_str(),
        day.to_string(),
        note.map(str::trim).filter(|n| !n.is_empty()),
        tx.actor().user,
        now()
    ])?;
    Ok(())
}

pub fn steps(conn: &Db, id: i64) -> Result<Vec<StepRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, stage, day, note, user, at FROM assignee_step
         WHERE assignee_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(StepRow {
            step_id: r.get(0)?,
            stage: r.get(1)?,
            day: r.get(2)?,
            note: r.get(3)?,
            user: r.get(4)?,
            at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The day of the latest step, which a new step may not come before.
pub fn last_step_day(conn: &Db, id: i64) -> Result<Option<NaiveDate>> {
    Ok(conn
        .prepare_cached("SELECT max(day) FROM assignee_step WHERE assignee_id = ?1")?
        .query_row([id], |r| day_opt(r, 0))?)
}

/// A column of the assignee that a command may change; the names never come from input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Stage,
    InterviewDay,
    ConsentDay,
    RecordChecked,
    RegisterChecked,
    ApprovedDay,
    Trained,
    Interests,
    Languages,
    Area,
    Workplace,
    Residence,
    Capacity,
    AvailableFrom,
    WaitingSince,
    Sex,
}

impl Field {
    pub fn column(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Stage => "stage",
            Field::InterviewDay => "interview_day",
            Field::ConsentDay => "consent_day",
            Field::RecordChecked => "record_checked",
            Field::RegisterChecked => "register_checked",
            Field::ApprovedDay => "approved_day",
            Field::Trained => "trained",
            Field::Interests => "interests",
            Field::Languages => "languages",
            Field::Area => "area",
            Field::Workplace => "workplace",
            Field::Residence => "residence",
            Field::Capacity => "capacity",
            Field::AvailableFrom => "available_from",
            Field::WaitingSince => "waiting_since",
            Field::Sex => "sex",
        }
    }
}

/// A value for one of the assignee's columns.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(Option<String>),
    Int(i64),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(Some(s.to_owned()))
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(Some(s.clone()))
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(Some(s))
    }
}
impl From<Option<String>> for Value {
    fn from(s: Option<String>) -> Value {
        Value::Text(s)
    }
}
impl From<NaiveDate> for Value {
    fn from(d: NaiveDate) -> Value {
        Value::Text(Some(d.to_string()))
    }
}
impl From<Option<NaiveDate>> for Value {
    fn from(d: Option<NaiveDate>) -> Value {
        Value::Text(d.map(|d| d.to_string()))
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Int(i64::from(b))
    }
}
impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Int(i64::from(n))
    }
}
impl From<&[String]> for Value {
    /// A list, stored as a JSON array of strings.
    fn from(list: &[String]) -> Value {
        Value::Text(Some(
            serde_json::to_string(list).unwrap_or_else(|_| "[]".to_owned()),
        ))
    }
}

/// Sets one column.
pub fn set(tx: &Tx, id: i64, field: Field, value: impl Into<Value>) -> Result<()> {
    let value = match value.into() {
        Value::Text(t) => rusqlite::types::Value::from(t),
        Value::Int(n) => rusqlite::types::Value::Integer(n),
    };
    tx.execute(
        &format!("UPDATE assignee SET {} = ?2 WHERE id = ?1", field.column()),
        params![id, value],
    )
    .with_context(|| format!("cannot change the assignee's {}", field.column()))?;
    Ok(())
}

/// Moves the assignee to `stage` and records the dated step.
pub fn move_to(tx: &Tx, id: i64, stage: Stage, day: NaiveDate, note: Option<&str>) -> Result<()> {
    set(tx, id, Field::Stage, stage.as_str())?;
    add_step(tx, id, stage, day, note)?;
    tx.audit(&format!("assignee {id} {stage}"), None)
}

/// The case whose assignment the assignee holds now, if any.
pub fn held_case(conn: &Db, id: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT case_id FROM agreement WHERE assignee_id = ?1 AND status = 'active' LIMIT 1",
        )?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// The assignee's open offers: (offer, case).
pub fn pending_offers(conn: &Db, id: i64) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, case_id FROM offer WHERE assignee_id = ?1 AND outcome = 'pending' ORDER BY id",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A number of a person in the file by row, for the demo's relations (M3).
pub fn person_pnr(conn: &Db, person_id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT pnr FROM person WHERE id = ?1")?
        .query_row([person_id], |r| r.get(0))
        .optional()?)
}

/// How many people the file has.
pub fn people(conn: &Db) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0))?)
}
