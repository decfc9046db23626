//! People and cases over their whole life: consent recorded as facts (K1, K2, K5), a person's
//! details corrected with every old value kept, an application withdrawn (F9), a case closed
//! and reopened, a demand for a decision dated (F8), and finding people.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::case::{CaseEvent, CaseStatus, InsatsType};
use crate::domain::consent::{Kind, Party};
use crate::domain::identity::Identity;
use crate::domain::pnr::Sex;
use crate::domain::rules::Rule;
use crate::domain::warning::Warning;
use crate::store::Tx;
use crate::store::cases::{advance, cases_of, get_case, set_decision_demanded};
use crate::store::journal::{self, EntryKind, append_dated};
use crate::store::people::{self, PersonField, PersonRow, get_person};

/// What `consent` records: who, what, on which day.
#[derive(Debug, Clone)]
pub struct ConsentRequest {
    pub case_id: i64,
    pub by: Party,
    pub kind: Kind,
    pub day: NaiveDate,
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ConsentRecorded {
    pub case_id: i64,
    pub consent_id: i64,
    pub by: Party,
    pub kind: Kind,
    pub day: NaiveDate,
    pub journal_entry: i64,
    /// A withdrawn consent for a contact person flags the case (K5: the intervention ends).
    pub flagged: bool,
    pub warnings: Vec<Warning>,
}

/// `consent CASE --by WHO --given|--withdrawn|--refused DATE`: a fact on the case, checked
/// against the person: a guardian's for a child only, and only a guardian the child has.
pub fn consent(tx: &Tx, req: &ConsentRequest) -> Result<ConsentRecorded> {
    let case = get_case(tx, req.case_id)?;
    let person = get_person(tx, case.person_id)?;
    let today = tx.actor().today;
    if req.day > today {
        bail!(
            "the consent's day {} is after today ({today}): record it once it is given",
            req.day
        );
    }
    if let Some(slot) = req.by.slot() {
        let age = person.pnr()?.age_on(req.day);
        if age >= 18 {
            bail!(
                "a guardian's consent is for a child, and this person is an adult: record the \
                 person's own with --by self"
            );
        }
        let count = person.guardians.unwrap_or(0);
        if slot > count {
            bail!(
                "the child has {count} guardian{} in the file, so there is no guardian {slot}: \
                 `insats person update PNR --guardians 2 --note TEXT` records a second",
                if count == 1 { "" } else { "s" }
            );
        }
    }
    let consent_id = people::insert_consent(
        tx,
        case.case_id,
        req.by,
        req.kind,
        req.day,
        req.note.as_deref(),
    )?;
    let mut text = format!(
        "{} från {} {} (K1).",
        crate::domain::text::capitalized(req.kind.swedish()),
        req.by.swedish(),
        req.day
    );
    if let Some(n) = &req.note {
        text.push(' ');
        text.push_str(n.trim());
    }
    let journal_entry = append_dated(tx, case.case_id, EntryKind::Event, &text, today)?;
    let kontaktperson = matches!(
        case.insats,
        InsatsType::KontaktpersonSol | InsatsType::KontaktpersonLss | InsatsType::KvalificeradSol
    );
    let in_force = matches!(
        case.status,
        CaseStatus::Decided | CaseStatus::Ordered | CaseStatus::Executed
    );
    let flagged = req.kind == Kind::Withdrawn && kontaktperson && in_force;
    let mut warnings = Vec::new();
    if flagged {
        let w = Warning::new(
            Rule::K5,
            format!(
                "the consent is withdrawn: a contact person rests on the individual's will, so the \
                 intervention ends; case {} is flagged until it is followed up",
                case.case_id
            ),
            "Samtycket är återkallat: insatsen bygger på den enskildes vilja och ska avslutas \
             (K5). Följ upp beslutet."
                .to_string(),
        );
        journal::warn(tx, case.case_id, &w, today)?;
        warnings.push(w);
    }
    Ok(ConsentRecorded {
        case_id: case.case_id,
        consent_id,
        by: req.by,
        kind: req.kind,
        day: req.day,
        journal_entry,
        flagged,
        warnings,
    })
}

/// What `person update` changes; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct PersonUpdate {
    pub name: Option<String>,
    /// `Some(None)` clears the address.
    pub address: Option<Option<String>>,
    pub sex: Option<Sex>,
    pub protected: Option<bool>,
    pub guardians: Option<u8>,
    pub guardian_names: [Option<String>; 2],
    pub guardian_addresses: [Option<String>; 2],
    /// The person's real number, for someone registered with a reserve number.
    pub pnr: Option<crate::domain::pnr::Pnr>,
    pub note: String,
}

#[derive(Debug, Serialize)]
pub struct PersonUpdated {
    pub person_id: i64,
    /// The fields changed, in order.
    pub changed: Vec<String>,
    /// The cases whose journal records the change.
    pub cases: Vec<i64>,
}

