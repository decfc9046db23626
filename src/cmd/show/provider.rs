//! The provider's view of a case (S5): what the order carries (D2) and what the provider
//! records (visits, cancellations, the agreement), for the provider's coordinator. Built from
//! those records alone, never by leaving things out of the caseworker's view: the assessment,
//! the authority's journal and a protected person's number and address are never read into it.

use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;

use crate::act::carry_out::{HoursView, case_hours};
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
                    "Case {} · {} · {} (the provider's part, S5)",
                    self.case_id, self.insats, self.status
                ),
                style
            )
        )?;
        let p = &self.person;
        writeln!(w, "  person      {}, {} ({} years)", p.name, p.pnr, p.age)?;
        if let Some(a) = &p.address {
            writeln!(w, "  address     {a}")?;
        }
        match &self.order {
            Some(o) => {
                writeln!(
                    w,
                    "  order       #{} to {}, {} h/month, execute by {} ({})",
                    o.order_id, o.provider, o.hours_per_month, o.execute_by, o.status
                )?;
                for g in &o.goals {
                    writeln!(w, "  goal        {g}")?;
                }
                if let Some(n) = &o.note {
                    writeln!(w, "  note        {n}")?;
                }
            }
            None => writeln!(w, "  order       none open")?,
        }
        if let Some(g) = &self.agreement {
            writeln!(
                w,
                "  assignee    {} (assignee {}) since {}; agreement review by {} (E8)",
                g.assignee_name, g.assignee_id, g.start_day, g.review_due
            )?;
        }
        if let Some(o) = &self.pending_offer {
            writeln!(
                w,
                "  offered     to {} (assignee {}) on {}",
                o.assignee_name, o.assignee_id, o.offered_day
            )?;
        }
        if let Some(h) = &self.hours {
            writeln!(w, "  hours       {}", h.describe())?;
        }
        match self.plan_version {
            Some(v) => writeln!(w, "  plan        version {v} in force (P1)")?,
            None if self.agreement.is_some() => writeln!(w, "  plan        none yet (P1)")?,
            None => {}
        }
        for c in &self.check_ins {
            writeln!(w, "  check-in    {}: {}", c.day, c.note)?;
        }
        for d in &self.check_in_due {
            writeln!(w, "  next check-in by {} (P4)", d.due)?;
        }
        for x in &self.expenses {
            let plan = if x.in_plan {
                ""
            } else {
                ", not in the plan (P2)"
            };
            writeln!(
                w,
                "  expense     {}: {} kr, {}{plan}",
                x.day, x.amount, x.what
            )?;
        }
        for n in &self.changed_needs {
            writeln!(w, "  changed needs {} (P3): {}", n.day, n.note)?;
        }
        writeln!(w)?;
        write_records(w, &self.records, style)
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
            format!("{}", r.hours),
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
