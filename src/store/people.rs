//! People (enskilda): their identity, details, guardians, the history of every change, consent
//! facts of their cases, and finding them.

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::cases::{day_at, parsed};
use super::{Db, Tx, now};
use crate::domain::case::{Applicant, Guardian};
use crate::domain::consent::{Consents, Fact, Kind, Party};
use crate::domain::identity::{Identity, Reserve};
use crate::domain::pnr::{PnrKind, Sex};

#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    pub person_id: i64,
    /// As stored: 12 digits, or a reserve number `YYYYMMDDTNNN`.
    pub pnr: String,
    pub name: String,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub coordination_number: bool,
    pub protected: bool,
    pub address: Option<String>,
    pub guardians: Option<u8>,
}

impl PersonRow {
    /// The stored identity as a checked value (for ages and masking).
    pub fn pnr(&self) -> Result<Identity> {
        Identity::from_stored(&self.pnr)
            .ok_or_else(|| anyhow!("a stored personal identity number is damaged"))
    }

    /// The person has a reserve number, not a Swedish one.
    pub fn is_reserve(&self) -> bool {
        self.pnr.as_bytes().get(8) == Some(&b'T')
    }
}

const PERSON_COLUMNS: &str =
    "id, pnr, name, birth_date, sex, coordination, protected, address, guardians";

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
        guardians: r.get(8)?,
    })
}

pub fn get_person(conn: &Db, person_id: i64) -> Result<PersonRow> {
    conn.prepare_cached(&format!(
        "SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1"
    ))?
    .query_row([person_id], person_row)
    .optional()?
    .ok_or_else(|| anyhow!("no person {person_id}"))
}

/// The person with this stored number or reserve number, if any.
pub fn by_identity(conn: &Db, stored: &str) -> Result<Option<PersonRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM person WHERE pnr = ?1"
        ))?
        .query_row([stored], person_row)
        .optional()?)
}

/// A person as `apply` registers them; a reserve number is chosen here, unique in the file.
pub struct NewPerson<'a> {
    pub applicant: &'a Applicant,
    pub name: &'a str,
    pub protected: bool,
    pub address: Option<&'a str>,
    pub guardians: Option<u8>,
    pub guardian_details: &'a [Guardian; 2],
}

/// Stores a new person; returns the row id and the stored identity.
pub fn insert_person(tx: &Tx, p: &NewPerson) -> Result<(i64, String)> {
    let (stored, coordination) = match p.applicant {
        Applicant::Numbered(pnr) => (
            pnr.as_str().to_owned(),
            pnr.kind() == PnrKind::Samordningsnummer,
        ),
        Applicant::Unnumbered { born, sex } => (free_reserve(tx, *born, *sex)?, false),
        Applicant::Reserve(r) => (r.as_str().to_owned(), false),
    };
    tx.prepare_cached(
        "INSERT INTO person (pnr, name, birth_date, sex, coordination, protected, address,
             guardians, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        stored,
        p.name.trim(),
        p.applicant.birth_date().to_string(),
        p.applicant.sex().as_str(),
        coordination,
        p.protected,
        p.address,
        p.guardians,
        now()
    ])
    .context("cannot store the person")?;
    let id = tx.last_insert_rowid();
    for slot in 1..=p.guardians.unwrap_or(0) {
        let g = &p.guardian_details[usize::from(slot - 1)];
        set_guardian(tx, id, slot, g)?;
    }
    Ok((id, stored))
}

/// The first reserve number for this birth date and sex that the file does not hold yet.
fn free_reserve(conn: &Db, born: NaiveDate, sex: Sex) -> Result<String> {
    let mut serial = 0;
    while let Some(r) = Reserve::nth(born, sex, serial) {
        let taken: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM person WHERE pnr = ?1)")?
            .query_row([r.as_str()], |row| row.get(0))?;
        if !taken {
            return Ok(r.as_str().to_owned());
        }
        serial += 1;
    }
    bail!(
        "every reserve number of that birth date and sex is taken: give the person's \
         personnummer when they have one"
    )
}

