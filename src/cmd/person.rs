//! `insats person show|update`: a person over their whole life, every case of theirs, their
//! consents and guardians, and the history of every change to their details.

use std::io::{self, Write};

use anyhow::{Result, anyhow};
use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::Ctx;
use crate::act::person::{self, PersonUpdate, PersonUpdated};
use crate::cmd::show::words::{PROTECTED_MARK, field, guardian_line, sv_sex};
use crate::domain::identity::{Identity, Reserve};
use crate::domain::pnr::{Pnr, Sex};
use crate::domain::text::clean_text;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style, bold};
use crate::store::Store;
use crate::store::cases::{CaseRow, cases_of, get_case};
use crate::store::people::{self, ChangeRow, ConsentRow, GuardianRow, PersonRow, get_person};

/// A person: every case of theirs, consents, guardians, and the history of changes
#[derive(Debug, Args)]
pub struct PersonArgs {
    #[command(subcommand)]
    pub command: PersonCommand,
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// The person, every case of theirs, consents, guardians and the history of every change
    Show(ShowArgs),
    /// Correct or change a person's details; every change is journalled on each of their cases
    /// and kept with its old value
    Update(Box<UpdateArgs>),
}

impl PersonArgs {
    pub fn name(&self) -> &'static str {
        self.op().path()
    }

    /// The command as the role table (S2) knows it.
    pub fn op(&self) -> crate::domain::access::Op {
        use crate::domain::access::Op;
        match self.command {
            PersonCommand::Show(_) => Op::PersonShow,
            PersonCommand::Update(_) => Op::PersonUpdate,
        }
    }
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The personnummer (any written form) or reserve number
    #[arg(
        value_name = "PNR",
        required_unless_present = "case",
        conflicts_with = "case"
    )]
    pub pnr: Option<String>,
    /// The person of this case
    #[arg(long, value_name = "CASE")]
    pub case: Option<i64>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The personnummer (any written form) or reserve number
    #[arg(value_name = "PNR")]
    pub pnr: String,
    /// The person's name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Postal address ('' clears it)
    #[arg(long, value_name = "TEXT")]
    pub address: Option<String>,
    /// For a person with a reserve number (a personnummer says the sex itself)
    #[arg(long, value_parser = PossibleValuesParser::new(Sex::NAMES))]
    pub sex: Option<String>,
    /// The person has protected identity (skyddad identitet)
    #[arg(long, conflicts_with = "not_protected")]
    pub protected: bool,
    /// The protection has ended
    #[arg(long)]
    pub not_protected: bool,
    /// How many guardians (vårdnadshavare) the child has
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub guardians: Option<u8>,
    /// The first guardian's name
    #[arg(long = "guardian-1", value_name = "NAME")]
    pub guardian_1: Option<String>,
    /// The second guardian's name
    #[arg(long = "guardian-2", value_name = "NAME")]
    pub guardian_2: Option<String>,
    /// The first guardian's postal address
    #[arg(long = "guardian-1-address", value_name = "TEXT")]
    pub guardian_1_address: Option<String>,
    /// The second guardian's postal address
    #[arg(long = "guardian-2-address", value_name = "TEXT")]
    pub guardian_2_address: Option<String>,
    /// The real personnummer of someone registered with a reserve number; every case is kept
    #[arg(long = "pnr", value_name = "NEW")]
    pub new_pnr: Option<String>,
    /// Why: the source of the correction, for the history and the journal
    #[arg(long, value_name = "TEXT")]
    pub note: String,
}

/// The person as `person show` prints it.
#[derive(Debug, Serialize)]
pub struct PersonView {
    pub person: PersonRow,
    /// The number as written (`YYYYMMDD-NNNN`, or `YYYYMMDD-T123` for a reserve number).
    pub identity: String,
    pub reserve_number: bool,
    pub age: u32,
    pub guardians: Vec<GuardianRow>,
    pub cases: Vec<CaseRow>,
    pub consents: Vec<ConsentRow>,
    pub history: Vec<ChangeRow>,
}

impl Output for PersonView {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let p = &self.person;
        let head = format!("Person {} · {} · {}", p.person_id, p.name, self.identity);
        writeln!(w, "{}", bold(&head, style))?;
        self.write_details(w, style)?;
        writeln!(w)?;
        self.write_cases(w, style)?;
        self.write_consents(w, style)?;
        self.write_history(w, style)
    }
}

impl PersonView {
    /// Birth, number, address (with the protected-identity marker, G5) and guardians.
    fn write_details(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let p = &self.person;
        let born = format!("{} ({} år, {})", p.birth_date, self.age, sv_sex(p.sex));
        field(w, "född", born)?;
        if self.reserve_number {
            let hint = format!(
                "reservnummer: `insats person update {} --pnr NEW --note TEXT` ger det riktiga",
                self.identity
            );
            field(w, "nummer", hint)?;
        }
        if let Some(a) = &p.address {
            if p.protected {
                field(w, "adress", format!("{a}  {}", bold(PROTECTED_MARK, style)))?;
            } else {
                field(w, "adress", a)?;
            }
        }
        for g in &self.guardians {
            let label = format!("vårdnadshavare {}", g.slot);
            field(w, &label, guardian_line(g))?;
        }
        Ok(())
    }

