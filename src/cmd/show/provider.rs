//! The provider's view of a case (S5): what the order carries (D2) and what the provider
//! records (visits, cancellations, the agreement), for the provider's coordinator. Built from
//! those records alone, never by leaving things out of the caseworker's view: the assessment,
//! the authority's journal and a protected person's number and address are never read into it.

use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;

use crate::act::carry_out::{HoursView, case_hours, sv};
use crate::cmd::show::describe_order;
use crate::cmd::show::words::{field, sv_hours};
use crate::domain::case::{CaseStatus, InsatsType, Wishes};
use crate::domain::pnr::Pnr;
use crate::domain::secrecy::PROTECTED;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold};
use crate::store::Store;
use crate::store::assignment::{AgreementRow, OfferRow, active_agreement, pending_offer};
use crate::store::cases::get_case;
use crate::store::guideline::in_use;
use crate::store::order::{OrderRow, open};
use crate::store::people::get_person;
use crate::store::plan::NoteTable;
use crate::store::provider::{Record, records};

/// The person as the provider knows them: no number or address behind a protected identity.
#[derive(Debug, Serialize)]
pub struct ProviderPerson {
    pub name: String,
    /// The personnummer, or `skyddad identitet`.
    pub pnr: String,
    pub address: Option<String>,
    pub protected: bool,
    pub age: u32,
}

#[derive(Debug, Serialize)]
pub struct ProviderView {
    pub case_id: i64,
    /// Always `provider`: the coordinator's part of the case (S5).
    pub view: &'static str,
    pub status: CaseStatus,
    pub insats: InsatsType,
    pub person: ProviderPerson,
    /// The individual's wishes for the assignee (D4).
    pub wishes: Wishes,
    /// The order to the provider (D2), if one is open.
    pub order: Option<OrderRow>,
    pub agreement: Option<AgreementRow>,
    pub pending_offer: Option<OfferRow>,
    pub hours: Option<HoursView>,
    /// Visits and cancellations, by day.
    pub records: Vec<Record>,
    /// The implementation plan's version in force (P1), if any.
    pub plan_version: Option<i64>,
    /// The check-ins with the assignee (P4), and when the next is due.
    pub check_ins: Vec<crate::store::plan::Noted>,
    pub check_in_due: Vec<crate::act::follow_up::DueView>,
    /// The assignee's expenses (P2) and the reports of changed needs (P3).
    pub expenses: Vec<crate::store::plan::ExpenseRow>,
    pub changed_needs: Vec<crate::store::plan::Noted>,
}

/// Loads the provider's view of case `case_id`; notes whether a whole number is shown (S4).
pub fn load(store: &Store, case_id: i64) -> Result<ProviderView> {
    let case = get_case(store, case_id)?;
    let person = get_person(store, case.person_id)?;
    let today = store.actor().today;
    let pnr = Pnr::from_stored(&person.pnr).map_err(|e| anyhow::anyhow!("{e}"))?;
    let guideline = in_use(store)?;
    let hours = case_hours(store, &case, &guideline, today)?;
    store.note().revealed = !person.protected;
    Ok(ProviderView {
        case_id,
        view: "provider",
        status: case.status,
        insats: case.insats,
        person: ProviderPerson {
            name: person.name,
            pnr: if person.protected {
                PROTECTED.to_string()
            } else {
                pnr.formatted()
            },
            address: person.address.filter(|_| !person.protected),
            protected: person.protected,
            age: pnr.age_on(today),
        },
        wishes: case.wishes,
        order: open(store, case_id)?,
        agreement: active_agreement(store, case_id)?,
        pending_offer: pending_offer(store, case_id)?,
        hours,
        records: records(store, case_id)?,
        plan_version: crate::act::plan::show(store, case_id)?
            .in_force
            .map(|v| v.version),
        check_ins: crate::store::plan::notes(store, NoteTable::CheckIn, case_id)?,
        check_in_due: crate::act::plan::case_check_in_due(
            store,
            case_id,
            &guideline.settings,
            today,
        )?,
        expenses: crate::store::plan::expenses(store, case_id)?,
        changed_needs: crate::store::plan::notes(store, NoteTable::ChangedNeeds, case_id)?,
    })
}