/// `person update`: each change kept with its old value in the person's history, journalled on
/// every case of theirs and audited. The journal names what changed, not the old values (G5:
/// the history holds them).
pub fn update_person(tx: &Tx, person: &PersonRow, u: &PersonUpdate) -> Result<PersonUpdated> {
    let id = person.person_id;
    let mut changed: Vec<String> = Vec::new();
    let mut change = |field: PersonField, old: Option<String>, new: Option<String>| -> Result<()> {
        if old != new {
            people::change_person(tx, id, field, old.as_deref(), new.as_deref(), &u.note)?;
            changed.push(field.column().to_string());
        }
        Ok(())
    };
    if let Some(name) = &u.name {
        change(
            PersonField::Name,
            Some(person.name.clone()),
            Some(name.trim().to_owned()),
        )?;
    }
    if let Some(address) = &u.address {
        change(
            PersonField::Address,
            person.address.clone(),
            address.clone(),
        )?;
    }
    if let Some(sex) = u.sex {
        if !person.is_reserve() {
            bail!(
                "the sex of a person with a personnummer is the number's: correct the number \
                 with --pnr, or register the right person"
            );
        }
        change(
            PersonField::Sex,
            Some(person.sex.as_str().to_owned()),
            Some(sex.as_str().to_owned()),
        )?;
    }
    if let Some(p) = u.protected {
        let flag = |b: bool| Some(if b { "1" } else { "0" }.to_owned());
        change(PersonField::Protected, flag(person.protected), flag(p))?;
    }
    if let Some(g) = u.guardians {
        change(
            PersonField::Guardians,
            person.guardians.map(|n| n.to_string()),
            Some(g.to_string()),
        )?;
    }
    if let Some(pnr) = &u.pnr {
        if !person.is_reserve() {
            bail!(
                "--pnr gives a person registered with a reserve number their personnummer; this \
                 person has one already"
            );
        }
        if people::by_identity(tx, pnr.as_str())?.is_some() {
            bail!("that personnummer belongs to another person in the file");
        }
        change(
            PersonField::Pnr,
            Some(person.pnr.clone()),
            Some(pnr.as_str().to_owned()),
        )?;
        change(
            PersonField::BirthDate,
            Some(person.birth_date.to_string()),
            Some(pnr.birth_date().to_string()),
        )?;
        change(
            PersonField::Sex,
            Some(person.sex.as_str().to_owned()),
            Some(pnr.sex().as_str().to_owned()),
        )?;
        let coordination = pnr.kind() == crate::domain::pnr::PnrKind::Samordningsnummer;
        change(
            PersonField::Coordination,
            Some(if person.coordination_number { "1" } else { "0" }.to_owned()),
            Some(if coordination { "1" } else { "0" }.to_owned()),
        )?;
    }
    guardian_changes(tx, person, u, &mut changed)?;
    if changed.is_empty() {
        bail!("nothing to change: every value given is what the file has already");
    }
    let cases: Vec<i64> = cases_of(tx, id)?.iter().map(|c| c.case_id).collect();
    let text = format!(
        "Personuppgifter ändrade: {}. {}",
        changed.join(", "),
        u.note.trim()
    );
    for c in &cases {
        append_dated(tx, *c, EntryKind::Event, &text, tx.actor().today)?;
    }
    Ok(PersonUpdated {
        person_id: id,
        changed,
        cases,
    })
}

/// The guardians' names and addresses, each slot kept like any other field.
fn guardian_changes(
    tx: &Tx,
    person: &PersonRow,
    u: &PersonUpdate,
    changed: &mut Vec<String>,
) -> Result<()> {
    let count = u.guardians.or(person.guardians).unwrap_or(0);
    let known = people::guardians(tx, person.person_id)?;
    for slot in 1..=2u8 {
        let i = usize::from(slot - 1);
        let (name, address) = (&u.guardian_names[i], &u.guardian_addresses[i]);
        if name.is_none() && address.is_none() {
            continue;
        }
        if slot > count {
            bail!(
                "guardian {slot} is named, but the child has {count} guardian{} in the file: \
                 give --guardians {slot} as well",
                if count == 1 { "" } else { "s" }
            );
        }
        let old = known.iter().find(|g| g.slot == slot);
        let g = crate::domain::case::Guardian {
            name: name.clone().or(old.and_then(|o| o.name.clone())),
            address: address.clone().or(old.and_then(|o| o.address.clone())),
        };
        let field = format!("guardian-{slot}");
        let before = old.map(|o| describe(o.name.as_deref(), o.address.as_deref()));
        let after = Some(describe(g.name.as_deref(), g.address.as_deref()));
        if before != after {
            people::set_guardian(tx, person.person_id, slot, &g)?;
            people::record_change(
                tx,
                person.person_id,
                &field,
                before.as_deref(),
                after.as_deref(),
                &u.note,
            )?;
            changed.push(field);
        }
    }
    Ok(())
}

