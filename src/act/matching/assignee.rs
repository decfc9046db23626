//! The register of assignees (uppdragstagare): registering one with the recruitment steps done
//! so far, changing their details, and moving them along the recruitment pipeline (M6), each
//! step dated.

use anyhow::{Result, anyhow};
use chrono::NaiveDate;

use crate::domain::dates::years_between;
use crate::domain::matching::Role;
use crate::domain::matching::check_companion_extract;
use crate::domain::pnr::Pnr;
use crate::domain::recruitment::steps::Filled;
use crate::domain::recruitment::{
    self, Checks, Stage, check_after_consent, check_approval, check_step_day,
};
use crate::domain::text::{clean_list, clean_text};
use crate::error::usage;
use crate::store::Tx;
use crate::store::assignee::NewAssignee;
use crate::store::assignee::{self as register, AssigneeRow, Field};
use crate::store::guideline::in_use;
use crate::store::journal::{EntryKind, append_dated};
use serde::Serialize;

/// A step asked for: the assignee moves to `to` on `day`; for `checked`, the days of the two
/// register checks (each defaults to `day`).
#[derive(Debug, Clone)]
pub struct StepRequest {
    pub id: i64,
    pub to: Stage,
    pub day: NaiveDate,
    pub note: Option<String>,
    pub record_checked: Option<NaiveDate>,
    pub register_checked: Option<NaiveDate>,
}

/// `match assignee step`: checks the move (M6), makes its effects (dates, the queue, offers
/// withdrawn when the assignee ends) and records the dated step. Returns the stage moved from
/// and the cases whose open offer was withdrawn.
pub fn step(tx: &Tx, req: &StepRequest) -> Result<(Stage, Vec<i64>)> {
    let (id, to, day) = (req.id, req.to, req.day);
    let row = register::get(tx, id)?;
    let from = row.stage;
    check_move(id, from, to)?;
    check_step_day(id, to, day, register::last_step_day(tx, id)?)?;
    let withdrawn = effects(tx, &row, from, req)?;
    register::move_to(tx, id, to, day, req.note.as_deref())?;
    Ok((from, withdrawn))
}

/// The pipeline's moves (M6); offers and assignments belong to their own commands.
fn check_move(id: i64, from: Stage, to: Stage) -> Result<()> {
    if to == Stage::Offered || (to == Stage::Waiting && from == Stage::Offered) {
        return Err(usage(
            "offers are made and answered per case: `insats match offer CASE --assignee ID`, \
             `insats match decline CASE`",
        ));
    }
    if to == Stage::Assigned && from != Stage::Paused {
        return Err(usage(
            "an assignment starts per case: `insats match start CASE --date DATE`",
        ));
    }
    recruitment::check_move(id, from, to)?;
    Ok(())
}

/// What the step changes beside the stage; returns the cases whose open offer was withdrawn.
fn effects(tx: &Tx, row: &AssigneeRow, from: Stage, req: &StepRequest) -> Result<Vec<i64>> {
    let (to, day) = (req.to, req.day);
    let id = row.assignee_id;
    let ds = day.to_string();
    match to {
        Stage::Interview => register::set(tx, id, Field::InterviewDay, &ds)?,
        Stage::Consent => register::set(tx, id, Field::ConsentDay, &ds)?,
        Stage::Checked => {
            let consent = row.consent_day;
            for (field, flag, date) in [
                (Field::RecordChecked, "--record-checked", req.record_checked),
                (
                    Field::RegisterChecked,
                    "--register-checked",
                    req.register_checked,
                ),
            ] {
                let date = date.unwrap_or(day);
                check_after_consent(flag, date, consent)?;
                if date > day {
                    return Err(anyhow!(
                        "{flag} {date} is after the step's --date {day}: the checks are done \
                         when the step is reached"
                    ));
                }
                register::set(tx, id, field, date.to_string())?;
            }
        }
        Stage::Approved => {
            let checks = Checks {
                consent: row.consent_day,
                record_extract: row.record_checked,
                social_register: row.register_checked,
            };
            check_approval(id, &checks, day)?;
            let settings = in_use(tx)?.settings.clone();
            check_companion_extract(
                row.role,
                checks.record_extract,
                settings.record_extract_valid_months,
                day,
                &format!(
                    "record a new one with `insats match assignee update {id} --record-checked DATE`"
                ),
            )?;
            register::set(tx, id, Field::ApprovedDay, &ds)?;
            register::set(tx, id, Field::WaitingSince, &ds)?;
        }
        Stage::Waiting => {
            if from == Stage::Assigned || from == Stage::Paused {
                no_active_agreement(tx, id, "back in the queue")?;
            }
            // Approved: the queue started at approval. Back from an assignment or a break: it
            // starts again today.
            if from != Stage::Approved || row.waiting_since.is_none() {
                register::set(tx, id, Field::WaitingSince, &ds)?;
            }
        }
        Stage::Assigned => {
            // Resuming a paused assignment.
            if register::held_case(tx, id)?.is_none() {
                return Err(anyhow!(
                    "assignee {id} holds no active agreement to resume: an assignment starts \
                     with `insats match start CASE --date DATE`"
                ));
            }
        }
        Stage::Ended => {
            no_active_agreement(tx, id, "ended")?;
            register::set(tx, id, Field::WaitingSince, None::<String>)?;
            return withdraw_offers(tx, row, day);
        }
        // Out of the queue; back in it from the day they return to waiting.
        Stage::Paused | Stage::NotApproved => {
            register::set(tx, id, Field::WaitingSince, None::<String>)?;
        }
        Stage::Interest | Stage::Offered => {}
    }
    Ok(Vec::new())
}

