//! People and cases: rows in, rows out.

use super::Db;
use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::{Tx, now};
use crate::domain::case::{
    Application, CaseEvent, CaseStatus, Housing, InsatsType, RequestedBy, Wishes,
};

#[derive(Debug, Clone, Serialize)]
pub struct CaseRow {
    pub case_id: i64,
    pub person_id: i64,
    pub insats: InsatsType,
    pub received: NaiveDate,
    /// Who asked, when the application said (K1 reads the consent facts, not this).
    pub requested_by: Option<RequestedBy>,
    pub court_ref: Option<String>,
    pub lss_group: Option<i64>,
    pub housing: Housing,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    pub status: CaseStatus,
    /// Where a written-off or closed case goes back to when reopened.
    pub reopens_to: Option<CaseStatus>,
    /// F8: the day the applicant demanded a decision in writing.
    pub decision_demanded: Option<NaiveDate>,
    pub caseworker: String,
    pub created_at: String,
    pub area: Option<String>,
    pub wishes: Wishes,
}

const CASE_COLUMNS: &str = "id, person_id, insats, received, requested_by, court_ref, \
     lss_group, housing, workplace, residence, status, reopens_to, decision_demanded, \
     caseworker, created_at, area, wish_sex, wish_languages, wish_interests";

fn case_row(r: &Row<'_>) -> rusqlite::Result<CaseRow> {
    Ok(CaseRow {
        case_id: r.get(0)?,
        person_id: r.get(1)?,
        insats: parsed(r, 2, InsatsType::parse)?,
        received: day_at(r, 3)?,
        requested_by: parsed_opt(r, 4, RequestedBy::parse)?,
        court_ref: r.get(5)?,
        lss_group: r.get(6)?,
        housing: parsed(r, 7, Housing::parse)?,
        workplace: r.get(8)?,
        residence: r.get(9)?,
        status: parsed(r, 10, CaseStatus::parse)?,
        reopens_to: parsed_opt(r, 11, CaseStatus::parse)?,
        decision_demanded: day_opt(r, 12)?,
        caseworker: r.get(13)?,
        created_at: r.get(14)?,
        area: r.get(15)?,
        wishes: Wishes {
            sex: r.get(16)?,
            languages: json_list(r, 17)?,
            interests: json_list(r, 18)?,
        },
    })
}

/// A TEXT column holding one of an enum's names.
pub(crate) fn parsed<T>(
    r: &Row<'_>,
    i: usize,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = r.get(i)?;
    parse(&text).ok_or_else(|| damaged(i, &text))
}

/// A TEXT column holding one of an enum's names, or NULL.
pub(crate) fn parsed_opt<T>(
    r: &Row<'_>,
    i: usize,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = r.get(i)?;
    text.map(|t| parse(&t).ok_or_else(|| damaged(i, &t)))
        .transpose()
}

/// A TEXT column holding a date `YYYY-MM-DD`.
pub(crate) fn day_at(r: &Row<'_>, i: usize) -> rusqlite::Result<NaiveDate> {
    parsed(r, i, |t| crate::domain::dates::parse(t).ok())
}

/// A TEXT column holding a date `YYYY-MM-DD`, or NULL.
pub(crate) fn day_opt(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    parsed_opt(r, i, |t| crate::domain::dates::parse(t).ok())
}

/// A value the file holds that this version cannot read: the file was changed outside insats.
fn damaged(i: usize, text: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        i,
        rusqlite::types::Type::Text,
        format!(
            "the file holds {} characters this version does not know",
            text.len()
        )
        .into(),
    )
}

/// A JSON array of strings stored in a TEXT column.
pub fn json_list(r: &Row<'_>, i: usize) -> rusqlite::Result<Vec<String>> {
    let text: String = r.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Stores a case for `person_id` from a checked application, with its consent facts dated the
/// day it was received.
pub fn insert_case(tx: &Tx, person_id: i64, app: &Application) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO cases (person_id, insats, received, requested_by, court_ref, lss_group,
             housing, workplace, residence, status, caseworker, created_at, area, wish_sex,
             wish_languages, wish_interests)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'application', ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        person_id,
        app.insats.as_str(),
        app.received.to_string(),
        app.requested_by.map(RequestedBy::as_str),
        app.court_ref.as_deref().map(str::trim),
        app.lss_group,
        app.housing.as_str(),
        app.workplace,
        app.residence,
        tx.actor().staff(),
        now(),
        app.area,
        app.wishes.sex,
        serde_json::to_string(&app.wishes.languages)?,
        serde_json::to_string(&app.wishes.interests)?
    ])
    .context("cannot store the case")?;
    let case_id = tx.last_insert_rowid();
    for (by, kind) in &app.consents {
        super::people::insert_consent(tx, case_id, *by, *kind, app.received, None)?;
    }
    Ok(case_id)
}

