//! `insats apply`: register an application (ansökan) or a court order.

mod ask;

use std::io::{self, Write};

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::Ctx;
use crate::act::apply::{self, Applied};
use crate::domain::case::{
    Applicant, Application, Guardian, Housing, InsatsType, RequestedBy, Wishes,
};
use crate::domain::consent::{Kind as ConsentKind, Party};
use crate::domain::dates::parse_flag;
use crate::domain::identity::Reserve;
use crate::domain::pnr::{Pnr, Sex};
use crate::domain::text::{clean_list, clean_text};
use crate::error::usage;
use crate::json_by_serde;
use crate::prompt::{Prompter, TermPrompter};
use crate::render::{Output, Style};

/// Register an application or a court order. At a terminal, missing flags are asked for.
///
/// Nothing is assumed about consent (K1): who asked (--requested-by) and who agreed (--consent)
/// are recorded as facts of the received day; `insats consent` records them later. A person
/// already in the file is reused as the file has them: to change a name or an address, use
/// `insats person update`.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN
    #[arg(long, value_name = "PNR", conflicts_with_all = ["no_pnr", "reserve_number"])]
    pub pnr: Option<String>,
    /// The person has no Swedish personnummer: the file gives them a reserve number
    /// (YYYYMMDD-T and three digits); give --born and --sex
    #[arg(long, requires_all = ["born", "sex"], conflicts_with = "reserve_number")]
    pub no_pnr: bool,
    /// With --no-pnr: the birth date
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "no_pnr")]
    pub born: Option<NaiveDate>,
    /// With --no-pnr: female or male
    #[arg(long, value_parser = PossibleValuesParser::new(["female", "male"]), requires = "no_pnr")]
    pub sex: Option<String>,
    /// A person without a Swedish number who already has a reserve number in the file (added)
    #[arg(long, value_name = "YYYYMMDD-TNNN")]
    pub reserve_number: Option<String>,
    /// The person's name
    #[arg(long)]
    pub name: Option<String>,
    /// The intervention applied for
    #[arg(long, value_name = "TYPE", value_parser = PossibleValuesParser::new(InsatsType::NAMES))]
    pub insats: Option<String>,
    /// When the application arrived [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub received: Option<NaiveDate>,
    /// Who asked [default: court for umgangesstod; otherwise nothing is assumed (K1)]
    #[arg(long, value_parser = PossibleValuesParser::new(RequestedBy::NAMES))]
    pub requested_by: Option<String>,
    /// Consent given on the received day (repeat): the individual's own, a guardian's
    /// (guardian-1, guardian-2), or `guardian` for each of the child's guardians
    #[arg(long, value_parser = PossibleValuesParser::new(["self", "guardian", "guardian-1", "guardian-2"]))]
    pub consent: Vec<String>,
    /// How many guardians (vårdnadshavare) a child has
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub guardians: Option<u8>,
    /// The first guardian's name, so that letters can name and reach them
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
        )?;
        if let Some(r) = &self.reserve_number {
            writeln!(w, "  reserve number  {r}")?;
        }
        Ok(())
    }
}

