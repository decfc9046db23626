//! `insats match assignee add`: register an assignee with the recruitment steps done so far.

use std::io::{self, Write};

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;

use super::{clean_list, clean_text, not_after_today};
use crate::Ctx;
use crate::act::matching::assignee::{self, AddRequest, Added};
use crate::domain::dates::parse_flag;
use crate::domain::matching::Role;
use crate::domain::pnr::{Pnr, Sex};
use crate::domain::recruitment::check_steps;
use crate::domain::recruitment::steps::Given;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::assignee::NewAssignee;

/// Register an assignee (uppdragstagare); see the `Add` variant in mod.rs for the help text.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The assignee's name
    #[arg(long)]
    pub name: String,
    /// Personnummer or samordningsnummer
    #[arg(long, value_name = "PNR")]
    pub pnr: String,
    /// Contact person (kontaktperson) or companion (ledsagare)
    #[arg(long, value_parser = PossibleValuesParser::new(["kontaktperson", "ledsagare"]))]
    pub role: String,
    /// Date of the extract from the criminal-records register (belastningsregistret, M2)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub record_checked: Option<NaiveDate>,
    /// Approved as an assignee on this date (M6); without it the assignee cannot be offered
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub approved: Option<NaiveDate>,
    /// Has training or experience of social work (M5)
    #[arg(long)]
    pub trained: bool,
    /// Interests, comma-separated
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub interests: Vec<String>,
    /// Languages spoken, comma-separated
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub languages: Vec<String>,
    /// Where the assignee works (M4)
    #[arg(long, value_name = "TEXT")]
    pub workplace: Option<String>,
    /// Where the assignee lives, e.g. a group home where they live or work (M4)
    #[arg(long, value_name = "TEXT")]
    pub residence: Option<String>,
    /// A relative of this individual (M3); repeat for more
    #[arg(long, value_name = "PNR")]
    pub relative_of: Vec<String>,
    /// In this individual's existing network (M3); repeat for more
    #[arg(long, value_name = "PNR")]
    pub network_of: Vec<String>,
    /// The assignee's sex [default: from the personal identity number]
    #[arg(long, value_parser = PossibleValuesParser::new(["female", "male"]))]
    pub sex: Option<String>,
    /// The part of the municipality the assignee lives in (matching prefers the same area)
    #[arg(long)]
    pub area: Option<String>,
    /// Available for assignments from this date
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub available_from: Option<NaiveDate>,
    /// How many assignments at once
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub capacity: u32,
    /// Interest registered (intresseanmälan) on this date [default: the earliest step, else today]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub interest: Option<NaiveDate>,
    /// Interviewed on this date
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub interview: Option<NaiveDate>,
    /// Consent to register checks (medgivande) signed on this date
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub consent: Option<NaiveDate>,
    /// Date of the check in the social services register of the home municipality
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub register_checked: Option<NaiveDate>,
    /// A note for the first recruitment step
    #[arg(long)]
    pub note: Option<String>,
}

impl Output for Added {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        let steps: Vec<String> = self
            .steps
            .iter()
            .map(|s| {
                let mark = if s.implied { " (underförstått)" } else { "" };
                format!("{} {}{mark}", s.stage, s.day)
            })
            .collect();
        writeln!(
            w,
            "uppdragstagare {} registrerad: {}, {}, steg {}",
            self.assignee_id,
            self.name,
            self.role.as_str(),
            self.stage
        )?;
        writeln!(w, "  steg: {}", steps.join(", "))
    }
}

/// Parses a number of an individual for a relation (M3).
pub fn related_pnr(flag: &str, text: &str, today: NaiveDate) -> Result<Pnr> {
    Pnr::parse(text, today).map_err(|e| anyhow!("{flag}: {e}"))
}

pub fn run(ctx: &Ctx, command: &'static str, args: AddArgs) -> Result<Box<dyn Output>> {
    let today = ctx.today;
    let pnr = Pnr::parse(&args.pnr, today).map_err(|e| anyhow!("--pnr: {e}"))?;
    if args.name.trim().is_empty() {
        return Err(usage("--name is empty: give the assignee's name"));
    }
    let role = Role::parse(&args.role).ok_or_else(|| usage("unknown --role"))?;
    let sex = match args.sex.as_deref() {
        Some("female") => Sex::Female,
        Some("male") => Sex::Male,
        _ => pnr.sex(),
    };
    let mut relations = Vec::new();
    for (flag, kind, list) in [
        ("--relative-of", "relative", &args.relative_of),
        ("--network-of", "network", &args.network_of),
    ] {
        for text in list {
            let p = related_pnr(flag, text, today)?;
            if p == pnr {
                return Err(anyhow!("{flag}: that is the assignee's own number"));
            }
            relations.push((p, kind));
        }
    }
    for (flag, day) in [
        ("--interest", args.interest),
        ("--interview", args.interview),
        ("--consent", args.consent),
        ("--record-checked", args.record_checked),
        ("--register-checked", args.register_checked),
        ("--approved", args.approved),
    ] {
        not_after_today(flag, day, today)?;
    }
    let given = Given {
        interest: args.interest,
        interview: args.interview,
        consent: args.consent,
        record_extract: args.record_checked,
        social_register: args.register_checked,
        approved: args.approved,
    };
    let filled = check_steps(&given, today)?;

    let req = AddRequest {
        new: NewAssignee {
            sex,
            trained: args.trained,
            interests: clean_list(args.interests),
            languages: clean_list(args.languages),
            area: clean_text(args.area),
            workplace: clean_text(args.workplace),
            residence: clean_text(args.residence),
            capacity: args.capacity,
            available_from: args.available_from,
            ..NewAssignee::recruited(pnr.clone(), args.name.trim().to_owned(), role, &filled)
        },
        relations,
        filled,
        note: clean_text(args.note),
    };
    let mut store = ctx.open_or_create(command)?;
    let added = store.write(|tx| assignee::add(tx, &req, today))?;
    for w in &added.warnings {
        ctx.warn(w);
    }
    Ok(Box::new(added))
}