/// A case by number, or a clear "not found".
pub fn get_case(conn: &Db, case_id: i64) -> Result<CaseRow> {
    conn.prepare_cached(&format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"))?
        .query_row([case_id], case_row)
        .optional()?
        .map_or_else(|| Err(missing_case(conn, case_id)), Ok)
}

/// Why a case is not in the file: deleted under R2 (the audit trail says when), or never there.
pub(crate) fn missing_case(conn: &Db, case_id: i64) -> anyhow::Error {
    let deleted: Option<String> = conn
        .prepare_cached(
            "SELECT day FROM audit WHERE case_id = ?1 AND action LIKE 'retention delete (R2)%' \
             ORDER BY id DESC LIMIT 1",
        )
        .and_then(|mut s| s.query_row([case_id], |r| r.get(0)).optional())
        .unwrap_or(None);
    match deleted {
        Some(day) => anyhow!(
            "case {case_id} was deleted under the retention rule (R2) on {day}: nothing of it is \
             left to show, change or reopen"
        ),
        None => anyhow!("no case {case_id}: `insats list` shows the case numbers"),
    }
}

/// Moves a case on by `event`, from the status it has now (read in the write, so that nothing
/// read before it can set the case back): the domain says where to (`CaseStatus::after`).
pub fn advance(tx: &Tx, case_id: i64, event: CaseEvent) -> Result<CaseStatus> {
    let now: CaseStatus = tx
        .prepare_cached("SELECT status FROM cases WHERE id = ?1")?
        .query_row([case_id], |r| parsed(r, 0, CaseStatus::parse))
        .optional()?
        .ok_or_else(|| anyhow!("no case {case_id}"))?;
    let next = now.after(event).map_err(anyhow::Error::new)?;
    // A written-off or closed case remembers where it stood, for a reopening.
    let reopens_to =
        matches!(next, CaseStatus::WrittenOff | CaseStatus::Closed).then_some(now.as_str());
    if next != now {
        tx.prepare_cached("UPDATE cases SET status = ?2, reopens_to = ?3 WHERE id = ?1")?
            .execute(params![case_id, next.as_str(), reopens_to])?;
    }
    Ok(next)
}

/// F8: the applicant's written demand for a decision, on `day`.
pub fn set_decision_demanded(tx: &Tx, case_id: i64, day: NaiveDate) -> Result<()> {
    tx.prepare_cached("UPDATE cases SET decision_demanded = ?2 WHERE id = ?1")?
        .execute(params![case_id, day.to_string()])?;
    Ok(())
}

/// The cases of a person, by number.
pub fn cases_of(conn: &Db, person_id: i64) -> Result<Vec<CaseRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CASE_COLUMNS} FROM cases WHERE person_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([person_id], case_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// One line of `insats list`.
#[derive(Debug, Clone, Serialize)]
pub struct CaseListItem {
    pub case_id: i64,
    pub insats: String,
    pub status: String,
    pub received: String,
    pub caseworker: String,
    pub name: String,
    pub pnr: String,
    pub protected: bool,
}

/// Cases, newest first; `open_only` leaves out ended and rejected ones.
pub fn list_cases(conn: &Db, open_only: bool) -> Result<Vec<CaseListItem>> {
    let sql = format!(
        "SELECT c.id, c.insats, c.status, c.received, c.caseworker, p.name, p.pnr, p.protected
         FROM cases c JOIN person p ON p.id = c.person_id
         {}
         ORDER BY c.id DESC",
        if open_only {
            "WHERE c.status NOT IN ('ended', 'rejected', 'written_off', 'closed')"
        } else {
            ""
        }
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(CaseListItem {
            case_id: r.get(0)?,
            insats: r.get(1)?,
            status: r.get(2)?,
            received: r.get(3)?,
            caseworker: r.get(4)?,
            name: r.get(5)?,
            pnr: r.get(6)?,
            protected: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// How many cases are in each status, in the order a case moves through them (the index on
/// status answers it without reading the cases).
pub fn count_by_status(conn: &Db) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT status, count(*) FROM cases INDEXED BY cases_status GROUP BY status",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    let mut out = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    const ORDER: [&str; 10] = [
        "application",
        "assessed",
        "decided",
        "ordered",
        "executed",
        "ended",
        "rejected",
        "written_off",
        "closed",
        "",
    ];
    out.sort_by_key(|(s, _)| ORDER.iter().position(|o| o == s).unwrap_or(ORDER.len()));
    Ok(out)
}

/// The newest case in `status`, if any.
pub fn latest_in_status(conn: &Db, status: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT max(id) FROM cases WHERE status = ?1")?
        .query_row([status], |r| r.get::<_, Option<i64>>(0))?)
}