pub fn run(ctx: &Ctx, command: &'static str, mut args: ApplyArgs) -> Result<Box<dyn Output>> {
    if ask::wanted(ctx.interactive, &args) {
        ask::fill(&mut args, &mut TermPrompter, ctx.today)?;
    }
    let app = build(ctx, args)?;
    app.check(ctx.today)?;
    let mut store = ctx.open_or_create(command)?;
    let applied = store.write(|tx| apply::register(tx, &app))?;
    ctx.warn_all(&applied.warnings);
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
    let applicant = applicant(ctx, &args, &mut ask)?;
    let name = match args.name {
        Some(n) => n,
        None => ask("--name NAME", "Namn")?,
    };
    let insats = match args.insats {
        Some(t) => t,
        None if ctx.interactive => {
            let i = TermPrompter.choose("Insats", &InsatsType::NAMES, None)?;
            let i = i.ok_or_else(|| usage("missing --insats TYPE: none was chosen"))?;
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
    let child = applicant.age_on(received) < 18;
    let requested_by = match args.requested_by.as_deref() {
        Some(s) => Some(RequestedBy::parse(s).context("unknown --requested-by")?),
        None if insats == InsatsType::Umgangesstod => Some(RequestedBy::Court),
        None => None,
    };
    let guardian_named = args.guardian_1.is_some() || args.guardian_2.is_some();
    if !child
        && (args.guardians.is_some()
            || guardian_named
            || args.consent.iter().any(|c| c.starts_with("guardian")))
    {
        return Err(usage(
            "--guardians, --guardian-1/-2 and --consent guardian are for children under 18 on the received date",
        ));
    }
    let guardians = args.guardians.or(if args.guardian_2.is_some() {
        Some(2)
    } else if args.guardian_1.is_some() {
        Some(1)
    } else {
        None
    });
    let consents = consent_facts(requested_by, &args.consent, guardians);
    let housing = match args.housing.as_deref() {
        Some(s) => Housing::parse(s).context("unknown --housing")?,
        None => Housing::Ordinary,
    };
    Ok(Application {
        applicant,
        name,
        insats,
        received,
        requested_by,
        consents,
        guardians: guardians
            .or(consent_slots(&args.consent))
            .or((requested_by == Some(RequestedBy::Guardian)).then_some(1)),
        guardian_details: [
            Guardian {
                name: clean_text(args.guardian_1),
                address: clean_text(args.guardian_1_address),
            },
            Guardian {
                name: clean_text(args.guardian_2),
                address: clean_text(args.guardian_2_address),
            },
        ],
        court_ref,
        lss_group: args.lss_group,
        housing,
        protected: args.protected,
        address: clean_text(args.address),
        workplace: clean_text(args.workplace),
        residence: clean_text(args.residence),
        area: clean_text(args.area),
        wishes: Wishes {
            sex: args.wish_sex,
            languages: clean_list(args.wish_languages),
            interests: clean_list(args.wish_interests),
        },
    })
}

/// Who applies: a personnummer, a reserve number already in the file, or someone without a
/// number (born, sex).
fn applicant(
    ctx: &Ctx,
    args: &ApplyArgs,
    ask: &mut dyn FnMut(&str, &str) -> Result<String>,
) -> Result<Applicant> {
    if args.no_pnr {
        let (Some(born), Some(sex)) = (args.born, args.sex.as_deref().and_then(Sex::parse)) else {
            return Err(usage("--no-pnr needs --born DATE and --sex female|male"));
        };
        if born > ctx.today {
            return Err(usage(format!(
                "--born {born} is after today ({}): give the birth date",
                ctx.today
            )));
        }
        return Ok(Applicant::Unnumbered { born, sex });
    }
    if let Some(text) = &args.reserve_number {
        let compact = text.trim().replace('-', "");
        let r = Reserve::from_stored(&compact).ok_or_else(|| {
            usage("--reserve-number: not a reserve number (YYYYMMDD-T and three digits)")
        })?;
        return Ok(Applicant::Reserve(r));
    }
    let text = match &args.pnr {
        Some(p) => p.clone(),
        None => ask("--pnr PNR", "Personnummer eller samordningsnummer")?,
    };
    if text.to_ascii_uppercase().contains('T') {
        return Err(usage(
            "--pnr: a reserve number is not a personnummer: give it with --reserve-number, or \
             register someone without a number with --no-pnr --born DATE --sex female|male",
        ));
    }
    let pnr = Pnr::parse(&text, ctx.today).map_err(|e| anyhow!("--pnr: {e}"))?;
    Ok(Applicant::Numbered(pnr))
}

/// The consent facts the flags state, dated the received day: who asked, and who agreed. With
/// `--consent guardian`, each of the child's guardians (K1: with two, both are asked).
fn consent_facts(
    requested_by: Option<RequestedBy>,
    consent: &[String],
    guardians: Option<u8>,
) -> Vec<(Party, ConsentKind)> {
    let all_guardians: Vec<Party> = (1..=guardians.unwrap_or(1))
        .filter_map(Party::guardian)
        .collect();
    let mut out = Vec::new();
    let mut add = |p: Party, k: ConsentKind| {
        if !out.contains(&(p, k)) {
            out.push((p, k));
        }
    };
    match requested_by {
        Some(RequestedBy::Myself) => add(Party::Myself, ConsentKind::Request),
        Some(RequestedBy::Guardian) => {
            for p in &all_guardians {
                add(*p, ConsentKind::Request);
            }
        }
        _ => {}
    }
    for c in consent {
        match c.as_str() {
            "self" => add(Party::Myself, ConsentKind::Given),
            "guardian" => {
                for p in &all_guardians {
                    add(*p, ConsentKind::Given);
                }
            }
            other => {
                if let Some(p) = Party::parse(other) {
                    add(p, ConsentKind::Given);
                }
            }
        }
    }
    out
}

/// The guardians the consent flags name, when --guardians is not given.
fn consent_slots(consent: &[String]) -> Option<u8> {
    if consent.iter().any(|c| c == "guardian-2") {
        Some(2)
    } else if consent.iter().any(|c| c.starts_with("guardian")) {
        Some(1)
    } else {
        None
    }
}
