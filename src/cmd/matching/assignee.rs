//! `insats match assignee list|show`: the register and one assignee in full.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use crate::Ctx;
use crate::domain::secrecy::show_pnr;
use chrono::NaiveDate;

use crate::domain::matching::Role;
use crate::domain::pnr::Sex;
use crate::domain::recruitment::Stage;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold, ja_nej};
use crate::store::Db;
use crate::store::assignee::{self as register, AssigneeRow, Relation, StepRow};
use crate::store::assignment::{self, AgreementRow, OfferRow};

/// The register of assignees, by number
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only assignees at this stage of the pipeline
    #[arg(long, value_parser = PossibleValuesParser::new(Stage::NAMES))]
    pub stage: Option<String>,
    /// Only contact persons or only companions
    #[arg(long, value_parser = PossibleValuesParser::new(["kontaktperson", "ledsagare"]))]
    pub role: Option<String>,
    /// Show whole personal identity numbers
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Debug, Serialize)]
pub struct ListItem {
    pub assignee_id: i64,
    pub name: String,
    pub pnr: String,
    pub sex: Sex,
    pub role: Role,
    pub stage: Stage,
    pub area: Option<String>,
    pub trained: bool,
    pub interests: Vec<String>,
    pub languages: Vec<String>,
    pub record_checked: Option<NaiveDate>,
    pub approved_day: Option<NaiveDate>,
    pub capacity: u32,
    pub active_assignments: u32,
    pub available_from: Option<NaiveDate>,
    pub waiting_since: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct AssigneeList {
    pub assignees: Vec<ListItem>,
}

pub fn list(ctx: &Ctx, command: &'static str, args: ListArgs) -> Result<Box<dyn Output>> {
    let mut store = ctx.open_existing(command)?;
    let rows = register::list(&store, args.stage.as_deref(), args.role.as_deref())?;
    let active = register::active_assignments(&store)?;
    {
        // S4: the access line counts the assignees listed.
        let mut note = store.note();
        note.counts_people = true;
        note.revealed = args.reveal && !rows.is_empty();
        for r in &rows {
            note.saw(&r.pnr);
        }
    }
    let assignees = rows
        .into_iter()
        .map(|r| ListItem {
            assignee_id: r.assignee_id,
            pnr: show_pnr(&r.pnr, args.reveal),
            active_assignments: active.get(&r.assignee_id).copied().unwrap_or(0),
            name: r.name,
            sex: r.sex,
            role: r.role,
            stage: r.stage,
            area: r.area,
            trained: r.trained,
            interests: r.interests,
            languages: r.languages,
            record_checked: r.record_checked,
            approved_day: r.approved_day,
            capacity: r.capacity,
            available_from: r.available_from,
            waiting_since: r.waiting_since,
        })
        .collect();
    if args.reveal {
        // G5: revealing numbers in an overview is an act worth recording.
        store.write(|tx| tx.audit("match assignee list --reveal", None))?;
    }
    Ok(Box::new(AssigneeList { assignees }))
}

impl Output for AssigneeList {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        if self.assignees.is_empty() {
            return writeln!(
                w,
                "no assignees: register one with `insats match assignee add`"
            );
        }
        let rows = self.assignees.iter().map(|a| {
            vec![
                a.assignee_id.to_string(),
                a.name.clone(),
                a.pnr.clone(),
                a.role.to_string(),
                a.stage.to_string(),
                a.area.clone().unwrap_or_default(),
                format!("{}/{}", a.active_assignments, a.capacity),
                a.waiting_since.map(|d| d.to_string()).unwrap_or_default(),
                a.interests.join(", "),
            ]
        });
        writeln!(
            w,
            "{}",
            table(
                &[
                    "id",
                    "name",
                    "pnr",
                    "role",
                    "stage",
                    "area",
                    "held",
                    "waiting since",
                    "interests"
                ],
                rows,
                style
            )
        )
    }
}

/// One assignee in full
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The assignee's number
    #[arg(value_name = "ID")]
    pub id: i64,
}

#[derive(Debug, Serialize)]
pub struct AssigneeView {
    pub assignee_id: i64,
    pub age: u32,
    pub assignee: AssigneeRow,
    pub relations: Vec<RelationView>,
    pub active_assignments: u32,
    pub steps: Vec<StepRow>,
    pub offers: Vec<OfferRow>,
    pub agreements: Vec<AgreementRow>,
}

