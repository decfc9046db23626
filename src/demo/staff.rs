//! The demo's staff (S1-S5): caseworkers in three units, the provider's coordinator, a manager,
//! and the account that made the file as its administrator, in every unit so that the
//! README's tour works for one person alone. The demo acts as them: each case is its
//! caseworker's, the coordinator matches and logs the meetings, and the access log holds what
//! a working week would leave in it, a reading outside the unit with its reason and a refused
//! attempt among them.

use anyhow::Result;
use chrono::Duration;

use crate::domain::access::Role;
use crate::domain::case::InsatsType;
use crate::store::access::{Kind, Line, append_in};
use crate::store::staff::{self, Entry};
use crate::store::{Tx, now};

/// The units (enheter) and the caseworkers in them, by login as in `sim::CASEWORKERS`.
pub const UNITS: &[(&str, &[&str])] = &[
    ("Barn och familj", &["anna.lindqvist", "erik.johansson"]),
    ("Vuxen", &["fatima.ahmed", "lars.berg"]),
    ("LSS", &["sara.nilsson"]),
];

/// The provider's coordinator (samordnare), who matches and records the meetings.
pub const COORDINATOR: &str = "maria.ek";
/// The manager (enhetschef), who reads the reports and the log.
pub const MANAGER: &str = "karin.holm";

const NAMES: &[(&str, &str)] = &[
    ("anna.lindqvist", "Anna Lindqvist"),
    ("erik.johansson", "Erik Johansson"),
    ("fatima.ahmed", "Fatima Ahmed"),
    ("lars.berg", "Lars Berg"),
    ("sara.nilsson", "Sara Nilsson"),
];

/// The unit of a caseworker of the demo.
pub fn unit_of(login: &str) -> Option<&'static str> {
    UNITS
        .iter()
        .find(|(_, who)| who.contains(&login))
        .map(|(u, _)| *u)
}

/// Registers the staff, and puts the account that made the file in every unit.
pub fn register(tx: &Tx) -> Result<()> {
    for (login, name) in NAMES {
        staff::insert(
            tx,
            &Entry {
                login: (*login).to_string(),
                name: (*name).to_string(),
                title: "Socialsekreterare".into(),
                roles: vec![Role::Caseworker],
                units: unit_of(login).map(str::to_string).into_iter().collect(),
                delegations: InsatsType::ALL.to_vec(),
            },
        )?;
    }
    staff::insert(
        tx,
        &Entry {
            login: COORDINATOR.into(),
            name: "Maria Ek".into(),
            title: "Samordnare, Kontaktpersonsenheten".into(),
            roles: vec![Role::Coordinator],
            units: Vec::new(),
            delegations: Vec::new(),
        },
    )?;
    staff::insert(
        tx,
        &Entry {
            login: MANAGER.into(),
            name: "Karin Holm".into(),
            title: "Enhetschef".into(),
            roles: vec![Role::Manager],
            units: Vec::new(),
            delegations: Vec::new(),
        },
    )?;
    let owner = tx.actor().staff().to_string();
    if let Some(me) = staff::get(tx, &owner)? {
        let mut entry = Entry {
            login: me.login,
            name: me.name,
            title: me.title,
            roles: me.roles,
            units: UNITS.iter().map(|(u, _)| (*u).to_string()).collect(),
            delegations: me.delegations,
        };
        entry.units.sort();
        staff::update(tx, &entry, false)?;
    }
    tx.audit("demo staff registered", None)?;
    Ok(())
}

/// Each case belongs to its caseworker's unit.
pub fn place_cases(tx: &Tx) -> Result<()> {
    for (unit, who) in UNITS {
        for login in *who {
            staff::place_by_caseworker(tx, login, unit)?;
        }
    }
    Ok(())
}

/// What the staff read in the demo's last days: each caseworker their newest cases, the
/// coordinator the newest ordered one, one reading outside the unit with its reason, one
/// attempt refused for the unit, and the manager's log review.
pub fn log_readings(tx: &Tx, cases: &[(i64, i64, String)]) -> Result<()> {
    let today = tx.actor().today;
    let line = |staff: &str, command: &str, kind: Kind, case: Option<&(i64, i64, String)>| Line {
        at: now(),
        day: today - Duration::days(1),
        user: staff.to_string(),
        staff: staff.to_string(),
        command: command.to_string(),
        kind,
        case_id: case.map(|c| c.0),
        person_id: case.map(|c| c.1),
        people: None,
        revealed: matches!(kind, Kind::Read | Kind::OutsideUnit) && command == "show",
        reason: None,
    };
    for c in cases.iter().take(60) {
        append_in(tx, &line(&c.2, "show", Kind::Read, Some(c)))?;
    }
    if let Some(c) = cases.iter().find(|c| unit_of(&c.2) == Some("Vuxen")) {
        append_in(tx, &line(COORDINATOR, "show", Kind::Read, Some(c)))?;
        let mut denied = line("sara.nilsson", "show", Kind::Denied, Some(c));
        denied.reason = Some(format!(
            "S3: case {} belongs to the unit Vuxen, and sara.nilsson works in LSS",
            c.0
        ));
        append_in(tx, &denied)?;
        let mut outside = line("sara.nilsson", "show", Kind::OutsideUnit, Some(c));
        outside.reason = Some("Vikarierar för handläggaren under semestern.".into());
        append_in(tx, &outside)?;
    }
    let mut review = line(MANAGER, "report access", Kind::Read, None);
    review.day = today;
    review.people = Some(cases.len().min(60) as i64);
    append_in(tx, &review)?;
    Ok(())
}
