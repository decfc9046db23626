//! The staff register (S1-S3): an administrator adds, changes and disables the people who may
//! act on the file. Every change is audited; nobody is ever deleted.

use anyhow::{Result, bail};

use crate::domain::access::Role;
use crate::domain::acting::check_login;
use crate::domain::case::InsatsType;
use crate::store::Tx;
use crate::store::staff::{self, Entry, StaffRow};

/// A change to one person's entry: each `Some` replaces what is there.
#[derive(Debug, Clone, Default)]
pub struct Change {
    pub name: Option<String>,
    pub title: Option<String>,
    pub roles: Option<Vec<Role>>,
    pub units: Option<Vec<String>>,
    pub delegations: Option<Vec<InsatsType>>,
    pub enable: bool,
}

fn describe(e: &Entry) -> String {
    let names = |v: Vec<&str>| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(",")
        }
    };
    format!(
        "roles {}; units {}; delegations {}",
        names(e.roles.iter().map(|r| r.as_str()).collect()),
        names(e.units.iter().map(String::as_str).collect()),
        names(e.delegations.iter().map(|d| d.as_str()).collect())
    )
}

/// Adds a person to the register.
pub fn add(tx: &Tx, e: &Entry) -> Result<StaffRow> {
    check_login(&e.login).map_err(anyhow::Error::msg)?;
    if e.roles.is_empty() {
        bail!("{} needs at least one role: give --role", e.login);
    }
    staff::insert(tx, e)?;
    tx.audit(&format!("staff add {}: {}", e.login, describe(e)), None)?;
    found(tx, &e.login)
}

fn found(tx: &Tx, login: &str) -> Result<StaffRow> {
    staff::get(tx, login)?.ok_or_else(|| {
        anyhow::anyhow!("{login} is not in the staff register: `insats staff list` shows it")
    })
}

/// Changes a person's entry; the register always keeps an administrator.
pub fn update(tx: &Tx, login: &str, c: Change) -> Result<StaffRow> {
    let old = found(tx, login)?;
    let e = Entry {
        login: old.login.clone(),
        name: c.name.unwrap_or(old.name),
        title: c.title.unwrap_or(old.title),
        roles: c.roles.unwrap_or(old.roles),
        units: c.units.unwrap_or(old.units),
        delegations: c.delegations.unwrap_or(old.delegations),
    };
    if e.roles.is_empty() {
        bail!("{login} needs at least one role: give --role");
    }
    staff::update(tx, &e, c.enable)?;
    keeps_an_admin(tx)?;
    let enabled = if c.enable && old.disabled.is_some() {
        " (enabled again)"
    } else {
        ""
    };
    tx.audit(
        &format!("staff update {login}: {}{enabled}", describe(&e)),
        None,
    )?;
    found(tx, login)
}

/// Disables a person: they can no longer act, and the logs keep naming them.
pub fn disable(tx: &Tx, login: &str) -> Result<StaffRow> {
    let old = found(tx, login)?;
    if old.disabled.is_some() {
        bail!("{login} is disabled already");
    }
    staff::disable(tx, login)?;
    keeps_an_admin(tx)?;
    tx.audit(&format!("staff disable {login}"), None)?;
    found(tx, login)
}

fn keeps_an_admin(tx: &Tx) -> Result<()> {
    if staff::admins(tx)? == 0 {
        bail!(
            "the register would have no administrator left: give the admin role to someone else first"
        );
    }
    Ok(())
}
