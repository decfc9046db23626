//! `insats apply`: register an application (ansökan) or a court order.

use std::io::{self, Write};

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::Ctx;
use crate::act::apply::{self, Applied};
use crate::domain::case::{Application, Housing, InsatsType, RequestedBy, Wishes};
use crate::domain::dates::parse_flag;
use crate::domain::pnr::Pnr;
use crate::domain::text::clean_list;
use crate::error::usage;
use crate::json_by_serde;
use crate::prompt::{Prompter, TermPrompter};
use crate::render::{Output, Style};

/// Register an application or a court order. At a terminal, missing flags are asked for.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN
    #[arg(long, value_name = "PNR")]
    pub pnr: Option<String>,
    /// The person's name
    #[arg(long)]
    pub name: Option<String>,
    /// The intervention applied for
    #[arg(long, value_name = "TYPE", value_parser = PossibleValuesParser::new(InsatsType::NAMES))]
    pub insats: Option<String>,
    /// When the application arrived [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub received: Option<NaiveDate>,
    /// Who asked [default: court for umgangesstod, guardian for a child, else self]
    #[arg(long, value_parser = PossibleValuesParser::new(RequestedBy::NAMES))]
    pub requested_by: Option<String>,
    /// Consent given (repeat for both): the individual's own, or the guardian's
    #[arg(long, value_parser = PossibleValuesParser::new(["self", "guardian"]))]
    pub consent: Vec<String>,
    /// How many guardians (vårdnadshavare) a child has
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub guardians: Option<u8>,
    /// The court's case reference (required for umgangesstod, rule K4)
    #[arg(long, value_name = "REF")]
    pub court_ref: Option<String>,
    /// LSS personkrets group
    #[arg(long, value_name = "1|2|3", value_parser = clap::value_parser!(u8).range(1..=3))]
    pub lss_group: Option<u8>,
    /// Ordinary housing, or special housing (särskilt boende)
    #[arg(long, value_parser = PossibleValuesParser::new(Housing::NAMES))]
    pub housing: Option<String>,
    /// The person has protected identity (skyddad identitet): no address in letters or exports
    #[arg(long)]
    pub protected: bool,
    /// Postal address, for letters
    #[arg(long)]
    pub address: Option<String>,
    /// Where the person works or has daily activity (matching checks it, rule M4)
    #[arg(long, value_name = "PLACE")]
    pub workplace: Option<String>,
    /// Where the person lives, e.g. a group home (matching checks it, rule M4)
    #[arg(long, value_name = "PLACE")]
    pub residence: Option<String>,
    /// The part of the municipality the person lives in (matching prefers the same area)
    #[arg(long, value_name = "AREA")]
    pub area: Option<String>,
    /// The individual wishes for a contact person of this sex (D4)
    #[arg(long, value_parser = PossibleValuesParser::new(["female", "male"]))]
    pub wish_sex: Option<String>,
    /// Languages the individual wishes the contact person to speak (D4)
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub wish_languages: Vec<String>,
    /// Interests the individual wishes to share (D4)
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub wish_interests: Vec<String>,
}

impl Output for Applied {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {} registered: {}, received {} ({} person {})",
            self.case_id,
            self.insats.as_str(),
            self.received,
            if self.new_person { "new" } else { "known" },
            self.person_id
        )
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: ApplyArgs) -> Result<Box<dyn Output>> {
    let app = build(ctx, args)?;
    app.check(ctx.today)?;
    let mut store = ctx.open_or_create(command)?;
    let applied = store.write(|tx| apply::register(tx, &app))?;
    Ok(Box::new(applied))
}

/// Turns flags (and, at a terminal, answers) into a typed application.
fn build(ctx: &Ctx, args: ApplyArgs) -> Result<Application> {
    let mut prompter = TermPrompter;
    let mut ask = |flag: &str, label: &str| -> Result<String> {
        if ctx.interactive {
            prompter.text(label, false)
        } else {
            Err(usage(format!(
                "missing {flag}: give it on the command line (no terminal to ask at)"
            )))
        }
    };
    let pnr_text = match args.pnr {
        Some(p) => p,
        None => ask("--pnr PNR", "Personnummer eller samordningsnummer")?,
    };
    let pnr = Pnr::parse(&pnr_text, ctx.today).map_err(|e| anyhow!("--pnr: {e}"))?;
    let name = match args.name {
        Some(n) => n,
        None => ask("--name NAME", "Namn")?,
    };
    let insats = match args.insats {
        Some(t) => t,
        None if ctx.interactive => {
            let i = TermPrompter.choose("Insats", &InsatsType::NAMES, 0)?;
            InsatsType::NAMES[i].to_string()
        }
        None => {
            return Err(usage(format!(
                "missing --insats TYPE: one of {} (no terminal to ask at)",
                InsatsType::NAMES.join(", ")
            )));
        }
    };
    let insats = InsatsType::parse(&insats).context("unknown intervention type")?;
    let court_ref = match args.court_ref {
        None if insats == InsatsType::Umgangesstod && ctx.interactive => {
            Some(TermPrompter.text("Domstolens målnummer (K4)", true)?).filter(|s| !s.is_empty())
        }
        other => other,
    };
    let received = args.received.unwrap_or(ctx.today);
    let child = pnr.age_on(received) < 18;
    let requested_by = match args.requested_by.as_deref() {
        Some(s) => RequestedBy::parse(s).context("unknown --requested-by")?,
        None if insats == InsatsType::Umgangesstod => RequestedBy::Court,
        None if child => RequestedBy::Guardian,
        None => RequestedBy::Myself,
    };
    let consent_guardian = args.consent.iter().any(|c| c == "guardian");
    if !child && (args.guardians.is_some() || consent_guardian) {
        return Err(usage(
            "--guardians and --consent guardian are for children under 18 on the received date",
        ));
    }
    let housing = match args.housing.as_deref() {
        Some(s) => Housing::parse(s).context("unknown --housing")?,
        None => Housing::Ordinary,
    };
    Ok(Application {
        pnr,
        name,
        insats,
        received,
        requested_by,
        consent_self: args.consent.iter().any(|c| c == "self"),
        consent_guardian,
        guardians: args.guardians,
        court_ref,
        lss_group: args.lss_group,
        housing,
        protected: args.protected,
        address: args.address.filter(|a| !a.trim().is_empty()),
        workplace: args.workplace.filter(|a| !a.trim().is_empty()),
        residence: args.residence.filter(|a| !a.trim().is_empty()),
        area: args.area.filter(|a| !a.trim().is_empty()),
        wishes: Wishes {
            sex: args.wish_sex,
            languages: clean_list(args.wish_languages),
            interests: clean_list(args.wish_interests),
        },
    })
}