fn describe(name: Option<&str>, address: Option<&str>) -> String {
    match (name, address) {
        (Some(n), Some(a)) => format!("{n}, {a}"),
        (Some(n), None) => n.to_owned(),
        (None, Some(a)) => a.to_owned(),
        (None, None) => String::new(),
    }
}

/// What `withdraw`, `close` and `reopen` did.
#[derive(Debug, Serialize)]
pub struct CaseMoved {
    pub case_id: i64,
    pub status: CaseStatus,
    pub journal_entry: i64,
}

/// `withdraw CASE --date DATE --note TEXT` (F9): the applicant withdrew the application; the
/// case is written off, with a short notice and no appeal information.
pub fn withdraw(tx: &Tx, case_id: i64, day: NaiveDate, note: &str) -> Result<CaseMoved> {
    withdraw_recorded_on(tx, case_id, day, note, tx.actor().today)
}

/// [`withdraw`], with the journal entry dated `recorded` (the demo writes its history as it
/// happened; the command records on today).
pub fn withdraw_recorded_on(
    tx: &Tx,
    case_id: i64,
    day: NaiveDate,
    note: &str,
    recorded: NaiveDate,
) -> Result<CaseMoved> {
    let today = tx.actor().today;
    if day > today {
        bail!("the withdrawal's day {day} is after today ({today}): record it once it is made");
    }
    let case = get_case(tx, case_id)?;
    if day < case.received {
        bail!(
            "the withdrawal's day {day} is before the application came in ({}): check --date",
            case.received
        );
    }
    let status = advance(tx, case_id, CaseEvent::Withdrawn)?;
    crate::store::due_process::set_withdrawn(tx, case_id, day)?;
    let journal_entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Ansökan återkallad {day}; ärendet avskrivs (F9). {}",
            note.trim()
        ),
        recorded,
    )?;
    tx.audit("application withdrawn: written off", Some(case_id))?;
    Ok(CaseMoved {
        case_id,
        status,
        journal_entry,
    })
}

/// `close CASE --note TEXT`: nothing is in force any more, so the case is closed.
pub fn close(tx: &Tx, case_id: i64, note: &str) -> Result<CaseMoved> {
    get_case(tx, case_id)?;
    let status = advance(tx, case_id, CaseEvent::Closed)?;
    let journal_entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!("Ärendet avslutat. {}", note.trim()),
        tx.actor().today,
    )?;
    tx.audit("case closed", Some(case_id))?;
    Ok(CaseMoved {
        case_id,
        status,
        journal_entry,
    })
}

/// `reopen CASE --note TEXT`: a written-off or closed case goes back to where it stood.
pub fn reopen(tx: &Tx, case_id: i64, note: &str) -> Result<CaseMoved> {
    let case = get_case(tx, case_id)?;
    let to = case.reopens_to.unwrap_or(CaseStatus::Application);
    let status = advance(tx, case_id, CaseEvent::Reopened { to })?;
    let journal_entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Ärendet återupptaget ({}). {}",
            status.swedish(),
            note.trim()
        ),
        tx.actor().today,
    )?;
    tx.audit("case reopened", Some(case_id))?;
    Ok(CaseMoved {
        case_id,
        status,
        journal_entry,
    })
}

/// `log CASE --demand-decision DATE` (F8): the applicant demanded a decision in writing; the
/// committee answers within four weeks.
pub fn demand_decision(tx: &Tx, case_id: i64, day: NaiveDate) -> Result<i64> {
    let today = tx.actor().today;
    if day > today {
        bail!("the demand's day {day} is after today ({today}): record it once it has come in");
    }
    let case = get_case(tx, case_id)?;
    if !matches!(case.status, CaseStatus::Application | CaseStatus::Assessed) {
        bail!(
            "case {case_id} is {}: a demand for a decision is for an application not yet decided",
            case.status
        );
    }
    if day < case.received {
        bail!(
            "the demand's day {day} is before the application came in ({}): check the date",
            case.received
        );
    }
    set_decision_demanded(tx, case_id, day)?;
    let answer_by = day + chrono::Duration::weeks(4);
    append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Skriftlig begäran om avgörande inkom {day} (F8): nämnden ska inom fyra veckor, \
             senast {answer_by}, avgöra ärendet eller i ett särskilt beslut avslå begäran."
        ),
        today,
    )
}

/// A person found by number or reserve number, for `person show` and `person update`.
pub fn person_by_number(tx_or_db: &crate::store::Db, id: &Identity) -> Result<PersonRow> {
    people::by_identity(tx_or_db, id.as_str())?.ok_or_else(|| {
        anyhow!("no person in the file has that number: `insats find TEXT` searches by name")
    })
}
