//! `insats match assignee list|show`: the register and one assignee in full.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use crate::Ctx;
use crate::cmd::show::words::{field, sv_agreement_status, sv_offer_outcome, sv_sex};
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
        let headers = [
            "nr",
            "namn",
            "personnummer",
            "roll",
            "steg",
            "område",
            "uppdrag",
            "väntar sedan",
            "intressen",
        ];
        writeln!(w, "{}", table(&headers, rows, style))
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
            "Uppdragstagare {} · {} · {} · {}",
            a.assignee_id, a.name, a.role, a.stage
        );
        writeln!(w, "{}", bold(&head, style))?;
        self.write_details(w)?;
        self.write_relations(w)?;
        writeln!(w)?;
        self.write_steps(w, style)?;
        self.write_offers(w, style)?;
        self.write_agreements(w, style)
    }
}

impl AssigneeView {
    /// The person, the checks, approval and capacity, and what the assignee offers.
    fn write_details(&self, w: &mut dyn Write) -> io::Result<()> {
        let a = &self.assignee;
        let pnr = show_pnr(&a.pnr, true);
        field(
            w,
            "person",
            format!("{pnr} ({} år, {})", self.age, sv_sex(a.sex)),
        )?;
        let checks = format!(
            "samtycke {}, utdrag ur belastningsregistret {}, socialregistret {}",
            or_dash(&a.consent_day),
            or_dash(&a.record_checked),
            or_dash(&a.register_checked)
        );
        field(w, "kontroller", checks)?;
        let approved = format!(
            "{}   utbildad (M5): {}",
            or_dash(&a.approved_day),
            ja_nej(a.trained)
        );
        field(w, "godkänd", approved)?;
        let capacity = format!(
            "{} av {} uppdrag; tillgänglig från {}; väntar sedan {}",
            self.active_assignments,
            a.capacity,
            or_dash(&a.available_from),
            or_dash(&a.waiting_since)
        );
        field(w, "kapacitet", capacity)?;
        let list = |l: &[String]| (!l.is_empty()).then(|| l.join(", "));
        for (label, value) in [
            ("område", a.area.clone()),
            ("sysselsättning", a.workplace.clone()),
            ("bostad", a.residence.clone()),
            ("intressen", list(&a.interests)),
            ("språk", list(&a.languages)),
        ] {
            if let Some(v) = value {
                field(w, label, v)?;
            }
        }
        Ok(())
    }

    /// The people the assignee is related to or part of the network of (M3).
    fn write_relations(&self, w: &mut dyn Write) -> io::Result<()> {
        for r in &self.relations {
            let label = if r.kind == "relative" {
                "släkt med"
            } else {
                "nätverk till"
            };
            let who = match &r.pnr {
                Some(pnr) => show_pnr(pnr, true),
                None => "skyddad identitet".to_string(),
            };
            field(w, label, format!("{who} (M3)"))?;
        }
        Ok(())
    }

    fn write_steps(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        writeln!(w, "{}", bold("Rekrytering (M6)", style))?;
        let rows = self.steps.iter().map(|s| {
            vec![
                s.day.clone(),
                s.stage.clone(),
                s.user.clone(),
                s.note.clone().unwrap_or_default(),
            ]
        });
        let headers = ["datum", "steg", "av", "anteckning"];
        writeln!(w, "{}", table(&headers, rows, style))
    }

    fn write_offers(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let rows = self.offers.iter().map(|o| {
            vec![
                o.case_id.to_string(),
                o.offered_day.to_string(),
                sv_offer_outcome(o.outcome).to_string(),
                o.answered_day.map(|d| d.to_string()).unwrap_or_default(),
            ]
        });
        let headers = ["ärende", "erbjudet", "utfall", "svar"];
        section(w, style, "Erbjudanden", &headers, rows)
    }

    fn write_agreements(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let rows = self.agreements.iter().map(|g| {
            vec![
                g.case_id.to_string(),
                g.start_day.to_string(),
                sv_agreement_status(g.status).to_string(),
                g.review_due.to_string(),
            ]
        });
        let headers = ["ärende", "start", "läge", "översyn senast (E8)"];
        section(w, style, "Avtal", &headers, rows)
    }
}

/// A titled table after a blank line; nothing when it has no rows.
fn section(
    w: &mut dyn Write,
    style: Style,
    title: &str,
    headers: &[&str],
    rows: impl ExactSizeIterator<Item = Vec<String>>,
) -> io::Result<()> {
    if rows.len() == 0 {
        return Ok(());
    }
    writeln!(w)?;
    writeln!(w, "{}", bold(title, style))?;
    writeln!(w, "{}", table(headers, rows, style))
}
