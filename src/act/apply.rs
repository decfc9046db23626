//! Applying (ansökan): a checked application is stored with its consent facts and the case's
//! first journal entry (G4). A person already in the file is reused and never changed here:
//! details that differ are refused with a pointer to `person update`, where every change is
//! kept with its old value.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::case::{Applicant, Application, InsatsType, RequestedBy, age_excludes};
use crate::domain::identity::Identity;
use crate::domain::warning::Warning;
use crate::store::Tx;
use crate::store::cases::insert_case;
use crate::store::guideline::in_use;
use crate::store::journal::{self, EntryKind, append};
use crate::store::people::{self, NewPerson, PersonRow};
use crate::store::staff::assign_unit;

#[derive(Debug, Serialize)]
pub struct Applied {
    pub case_id: i64,
    pub person_id: i64,
    pub new_person: bool,
    /// The reserve number given to a person without a Swedish number (`YYYYMMDD-T123`).
    pub reserve_number: Option<String>,
    pub insats: InsatsType,
    pub status: &'static str,
    pub received: NaiveDate,
    pub journal_entry: i64,
    pub warnings: Vec<Warning>,
}

/// Stores the application (checked by `Application::check`) and journals it, with a warning
/// when an age rule already excludes the intervention on the day it came in (K3, K6).
pub fn register(tx: &Tx, app: &Application) -> Result<Applied> {
    let existing = match &app.applicant {
        Applicant::Numbered(p) => people::by_identity(tx, p.as_str())?,
        Applicant::Reserve(r) => Some(people::by_identity(tx, r.as_str())?.ok_or_else(|| {
            anyhow!("no person in the file has that reserve number: check --reserve-number")
        })?),
        Applicant::Unnumbered { .. } => None,
    };
    if let Some(p) = &existing {
        unchanged(p, app)?;
    }
    let (person_id, stored) = match &existing {
        Some(p) => (p.person_id, p.pnr.clone()),
        None => people::insert_person(
            tx,
            &NewPerson {
                applicant: &app.applicant,
                name: &app.name,
                protected: app.protected,
                address: app.address.as_deref(),
                guardians: app.guardians,
                guardian_details: &app.guardian_details,
            },
        )?,
    };
    let case_id = insert_case(tx, person_id, app)?;
    assign_unit(tx, case_id, app.insats)?;
    tx.audit("application registered", Some(case_id))?;
    let entry = append(tx, case_id, EntryKind::Event, &journal_text(app))?;
    let mut warnings = Vec::new();
    let g = in_use(tx)?;
    let age = app.applicant.age_on(app.received);
    if let Some(i) = g.intervention(app.insats)
        && let Some((rule, text)) = age_excludes(app.insats, i.max_age_exclusive, age)
    {
        let w = Warning::new(
            rule,
            format!(
                "{} is for people under {}: an age rule already excludes it on the received \
                 date ({rule}); the assessment will recommend rejection",
                app.insats.as_str(),
                i.max_age_exclusive.unwrap_or_default()
            ),
            format!("Varning ({rule}): {text}. Utredningen rekommenderar avslag."),
        );
        journal::warn(tx, case_id, &w, tx.actor().today)?;
        warnings.push(w);
    }
    let reserve_number = Identity::from_stored(&stored)
        .filter(Identity::is_reserve)
        .map(|i| i.formatted());
    Ok(Applied {
        case_id,
        person_id,
        new_person: existing.is_none(),
        reserve_number,
        insats: app.insats,
        status: "application",
        received: app.received,
        journal_entry: entry,
        warnings,
    })
}

/// A known person is reused as the file has them: a name, an address or a protection that
/// differs is a change, made (and kept) with `person update`. The refusal never repeats what
/// the file holds (G5).
fn unchanged(p: &PersonRow, app: &Application) -> Result<()> {
    let fix = "change it with `insats person update PNR ... --note TEXT`, which keeps the old \
               value, then apply again";
    if normalized(&p.name) != normalized(&app.name) {
        bail!("the file knows this person under another name: {fix}");
    }
    if let Some(a) = &app.address
        && p.address.as_deref().map(normalized) != Some(normalized(a))
    {
        bail!("the file has another address for this person: {fix}");
    }
    if app.protected && !p.protected {
        bail!("the file does not record this person's protected identity: {fix}");
    }
    if let Some(g) = app.guardians
        && p.guardians != Some(g)
    {
        bail!("the file records another number of guardians for this person: {fix}");
    }
    Ok(())
}

/// Compared as a person would: case and runs of blanks aside.
fn normalized(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The journal's first entry, in Swedish as the caseworker reads it.
fn journal_text(app: &Application) -> String {
    let by = match app.requested_by {
        Some(RequestedBy::Myself) => "begärd av den enskilde",
        Some(RequestedBy::Guardian) => "begärd av vårdnadshavare",
        Some(RequestedBy::Court) => "beslutad av domstol",
        Some(RequestedBy::Committee) => "väckt av nämnden",
        None => "utan uppgift om vem som begärt insatsen",
    };
    let mut text = format!(
        "Ansökan om {} ({}) registrerad, inkom {}, {by}.",
        app.insats.swedish(),
        app.insats.as_str(),
        app.received
    );
    if let Some(r) = &app.court_ref {
        text.push_str(&format!(" Domstolens målnummer: {}.", r.trim()));
    }
    for (party, kind) in &app.consents {
        text.push_str(&format!(
            " {} från {} {}.",
            crate::domain::text::capitalized(kind.swedish()),
            party.swedish(),
            app.received
        ));
    }
    text
}