impl Output for ProviderView {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        writeln!(
            w,
            "{}",
            bold(
                &format!(
                    "Ärende {} · {} · {} (utförarens del, S5)",
                    self.case_id,
                    self.insats,
                    self.status.swedish()
                ),
                style
            )
        )?;
        let p = &self.person;
        field(w, "person", format!("{}, {} ({} år)", p.name, p.pnr, p.age))?;
        if let Some(a) = &p.address {
            field(w, "adress", a)?;
        }
        self.write_order(w)?;
        if let Some(h) = &self.hours {
            field(w, "timmar", sv_hours(h))?;
        }
        self.write_plan(w)?;
        writeln!(w)?;
        write_records(w, &self.records, style)
    }
}

impl ProviderView {
    /// The order, its goals and note; the assignee and the offer waiting.
    fn write_order(&self, w: &mut dyn Write) -> io::Result<()> {
        match &self.order {
            Some(o) => {
                field(w, "beställning", describe_order(o))?;
                for g in &o.goals {
                    field(w, "mål", g)?;
                }
                if let Some(n) = &o.note {
                    field(w, "anteckning", n)?;
                }
            }
            None => field(w, "beställning", "ingen öppen")?,
        }
        if let Some(g) = &self.agreement {
            field(
                w,
                "uppdragstagare",
                format!(
                    "{} (uppdragstagare {}) sedan {}; avtalsöversyn senast {} (E8)",
                    g.assignee_name, g.assignee_id, g.start_day, g.review_due
                ),
            )?;
        }
        if let Some(o) = &self.pending_offer {
            field(
                w,
                "erbjudet",
                format!(
                    "till {} (uppdragstagare {}) den {}",
                    o.assignee_name, o.assignee_id, o.offered_day
                ),
            )?;
        }
        Ok(())
    }

    /// The plan in force, check-ins, expenses and changed needs (P1-P4).
    fn write_plan(&self, w: &mut dyn Write) -> io::Result<()> {
        match self.plan_version {
            Some(v) => field(w, "plan", format!("version {v} gäller (P1)"))?,
            None if self.agreement.is_some() => field(w, "plan", "ingen ännu (P1)")?,
            None => {}
        }
        for c in &self.check_ins {
            field(w, "avstämning", format!("{}: {}", c.day, c.note))?;
        }
        for d in &self.check_in_due {
            field(w, "avstämning", format!("nästa senast {} (P4)", d.due))?;
        }
        for x in &self.expenses {
            let plan = if x.in_plan {
                ""
            } else {
                ", inte i planen (P2)"
            };
            field(
                w,
                "utlägg",
                format!("{}: {} kr, {}{plan}", x.day, sv(x.amount), x.what),
            )?;
        }
        for n in &self.changed_needs {
            field(w, "ändrade behov", format!("{} (P3): {}", n.day, n.note))?;
        }
        Ok(())
    }
}

/// The provider's records as a table.
pub fn write_records(w: &mut dyn Write, list: &[Record], style: Style) -> io::Result<()> {
    writeln!(w, "{}", bold("Besök och avbokningar", style))?;
    let rows = list.iter().map(|r| {
        vec![
            r.day.clone(),
            match r.kind {
                "visit" => "besök".to_string(),
                _ => "avbokning".to_string(),
            },
            sv(r.hours),
            r.by.clone().unwrap_or_default(),
            r.effect.clone().unwrap_or_default(),
            r.recorded_by.clone(),
        ]
    });
    writeln!(
        w,
        "{}",
        table(
            &[
                "datum",
                "typ",
                "timmar",
                "avbokad av",
                "timmarna",
                "registrerad av"
            ],
            rows,
            style
        )
    )
}

/// `log CASE` for the provider's coordinator: the provider's records, not the journal (S5).
#[derive(Debug, Serialize)]
pub struct ProviderRecords {
    pub case_id: i64,
    pub view: &'static str,
    pub records: Vec<Record>,
}

impl Output for ProviderRecords {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        write_records(w, &self.records, style)
    }
}

/// The provider's records on case `case_id`.
pub fn journal(store: &Store, case_id: i64) -> Result<ProviderRecords> {
    Ok(ProviderRecords {
        case_id,
        view: "provider",
        records: records(store, case_id)?,
    })
}
