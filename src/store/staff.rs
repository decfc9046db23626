//! The staff register (S1, S2, S3): who may act on the file, with which roles, in which units,
//! deciding which intervention types. People are disabled, never deleted.

use anyhow::{Context, Result, bail};
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::{Db, Tx, now};
use crate::domain::access::Role;
use crate::domain::acting::StaffMember;
use crate::domain::case::InsatsType;

/// The title the file's owner is registered with; `staff update --title` changes it.
pub const OWNER_TITLE: &str = "Handläggare";

/// One row of the register as `staff list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct StaffRow {
    pub login: String,
    pub name: String,
    pub title: String,
    pub roles: Vec<Role>,
    pub units: Vec<String>,
    pub delegations: Vec<InsatsType>,
    /// The day the person was disabled, if they are.
    pub disabled: Option<String>,
    pub created_at: String,
    pub created_by: String,
}

impl StaffRow {
    pub fn member(&self) -> StaffMember {
        StaffMember {
            login: self.login.clone(),
            name: self.name.clone(),
            title: self.title.clone(),
            roles: self.roles.clone(),
            units: self.units.clone(),
            delegations: self.delegations.clone(),
            disabled: self.disabled.is_some(),
        }
    }
}

const COLUMNS: &str =
    "login, name, title, roles, units, delegations, disabled, created_at, created_by";

fn names<T>(r: &Row<'_>, i: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<Vec<T>> {
    let text: String = r.get(i)?;
    let list: Vec<String> = serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })?;
    // A name this version does not know is left out rather than trusted.
    Ok(list.iter().filter_map(|s| parse(s)).collect())
}

fn row(r: &Row<'_>) -> rusqlite::Result<StaffRow> {
    Ok(StaffRow {
        login: r.get(0)?,
        name: r.get(1)?,
        title: r.get(2)?,
        roles: names(r, 3, Role::parse)?,
        units: names(r, 4, |s| Some(s.to_string()))?,
        delegations: names(r, 5, InsatsType::parse)?,
        disabled: r.get(6)?,
        created_at: r.get(7)?,
        created_by: r.get(8)?,
    })
}

/// The register's entry for `login`.
pub fn get(conn: &Db, login: &str) -> Result<Option<StaffRow>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM staff WHERE login = ?1"))?
        .query_row([login], row)
        .optional()
        .context("cannot read the staff register")
}

/// The whole register, by login.
pub fn list(conn: &Db) -> Result<Vec<StaffRow>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM staff ORDER BY login"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A person's entry as `staff add` and `staff update` write it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub login: String,
    pub name: String,
    pub title: String,
    pub roles: Vec<Role>,
    pub units: Vec<String>,
    pub delegations: Vec<InsatsType>,
}

fn json<T: Serialize>(list: &[T]) -> Result<String> {
    Ok(serde_json::to_string(list)?)
}

/// Adds a person; an existing login is an error (`staff update` changes one).
pub fn insert(tx: &Tx, e: &Entry) -> Result<()> {
    if get(tx, &e.login)?.is_some() {
        bail!(
            "{} is in the staff register already: change the entry with `insats staff update {}`",
            e.login,
            e.login
        );
    }
    tx.prepare_cached(
        "INSERT INTO staff (login, name, title, roles, units, delegations, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        e.login,
        e.name,
        e.title,
        json(&e.roles)?,
        json(&e.units)?,
        json(&e.delegations)?,
        now(),
        tx.actor().user
    ])
    .context("cannot add to the staff register")?;
    Ok(())
}

/// Replaces a person's entry; `enabled` clears a disablement.
pub fn update(tx: &Tx, e: &Entry, enabled: bool) -> Result<()> {
    tx.prepare_cached(
        "UPDATE staff SET name = ?2, title = ?3, roles = ?4, units = ?5, delegations = ?6,
             disabled = CASE WHEN ?7 THEN NULL ELSE disabled END
         WHERE login = ?1",
    )?
    .execute(params![
        e.login,
        e.name,
        e.title,
        json(&e.roles)?,
        json(&e.units)?,
        json(&e.delegations)?,
        enabled
    ])
    .context("cannot change the staff register")?;
    Ok(())
}

/// Disables a person from `day` on.
pub fn disable(tx: &Tx, login: &str) -> Result<()> {
    tx.prepare_cached("UPDATE staff SET disabled = ?2 WHERE login = ?1")?
        .execute(params![login, tx.actor().today.to_string()])
        .context("cannot change the staff register")?;
    Ok(())
}

/// How many enabled people hold the administrator's role.
pub fn admins(conn: &Db) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM staff, json_each(staff.roles) r
         WHERE staff.disabled IS NULL AND r.value = 'admin'",
        [],
        |r| r.get(0),
    )?)
}

/// Migration 008: the file's owner, the account that made it (or the one that has used it
/// alone so far), is registered with every role and every delegation, so that one person can
/// work alone from the first command; an administrator trims it as staff are added. A file in
/// memory (the migrations' own test) has no owner.
pub fn register_owner(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    let Some(path) = tx.path().filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let Some(uid) = crate::host::owner_of(std::path::Path::new(path)) else {
        return Ok(());
    };
    let entry = crate::host::passwd(uid);
    let login = crate::host::login_of(uid);
    let name = entry
        .and_then(|p| p.full_name)
        .unwrap_or_else(|| login.clone());
    let all_roles: Vec<&str> = Role::NAMES.to_vec();
    let all_types: Vec<&str> = InsatsType::NAMES.to_vec();
    let to_json = |v: &[&str]| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    tx.execute(
        "INSERT OR IGNORE INTO staff (login, name, title, roles, units, delegations, created_at,
             created_by)
         VALUES (?1, ?2, ?3, ?4, '[]', ?5, ?6, 'the file''s owner, when the register began')",
        params![
            login,
            name,
            OWNER_TITLE,
            to_json(&all_roles),
            to_json(&all_types),
            now()
        ],
    )?;
    Ok(())
}