fn no_active_agreement(tx: &Tx, id: i64, what: &str) -> Result<()> {
    match register::held_case(tx, id)? {
        Some(c) => Err(anyhow!(
            "assignee {id} still holds the assignment of case {c}: it cannot be {what} until \
             that agreement has ended"
        )),
        None => Ok(()),
    }
}

/// An assignee who ends has no offers left open; each case's journal says so.
fn withdraw_offers(tx: &Tx, row: &AssigneeRow, day: NaiveDate) -> Result<Vec<i64>> {
    let id = row.assignee_id;
    let open = register::pending_offers(tx, id)?;
    let mut cases = Vec::new();
    for (offer, case) in open {
        crate::store::assignment::withdraw_offer(tx, offer, day)?;
        append_dated(
            tx,
            case,
            EntryKind::Event,
            &format!(
                "Erbjudandet till {} återkallades {day}: uppdragstagaren har avslutat sitt \
                 uppdrag hos utföraren. Ett nytt förslag tas fram (M6).",
                super::who_sv(row)
            ),
            day,
        )?;
        tx.audit(&format!("offer {offer} withdrawn"), Some(case))?;
        cases.push(case);
    }
    Ok(cases)
}

/// What `match assignee update` changes; `None` and empty lists leave a field as it is.
#[derive(Debug, Clone, Default)]
pub struct UpdateRequest {
    pub id: i64,
    pub name: Option<String>,
    pub sex: Option<String>,
    pub interests: Vec<String>,
    pub languages: Vec<String>,
    pub area: Option<String>,
    pub workplace: Option<String>,
    pub residence: Option<String>,
    pub capacity: Option<u32>,
    pub trained: bool,
    pub untrained: bool,
    pub record_checked: Option<NaiveDate>,
    pub register_checked: Option<NaiveDate>,
    pub available_from: Option<NaiveDate>,
    /// Relations to add (M3): the individual's number and "relative" or "network".
    pub adds: Vec<(Pnr, &'static str)>,
    pub removes: Vec<Pnr>,
}

/// `match assignee update`: the changed fields and relations, checked and audited; returns the
/// names of what changed.
pub fn update(tx: &Tx, req: &UpdateRequest) -> Result<Vec<&'static str>> {
    let id = req.id;
    let row = register::get(tx, id)?;
    let own = row.pnr()?;
    let mut changed: Vec<&'static str> = Vec::new();
    let mut set = |field: Field, value: register::Value| -> Result<()> {
        register::set(tx, id, field, value)?;
        changed.push(field.column());
        Ok(())
    };
    if let Some(name) = &req.name {
        set(Field::Name, name.trim().into())?;
    }
    if let Some(sex) = &req.sex {
        set(Field::Sex, sex.into())?;
    }
    if !req.interests.is_empty() {
        let list = serde_json::to_string(&clean_list(req.interests.clone()))?;
        set(Field::Interests, list.into())?;
    }
    if !req.languages.is_empty() {
        let list = serde_json::to_string(&clean_list(req.languages.clone()))?;
        set(Field::Languages, list.into())?;
    }
    for (field, value) in [
        (Field::Area, &req.area),
        (Field::Workplace, &req.workplace),
        (Field::Residence, &req.residence),
    ] {
        if value.is_some() {
            set(field, clean_text(value.clone()).into())?;
        }
    }
    if let Some(c) = req.capacity {
        set(Field::Capacity, c.into())?;
    }
    if req.trained || req.untrained {
        set(Field::Trained, req.trained.into())?;
    }
    let consent = row.consent_day;
    for (field, flag, day) in [
        (Field::RecordChecked, "--record-checked", req.record_checked),
        (
            Field::RegisterChecked,
            "--register-checked",
            req.register_checked,
        ),
    ] {
        let Some(day) = day else { continue };
        check_after_consent(flag, day, consent)?;
        set(field, day.into())?;
    }
    if let Some(day) = req.available_from {
        set(Field::AvailableFrom, day.into())?;
    }
    for (p, kind) in &req.adds {
        if *p == own {
            return Err(anyhow!("that is the assignee's own number"));
        }
        register::add_relation(tx, id, p, kind)?;
    }
    if !req.adds.is_empty() {
        changed.push("relations");
    }
    for p in &req.removes {
        if !register::remove_relation(tx, id, p)? {
            return Err(anyhow!(
                "--remove-relation: assignee {id} has no relation to that number: \
                 `insats match assignee show {id}` lists them"
            ));
        }
    }
    if !req.removes.is_empty() && req.adds.is_empty() {
        changed.push("relations");
    }
    if changed.is_empty() {
        return Err(usage(
            "nothing to change: give at least one flag (see `insats match assignee update --help`)",
        ));
    }
    tx.audit(
        &format!("assignee {id} updated: {}", changed.join(", ")),
        None,
    )?;
    Ok(changed)
}

