//! `insats consent CASE --by WHO --given|--withdrawn|--refused DATE`: consent and request as
//! recorded facts (K1, K2); a withdrawn consent for a contact person flags the case (K5).

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{ArgGroup, Args};

use crate::Ctx;
use crate::act::person::{self, ConsentRecorded, ConsentRequest};
use crate::domain::consent::{Kind, Party};
use crate::domain::dates::parse_flag;
use crate::domain::text::clean_text;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// Record who asked for or agreed to the intervention, or withdrew or refused (K1, K2)
///
/// Nothing is assumed: a case where nobody was asked has no consent. With two guardians each
/// is asked and recorded by slot; a guardian's refusal is the objection K2 weighs.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true)
    .args(["given", "withdrawn", "refused", "requested"])))]
pub struct ConsentArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// Whose: the individual's own, or one of the child's guardians
    #[arg(long, value_name = "WHO", value_parser = PossibleValuesParser::new(Party::NAMES))]
    pub by: String,
    /// The consent was given on DATE
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub given: Option<NaiveDate>,
    /// An earlier consent was withdrawn on DATE (K5: the intervention ends)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub withdrawn: Option<NaiveDate>,
    /// Consent was refused on DATE: an objection (K2)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub refused: Option<NaiveDate>,
    /// The party asked for the intervention on DATE (added)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub requested: Option<NaiveDate>,
    /// How it was given (in writing, at a meeting, by telephone), for the journal
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

impl Output for ConsentRecorded {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: {} by {} on {} recorded (consent #{})",
            self.case_id, self.kind, self.by, self.day, self.consent_id
        )?;
        if self.flagged {
            writeln!(
                w,
                "  flagged: the intervention ends (K5); follow it up with `insats follow-up {} --outcome end`",
                self.case_id
            )?;
        }
        Ok(())
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: ConsentArgs) -> Result<Box<dyn Output>> {
    let by = Party::parse(&args.by).unwrap_or(Party::Myself);
    let (kind, day) = match (args.given, args.withdrawn, args.refused, args.requested) {
        (Some(d), ..) => (Kind::Given, d),
        (_, Some(d), ..) => (Kind::Withdrawn, d),
        (_, _, Some(d), _) => (Kind::Refused, d),
        (_, _, _, Some(d)) => (Kind::Request, d),
        _ => unreachable_what()?,
    };
    let req = ConsentRequest {
        case_id: args.case,
        by,
        kind,
        day,
        note: clean_text(args.note),
    };
    let mut store = ctx.open_existing(command)?;
    let done = store.write(|tx| person::consent(tx, &req))?;
    ctx.warn_all(&done.warnings);
    Ok(Box::new(done))
}

/// clap's group makes one of the four required; this says so if it ever is not.
fn unreachable_what() -> Result<(Kind, NaiveDate)> {
    Err(crate::error::usage(
        "say what happened: --given DATE, --withdrawn DATE, --refused DATE or --requested DATE",
    ))
}
