//! Applying (ansökan): a checked application is stored, the person reused when the number is
//! known, with the case's first journal entry (G4).

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::case::{Application, InsatsType, RequestedBy};
use crate::store::Tx;
use crate::store::cases::insert_application;
use crate::store::journal::{EntryKind, append};
use crate::store::staff::assign_unit;

#[derive(Debug, Serialize)]
pub struct Applied {
    pub case_id: i64,
    pub person_id: i64,
    pub new_person: bool,
    pub insats: InsatsType,
    pub status: &'static str,
    pub received: NaiveDate,
    pub journal_entry: i64,
}

/// Stores the application (checked by `Application::check`) and journals it.
pub fn register(tx: &Tx, app: &Application) -> Result<Applied> {
    let r = insert_application(tx, app)?;
    assign_unit(tx, r.case_id, app.insats)?;
    tx.audit("application registered", Some(r.case_id))?;
    let entry = append(tx, r.case_id, EntryKind::Event, &journal_text(app))?;
    Ok(Applied {
        case_id: r.case_id,
        person_id: r.person_id,
        new_person: r.new_person,
        insats: app.insats,
        status: "application",
        received: app.received,
        journal_entry: entry,
    })
}

/// The journal's first entry, in Swedish as the caseworker reads it.
fn journal_text(app: &Application) -> String {
    let by = match app.requested_by {
        RequestedBy::Myself => "den enskilde",
        RequestedBy::Guardian => "vårdnadshavare",
        RequestedBy::Court => "domstol",
        RequestedBy::Committee => "nämnden",
    };
    let mut text = format!(
        "Ansökan om {} ({}) registrerad, inkom {}, begärd av {by}.",
        app.insats.swedish(),
        app.insats.as_str(),
        app.received
    );
    if let Some(r) = &app.court_ref {
        text.push_str(&format!(" Domstolens målnummer: {}.", r.trim()));
    }
    text
}