/// A guardian's name and address, in slot 1 or 2.
pub fn set_guardian(tx: &Tx, person_id: i64, slot: u8, g: &Guardian) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO guardian (person_id, slot, name, address) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (person_id, slot) DO UPDATE SET name = ?3, address = ?4",
    )?
    .execute(params![person_id, slot, g.name, g.address])?;
    Ok(())
}

/// A child's guardians, by slot.
#[derive(Debug, Clone, Serialize)]
pub struct GuardianRow {
    pub slot: u8,
    pub name: Option<String>,
    pub address: Option<String>,
}

pub fn guardians(conn: &Db, person_id: i64) -> Result<Vec<GuardianRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slot, name, address FROM guardian WHERE person_id = ?1 ORDER BY slot",
    )?;
    let rows = stmt.query_map([person_id], |r| {
        Ok(GuardianRow {
            slot: r.get(0)?,
            name: r.get(1)?,
            address: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A field of a person that `person update` may change; the column names never come from input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Address,
    Sex,
    Protected,
    Guardians,
    Pnr,
    BirthDate,
    Coordination,
}

impl PersonField {
    pub fn column(self) -> &'static str {
        match self {
            PersonField::Name => "name",
            PersonField::Address => "address",
            PersonField::Sex => "sex",
            PersonField::Protected => "protected",
            PersonField::Guardians => "guardians",
            PersonField::Pnr => "pnr",
            PersonField::BirthDate => "birth_date",
            PersonField::Coordination => "coordination",
        }
    }
}

/// Changes one field of a person and keeps the old value in the person's history, with the
/// note that says why.
pub fn change_person(
    tx: &Tx,
    person_id: i64,
    field: PersonField,
    old: Option<&str>,
    new: Option<&str>,
    note: &str,
) -> Result<()> {
    let value: rusqlite::types::Value = match (field, new) {
        (_, None) => rusqlite::types::Value::Null,
        (PersonField::Protected | PersonField::Coordination, Some(v)) => {
            rusqlite::types::Value::Integer(i64::from(v == "1"))
        }
        (PersonField::Guardians, Some(v)) => {
            rusqlite::types::Value::Integer(v.parse().context("a count of guardians")?)
        }
        (_, Some(v)) => rusqlite::types::Value::Text(v.to_owned()),
    };
    tx.execute(
        &format!("UPDATE person SET {} = ?2 WHERE id = ?1", field.column()),
        params![person_id, value],
    )
    .with_context(|| format!("cannot change the person's {}", field.column()))?;
    record_change(tx, person_id, field.column(), old, new, note)
}

/// One line of a person's history.
pub fn record_change(
    tx: &Tx,
    person_id: i64,
    field: &str,
    old: Option<&str>,
    new: Option<&str>,
    note: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO person_change (person_id, field, old_value, new_value, day, note, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        person_id,
        field,
        old,
        new,
        tx.actor().today.to_string(),
        note.trim(),
        tx.actor().user,
        now()
    ])?;
    tx.audit(&format!("person {person_id} changed: {field}"), None)
}

/// A change of a person's details, as kept.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeRow {
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub day: NaiveDate,
    pub note: String,
    pub user: String,
}