/// The unit a new case of `insats` belongs to, from the guideline in use (S3); none when the
/// guideline maps the type to no unit.
pub fn assign_unit(tx: &Tx, case_id: i64, insats: InsatsType) -> Result<()> {
    let guideline = super::guideline::in_use(tx)?;
    if let Some(unit) = guideline.settings.units.get(insats.as_str()) {
        set_unit(tx, case_id, Some(unit))?;
    }
    Ok(())
}

/// Moves a case to `unit` (S3).
pub fn set_unit(tx: &Tx, case_id: i64, unit: Option<&str>) -> Result<()> {
    tx.prepare_cached("UPDATE cases SET unit = ?2 WHERE id = ?1")?
        .execute(params![case_id, unit])
        .context("cannot set the case's unit")?;
    Ok(())
}

/// What access to one case turns on (S3, S4, S5): its person, type, unit, and whether the
/// person has a protected identity.
#[derive(Debug, Clone)]
pub struct CaseFacts {
    pub case_id: i64,
    pub person_id: i64,
    pub insats: InsatsType,
    pub unit: Option<String>,
    pub protected: bool,
}

/// The facts of case `case_id`, or a clear "not found".
pub fn case_facts(conn: &Db, case_id: i64) -> Result<CaseFacts> {
    let found = conn
        .prepare_cached(
            "SELECT c.person_id, c.insats, c.unit, p.protected
             FROM cases c JOIN person p ON p.id = c.person_id WHERE c.id = ?1",
        )?
        .query_row([case_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, bool>(3)?,
            ))
        })
        .optional()?;
    let Some((person_id, insats, unit, protected)) = found else {
        return Err(super::cases::missing_case(conn, case_id));
    };
    let insats = InsatsType::parse(&insats)
        .ok_or_else(|| anyhow::anyhow!("case {case_id} has an unknown intervention type"))?;
    Ok(CaseFacts {
        case_id,
        person_id,
        insats,
        unit,
        protected,
    })
}

/// The register's entries for `login` and `named`, read without opening the file for writing
/// (`check`); `None` when the file has no register yet (before schema version 8).
pub fn read_only(
    path: &std::path::Path,
    login: &str,
    named: Option<&str>,
) -> Result<Option<(Option<StaffMember>, Option<StaffMember>)>> {
    let conn = super::safety::open_for_check(path)?;
    let db = Db::wrap(&conn);
    let has: bool = db.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'staff'",
        [],
        |r| r.get(0),
    )?;
    if !has {
        return Ok(None);
    }
    let me = get(db, login)?.map(|r| r.member());
    let them = match named {
        Some(n) => get(db, n)?.map(|r| r.member()),
        None => None,
    };
    Ok(Some((me, them)))
}

/// Signs decision `decision_id` with the decision-maker's name and title as the register has
/// them today (S2), so that its letter names them even after the register changes.
pub fn sign(tx: &Tx, decision_id: i64) -> Result<()> {
    let Some(who) = get(tx, tx.actor().staff())? else {
        return Ok(());
    };
    tx.prepare_cached("UPDATE decision SET decided_name = ?2, decided_title = ?3 WHERE id = ?1")?
        .execute(params![decision_id, who.name, who.title])
        .context("cannot sign the decision")?;
    Ok(())
}

/// Who made decision `decision_id`, as its letter names them (S2): the name and title it was
/// signed with, else the register's entry for the login that made it, else the login itself (a
/// decision from before the register).
pub fn decision_maker(conn: &Db, decision_id: i64) -> Result<(String, Option<String>)> {
    let (by, name, title): (String, Option<String>, Option<String>) = conn
        .prepare_cached(
            "SELECT decided_by, decided_name, decided_title FROM decision WHERE id = ?1",
        )?
        .query_row([decision_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    if let Some(name) = name {
        return Ok((name, title));
    }
    let login = by.split_once(" for ").map_or(by.as_str(), |(_, n)| n);
    Ok(match get(conn, login)? {
        Some(s) => (s.name, Some(s.title)),
        None => (by, None),
    })
}

/// The demo: every case of `caseworker` belongs to `unit`.
pub fn place_by_caseworker(tx: &Tx, caseworker: &str, unit: &str) -> Result<()> {
    tx.prepare_cached("UPDATE cases SET unit = ?2 WHERE caseworker = ?1")?
        .execute(params![caseworker, unit])?;
    Ok(())
}

/// The newest `n` cases: (case, person, caseworker).
pub fn newest_cases(conn: &Db, n: u32) -> Result<Vec<(i64, i64, String)>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, person_id, caseworker FROM cases ORDER BY id DESC LIMIT ?1")?;
    let rows = stmt.query_map([n], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// How a letter names the person `recorded` (a login, or "ADMIN for NAME"): the register's
/// name and title, else the login (S2).
pub fn signer(conn: &Db, recorded: &str) -> Result<(String, Option<String>)> {
    let login = recorded.split_once(" for ").map_or(recorded, |(_, n)| n);
    Ok(match get(conn, login)? {
        Some(s) => (s.name, Some(s.title)),
        None => (login.to_string(), None),
    })
}
