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
use crate::domain::pnr::{Pnr, PnrKind, Sex};

#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    pub person_id: i64,
    pub pnr: String,
    pub name: String,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub coordination_number: bool,
    pub protected: bool,
    pub address: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseRow {
    pub case_id: i64,
    pub person_id: i64,
    pub insats: InsatsType,
    pub received: NaiveDate,
    pub requested_by: RequestedBy,
    pub consent_self: bool,
    pub consent_guardian: bool,
    pub guardians: Option<i64>,
    pub court_ref: Option<String>,
    pub lss_group: Option<i64>,
    pub housing: Housing,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    pub status: CaseStatus,
    pub caseworker: String,
    pub created_at: String,
    pub area: Option<String>,
    pub wishes: Wishes,
}

const CASE_COLUMNS: &str = "id, person_id, insats, received, requested_by, consent_self, \
     consent_guardian, guardians, court_ref, lss_group, housing, workplace, residence, status, \
     caseworker, created_at, area, wish_sex, wish_languages, wish_interests";

const PERSON_COLUMNS: &str = "id, pnr, name, birth_date, sex, coordination, protected, address";

fn case_row(r: &Row<'_>) -> rusqlite::Result<CaseRow> {
    Ok(CaseRow {
        case_id: r.get(0)?,
        person_id: r.get(1)?,
        insats: parsed(r, 2, InsatsType::parse)?,
        received: day_at(r, 3)?,
        requested_by: parsed(r, 4, RequestedBy::parse)?,
        consent_self: r.get(5)?,
        consent_guardian: r.get(6)?,
        guardians: r.get(7)?,
        court_ref: r.get(8)?,
        lss_group: r.get(9)?,
        housing: parsed(r, 10, Housing::parse)?,
        workplace: r.get(11)?,
        residence: r.get(12)?,
        status: parsed(r, 13, CaseStatus::parse)?,
        caseworker: r.get(14)?,
        created_at: r.get(15)?,
        area: r.get(16)?,
        wishes: Wishes {
            sex: r.get(17)?,
            languages: json_list(r, 18)?,
            interests: json_list(r, 19)?,
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

fn person_row(r: &Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        person_id: r.get(0)?,
        pnr: r.get(1)?,
        name: r.get(2)?,
        birth_date: day_at(r, 3)?,
        sex: parsed(r, 4, Sex::parse)?,
        coordination_number: r.get(5)?,
        protected: r.get(6)?,
        address: r.get(7)?,
    })
}

impl PersonRow {
    /// The stored number as a checked value (for ages and masking).
    pub fn pnr(&self) -> Result<Pnr> {
        Pnr::from_stored(&self.pnr)
            .map_err(|e| anyhow!("a stored personal identity number is damaged: {e}"))
    }
}

/// The result of registering an application.
#[derive(Debug, Clone, Serialize)]
pub struct Registered {
    pub case_id: i64,
    pub person_id: i64,
    pub new_person: bool,
}

/// Stores a checked application: the person (reused when the number is known) and the case.
pub fn insert_application(tx: &Tx, app: &Application) -> Result<Registered> {
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM person WHERE pnr = ?1")?
        .query_row([app.pnr.as_str()], |r| r.get(0))
        .optional()?;
    let (person_id, new_person) = match existing {
        Some(id) => {
            // The latest name and address win (people change names); protection is never lifted
            // by leaving the flag out.
            tx.prepare_cached(
                "UPDATE person SET name = ?2, protected = max(protected, ?3),
                        address = coalesce(?4, address) WHERE id = ?1",
            )?
            .execute(params![id, app.name.trim(), app.protected, app.address])?;
            (id, false)
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO person (pnr, name, birth_date, sex, coordination, protected, address, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                app.pnr.as_str(),
                app.name.trim(),
                app.pnr.birth_date().to_string(),
                match app.pnr.sex() {
                    Sex::Female => "female",
                    Sex::Male => "male",
                },
                app.pnr.kind() == PnrKind::Samordningsnummer,
                app.protected,
                app.address,
                now()
            ])?;
            (tx.last_insert_rowid(), true)
        }
    };
    tx.prepare_cached(
        "INSERT INTO cases (person_id, insats, received, requested_by, consent_self, consent_guardian,
             guardians, court_ref, lss_group, housing, workplace, residence, status, caseworker, created_at,
             area, wish_sex, wish_languages, wish_interests)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'application', ?13, ?14,
             ?15, ?16, ?17, ?18)",
    )?
    .execute(params![
        person_id,
        app.insats.as_str(),
        app.received.to_string(),
        app.requested_by.as_str(),
        app.consent_self,
        app.consent_guardian,
        app.guardians,
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
    Ok(Registered {
        case_id: tx.last_insert_rowid(),
        person_id,
        new_person,
    })
}

/// A case by number, or a clear "not found".
pub fn get_case(conn: &Db, case_id: i64) -> Result<CaseRow> {
    conn.prepare_cached(&format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"))?
        .query_row([case_id], case_row)
        .optional()?
        .ok_or_else(|| anyhow!("no case {case_id}: `insats list` shows the case numbers"))
}

pub fn get_person(conn: &Db, person_id: i64) -> Result<PersonRow> {
    conn.prepare_cached(&format!(
        "SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1"
    ))?
    .query_row([person_id], person_row)
    .optional()?
    .ok_or_else(|| anyhow!("no person {person_id}"))
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
    if next != now {
        tx.prepare_cached("UPDATE cases SET status = ?2 WHERE id = ?1")?
            .execute(params![case_id, next.as_str()])?;
    }
    Ok(next)
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
            "WHERE c.status NOT IN ('ended', 'rejected')"
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

/// The newest case in `status`, if any.
pub fn latest_in_status(conn: &Db, status: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT max(id) FROM cases WHERE status = ?1")?
        .query_row([status], |r| r.get::<_, Option<i64>>(0))?)
}