pub fn changes(conn: &Db, person_id: i64) -> Result<Vec<ChangeRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT field, old_value, new_value, day, note, user FROM person_change
         WHERE person_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([person_id], |r| {
        Ok(ChangeRow {
            field: r.get(0)?,
            old_value: r.get(1)?,
            new_value: r.get(2)?,
            day: day_at(r, 3)?,
            note: r.get(4)?,
            user: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records a consent fact on a case (K1, K2).
pub fn insert_consent(
    tx: &Tx,
    case_id: i64,
    by: Party,
    kind: Kind,
    day: NaiveDate,
    note: Option<&str>,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO consent (case_id, by_whom, kind, day, note, user, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        case_id,
        by.as_str(),
        kind.as_str(),
        day.to_string(),
        note,
        tx.actor().user,
        now()
    ])
    .context("cannot store the consent")?;
    let id = tx.last_insert_rowid();
    tx.audit(
        &format!("consent {}: {}", by.as_str(), kind.as_str()),
        Some(case_id),
    )?;
    Ok(id)
}

/// A case's consent facts, oldest first (by day, then as recorded).
pub fn consents(conn: &Db, case_id: i64) -> Result<Consents> {
    let mut stmt = conn.prepare_cached(
        "SELECT by_whom, kind, day FROM consent WHERE case_id = ?1 ORDER BY day, id",
    )?;
    let rows = stmt.query_map([case_id], |r| {
        Ok(Fact {
            by: parsed(r, 0, Party::parse)?,
            kind: parsed(r, 1, Kind::parse)?,
            day: day_at(r, 2)?,
        })
    })?;
    Ok(Consents::new(rows.collect::<rusqlite::Result<_>>()?))
}

/// A consent fact with its note, for `person show` and `show`.
#[derive(Debug, Clone, Serialize)]
pub struct ConsentRow {
    pub case_id: i64,
    pub by: Party,
    pub kind: Kind,
    pub day: NaiveDate,
    pub note: Option<String>,
}

/// The consent facts of every case of a person, by case and day.
pub fn consents_of_person(conn: &Db, person_id: i64) -> Result<Vec<ConsentRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT k.case_id, k.by_whom, k.kind, k.day, k.note FROM consent k
         JOIN cases c ON c.id = k.case_id
         WHERE c.person_id = ?1 ORDER BY k.case_id, k.day, k.id",
    )?;
    let rows = stmt.query_map([person_id], |r| {
        Ok(ConsentRow {
            case_id: r.get(0)?,
            by: parsed(r, 1, Party::parse)?,
            kind: parsed(r, 2, Kind::parse)?,
            day: day_at(r, 3)?,
            note: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One case found by `find`.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    pub case_id: i64,
    pub person_id: i64,
    pub name: String,
    /// As stored; masked before it is shown (G5).
    pub pnr: String,
    pub protected: bool,
    pub insats: String,
    pub status: String,
}

const FOUND: &str = "SELECT c.id, p.id, p.name, p.pnr, p.protected, c.insats, c.status
     FROM person p JOIN cases c ON c.person_id = p.id";

fn found(r: &Row<'_>) -> rusqlite::Result<Found> {
    Ok(Found {
        case_id: r.get(0)?,
        person_id: r.get(1)?,
        name: r.get(2)?,
        pnr: r.get(3)?,
        protected: r.get(4)?,
        insats: r.get(5)?,
        status: r.get(6)?,
    })
}

/// The cases of the person with this stored number (the number's own index).
pub const FIND_BY_NUMBER_SQL: &str = "SELECT c.id, p.id, p.name, p.pnr, p.protected, c.insats,
        c.status
     FROM person p JOIN cases c ON c.person_id = p.id
     WHERE p.pnr = ?1 ORDER BY c.id";

/// A case by its number.
pub const FIND_BY_CASE_SQL: &str = "SELECT c.id, p.id, p.name, p.pnr, p.protected, c.insats,
        c.status
     FROM cases c JOIN person p ON p.id = c.person_id
     WHERE c.id = ?1";

pub fn find_by_number(conn: &Db, stored: &str) -> Result<Vec<Found>> {
    let mut stmt = conn.prepare_cached(FIND_BY_NUMBER_SQL)?;
    let rows = stmt.query_map([stored], found)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn find_by_case(conn: &Db, case_id: i64) -> Result<Vec<Found>> {
    let mut stmt = conn.prepare_cached(FIND_BY_CASE_SQL)?;
    let rows = stmt.query_map([case_id], found)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The cases of people whose name holds `part` (any case), names starting with it first, at
/// most `limit`. The person table is read, never the journal.
pub fn find_by_name(conn: &Db, part: &str, limit: u32) -> Result<Vec<Found>> {
    let escaped = part
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    let mut stmt = conn.prepare_cached(&format!(
        "{FOUND}
         WHERE p.name LIKE '%' || ?1 || '%' ESCAPE '\\'
         ORDER BY (p.name LIKE ?1 || '%' ESCAPE '\\') DESC, p.name COLLATE NOCASE, c.id
         LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![escaped, limit], found)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