pub fn show(ctx: &Ctx, command: &'static str, args: ShowArgs) -> Result<Box<dyn Output>> {
    let store = ctx.open_existing(command)?;
    let conn: &Db = &store;
    let row = register::get(conn, args.id)?;
    let age = row.pnr()?.age_on(ctx.today);
    {
        // S4: one assignee shown, with the whole number.
        let mut note = store.note();
        note.counts_people = true;
        note.revealed = true;
        note.saw(&row.pnr);
    }
    Ok(Box::new(AssigneeView {
        assignee_id: args.id,
        age,
        relations: register::relations(conn, args.id)?
            .into_iter()
            .map(RelationView::from)
            .collect(),
        active_assignments: register::active_assignments_of(conn, args.id)?,
        steps: register::steps(conn, args.id)?,
        offers: assignment::offers_of_assignee(conn, args.id)?,
        agreements: assignment::agreements_of_assignee(conn, args.id)?,
        assignee: row,
    }))
}

/// A relation as shown: a person with protected identity is never shown by number (G5).
#[derive(Debug, Serialize)]
pub struct RelationView {
    pub pnr: Option<String>,
    pub kind: String,
    pub protected: bool,
}

impl From<Relation> for RelationView {
    fn from(r: Relation) -> RelationView {
        RelationView {
            pnr: (!r.protected).then_some(r.pnr),
            kind: r.kind,
            protected: r.protected,
        }
    }
}

fn or_dash<T: std::fmt::Display>(s: &Option<T>) -> String {
    s.as_ref().map_or_else(|| "-".to_owned(), |v| v.to_string())
}

impl Output for AssigneeView {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let a = &self.assignee;
        let head = format!(
            "Assignee {} · {} · {} · {}",
            a.assignee_id, a.name, a.role, a.stage
        );
        writeln!(w, "{}", bold(&head, style))?;
        writeln!(
            w,
            "  person      {} ({} years, {})",
            show_pnr(&a.pnr, true),
            self.age,
            a.sex
        )?;
        writeln!(
            w,
            "  checks      consent {}, criminal-records extract {}, social register {}",
            or_dash(&a.consent_day),
            or_dash(&a.record_checked),
            or_dash(&a.register_checked)
        )?;
        writeln!(
            w,
            "  approved    {}   trained (M5): {}",
            or_dash(&a.approved_day),
            ja_nej(a.trained)
        )?;
        writeln!(
            w,
            "  capacity    {} held of {}; available from {}; waiting since {}",
            self.active_assignments,
            a.capacity,
            or_dash(&a.available_from),
            or_dash(&a.waiting_since)
        )?;
        for (label, value) in [
            ("area", a.area.clone()),
            ("workplace", a.workplace.clone()),
            ("residence", a.residence.clone()),
            (
                "interests",
                (!a.interests.is_empty()).then(|| a.interests.join(", ")),
            ),
            (
                "languages",
                (!a.languages.is_empty()).then(|| a.languages.join(", ")),
            ),
        ] {
            if let Some(v) = value {
                writeln!(w, "  {label:<11} {v}")?;
            }
        }
        for r in &self.relations {
            writeln!(
                w,
                "  {:<11} {} (M3)",
                if r.kind == "relative" {
                    "relative of"
                } else {
                    "network of"
                },
                match &r.pnr {
                    Some(pnr) => show_pnr(pnr, true),
                    None => "skyddad identitet".to_string(),
                }
            )?;
        }
        writeln!(w)?;
        writeln!(w, "{}", bold("Recruitment (M6)", style))?;
        let rows = self.steps.iter().map(|s| {
            vec![
                s.day.clone(),
                s.stage.clone(),
                s.user.clone(),
                s.note.clone().unwrap_or_default(),
            ]
        });
        writeln!(
            w,
            "{}",
            table(&["date", "stage", "by", "note"], rows, style)
        )?;
        if !self.offers.is_empty() {
            writeln!(w)?;
            writeln!(w, "{}", bold("Offers", style))?;
            let rows = self.offers.iter().map(|o| {
                vec![
                    o.case_id.to_string(),
                    o.offered_day.to_string(),
                    o.outcome.to_string(),
                    o.answered_day.map(|d| d.to_string()).unwrap_or_default(),
                ]
            });
            writeln!(
                w,
                "{}",
                table(&["case", "offered", "outcome", "answered"], rows, style)
            )?;
        }
        if !self.agreements.is_empty() {
            writeln!(w)?;
            writeln!(w, "{}", bold("Agreements", style))?;
            let rows = self.agreements.iter().map(|g| {
                vec![
                    g.case_id.to_string(),
                    g.start_day.to_string(),
                    g.status.to_string(),
                    g.review_due.to_string(),
                ]
            });
            writeln!(
                w,
                "{}",
                table(&["case", "start", "status", "review due (E8)"], rows, style)
            )?;
        }
        Ok(())
    }
}