#[derive(Debug, Serialize)]
pub struct Added {
    pub assignee_id: i64,
    pub name: String,
    pub role: Role,
    pub stage: Stage,
    pub steps: Vec<AddedStep>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct AddedStep {
    pub stage: Stage,
    pub day: NaiveDate,
    pub implied: bool,
}

/// An assignee to register: the row, the relations to individuals (M3), and the recruitment
/// steps done so far (M6), dated.
#[derive(Debug, Clone)]
pub struct AddRequest {
    pub new: NewAssignee,
    pub relations: Vec<(Pnr, &'static str)>,
    pub filled: Filled,
    /// A note on the first step.
    pub note: Option<String>,
}

/// `match assignee add`: a companion approved needs a recent criminal-records extract (M2);
/// an assignee under 18 is registered with a warning, since matching excludes them (M1).
pub fn add(tx: &Tx, req: &AddRequest, today: NaiveDate) -> Result<Added> {
    let (new, filled) = (&req.new, &req.filled);
    let settings = in_use(tx)?.settings.clone();
    if let Some(day) = filled.approved {
        check_companion_extract(
            new.role,
            filled.record_extract,
            settings.record_extract_valid_months,
            day,
            "give a newer --record-checked",
        )?;
    }
    let mut warnings = Vec::new();
    let age = years_between(new.pnr.birth_date(), today);
    if age < settings.adult_age {
        warnings.push(format!(
            "the assignee is {age}, under {}: matching excludes them until they turn {} (M1)",
            settings.adult_age, settings.adult_age
        ));
    }
    if let Some(existing) = register::find_by_pnr(tx, &new.pnr)? {
        return Err(anyhow!(
            "this personal identity number is already registered as assignee {existing}: \
             change it with `insats match assignee update {existing}`"
        ));
    }
    let id = register::insert(tx, new)?;
    for (p, kind) in &req.relations {
        register::add_relation(tx, id, p, kind)?;
    }
    for (i, s) in filled.steps.iter().enumerate() {
        let implied = s
            .implied
            .then_some("Steget registrerades i efterhand; datum härlett från ett senare steg.");
        let text = if i == 0 && req.note.is_some() {
            req.note.as_deref()
        } else {
            implied
        };
        register::add_step(tx, id, s.stage, s.day, text)?;
    }
    tx.audit(&format!("assignee {id} registered"), None)?;
    Ok(Added {
        assignee_id: id,
        name: new.name.clone(),
        role: new.role,
        stage: new.stage,
        steps: filled
            .steps
            .iter()
            .map(|s| AddedStep {
                stage: s.stage,
                day: s.day,
                implied: s.implied,
            })
            .collect(),
        warnings,
    })
}