    fn write_cases(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let rows = self.cases.iter().map(|c| {
            vec![
                c.case_id.to_string(),
                c.insats.to_string(),
                c.status.swedish().to_string(),
                c.received.to_string(),
                c.caseworker.clone(),
            ]
        });
        let headers = ["ärende", "insats", "läge", "inkom", "handläggare"];
        writeln!(w, "{}", table(&headers, rows, style))
    }

    fn write_consents(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        if self.consents.is_empty() {
            return Ok(());
        }
        let rows = self.consents.iter().map(|k| {
            vec![
                k.case_id.to_string(),
                k.day.to_string(),
                k.by.to_string(),
                k.kind.swedish().to_string(),
                k.note.clone().unwrap_or_default(),
            ]
        });
        let headers = ["ärende", "dag", "vem", "vad", "anteckning"];
        writeln!(w, "{}", table(&headers, rows, style))
    }

    fn write_history(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        if self.history.is_empty() {
            return Ok(());
        }
        writeln!(w, "{}", bold("Ändringar", style))?;
        let rows = self.history.iter().map(|h| {
            vec![
                h.day.to_string(),
                h.field.clone(),
                h.old_value.clone().unwrap_or_default(),
                h.new_value.clone().unwrap_or_default(),
                h.user.clone(),
                h.note.clone(),
            ]
        });
        let headers = ["dag", "uppgift", "förut", "nu", "av", "anteckning"];
        writeln!(w, "{}", table(&headers, rows, style))
    }
}

impl Output for PersonUpdated {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let cases: Vec<String> = self.cases.iter().map(i64::to_string).collect();
        writeln!(
            w,
            "person {}: {} ändrat; journalfört i ärende {}",
            self.person_id,
            self.changed.join(", "),
            cases.join(", ")
        )
    }
}

/// A personnummer in any written form, or a reserve number (`YYYYMMDD-T123`).
pub fn identity_arg(text: &str, today: chrono::NaiveDate) -> Result<Identity> {
    let t = text.trim();
    if t.to_ascii_uppercase().contains('T') {
        let compact = t.replace('-', "").to_ascii_uppercase();
        return Reserve::from_stored(&compact)
            .map(Identity::Reserve)
            .ok_or_else(|| usage("PNR: not a reserve number (YYYYMMDD-T and three digits)"));
    }
    Pnr::parse(t, today)
        .map(Identity::Pnr)
        .map_err(|e| anyhow!("PNR: {e}"))
}

pub fn run(ctx: &Ctx, command: &'static str, args: PersonArgs) -> Result<Box<dyn Output>> {
    match args.command {
        PersonCommand::Show(a) => show(ctx, command, a),
        PersonCommand::Update(a) => update(ctx, command, *a),
    }
}

fn show(ctx: &Ctx, command: &'static str, args: ShowArgs) -> Result<Box<dyn Output>> {
    let store = ctx.open_existing(command)?;
    let person = match (&args.pnr, args.case) {
        (_, Some(case)) => get_person(&store, get_case(&store, case)?.person_id)?,
        (Some(text), None) => person::person_by_number(&store, &identity_arg(text, ctx.today)?)?,
        (None, None) => return Err(usage("give the person's PNR or --case CASE")),
    };
    Ok(Box::new(view(&store, person, ctx.today)?))
}

fn view(store: &Store, person: PersonRow, today: chrono::NaiveDate) -> Result<PersonView> {
    let id = person.pnr()?;
    let pid = person.person_id;
    Ok(PersonView {
        identity: id.formatted(),
        reserve_number: id.is_reserve(),
        age: id.age_on(today),
        guardians: people::guardians(store, pid)?,
        cases: cases_of(store, pid)?,
        consents: people::consents_of_person(store, pid)?,
        history: people::changes(store, pid)?,
        person,
    })
}

fn update(ctx: &Ctx, command: &'static str, args: UpdateArgs) -> Result<Box<dyn Output>> {
    let note = args.note.trim().to_owned();
    if note.is_empty() {
        return Err(usage(
            "--note is empty: say where the correction comes from",
        ));
    }
    if args.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(usage("--name is empty: give the person's name"));
    }
    let who = identity_arg(&args.pnr, ctx.today)?;
    let new_pnr = args
        .new_pnr
        .as_deref()
        .map(|t| Pnr::parse(t, ctx.today).map_err(|e| anyhow!("--pnr: {e}")))
        .transpose()?;
    let u = PersonUpdate {
        name: args.name.map(|n| n.trim().to_owned()),
        address: args.address.map(|a| clean_text(Some(a))),
        sex: args.sex.as_deref().and_then(Sex::parse),
        protected: if args.protected {
            Some(true)
        } else if args.not_protected {
            Some(false)
        } else {
            None
        },
        guardians: args.guardians,
        guardian_names: [clean_text(args.guardian_1), clean_text(args.guardian_2)],
        guardian_addresses: [
            clean_text(args.guardian_1_address),
            clean_text(args.guardian_2_address),
        ],
        pnr: new_pnr,
        note,
    };
    let mut store = ctx.open_existing(command)?;
    let done = store.write(|tx| {
        let person = person::person_by_number(tx, &who)?;
        person::update_person(tx, &person, &u)
    })?;
    Ok(Box::new(done))
}
