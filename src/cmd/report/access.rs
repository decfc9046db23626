//! `insats report access`: the log review (loggkontroll, S4). Every access line the filters
//! match, those outside the reader's unit first (S3), then in the order they were written.
//! The person read about is shown by name and masked number (G5, unless `--reveal`).

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, meta};
use crate::Ctx;
use crate::domain::dates::parse_flag;
use crate::domain::pnr::Pnr;
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col, labelled};
use crate::store::access::{self as q, Filter};

/// The log review (loggkontroll, S4): who read or changed which case or how many people, when;
/// readings outside the reader's unit first (S3)
#[derive(Debug, Args)]
pub struct AccessArgs {
    /// Only what this login did (acting for themselves or for someone else), or what was done
    /// with their roles
    #[arg(long, value_name = "LOGIN")]
    pub staff: Option<String>,
    /// Only lines about this case
    #[arg(long, value_name = "CASE")]
    pub case: Option<i64>,
    /// Only lines about this person (any written form of the personnummer)
    #[arg(long, value_name = "PNR")]
    pub person: Option<String>,
    /// From this day (the command's day)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub from: Option<NaiveDate>,
    /// To this day, inclusive
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub to: Option<NaiveDate>,
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    labelled("line", "rad", 5),
    labelled("kind", "typ", 12),
    labelled("at", "tid", 20),
    labelled("day", "dag", 10),
    labelled("user", "vem", 16),
    labelled("staff", "roller från", 12),
    labelled("command", "kommando", 16),
    col("case_id", 6),
    labelled("pnr", "person", 17),
    labelled("people", "personer", 8),
    labelled("revealed", "hela nummer", 11),
    labelled("reason", "skäl", 20),
];

pub fn run(ctx: &Ctx, command: &'static str, args: AccessArgs) -> Result<Box<dyn Output>> {
    if let (Some(f), Some(t)) = (args.from, args.to)
        && f > t
    {
        return Err(crate::error::usage(format!(
            "--from {f} is after --to {t}: give the period in order"
        )));
    }
    let sheet = Sheet::open(ctx, command, "access", &args.common)?;
    let person_id = match &args.person {
        None => None,
        Some(p) => {
            let pnr = Pnr::parse(p, sheet.today).map_err(|e| anyhow!("--person: {e}"))?;
            Some(q::person_id(&sheet.store, pnr.as_str())?.ok_or_else(|| {
                anyhow!("no person in the file has the personnummer given with --person")
            })?)
        }
    };
    let filter = Filter {
        staff: args.staff.map(|s| s.trim().to_string()),
        case_id: args.case,
        person_id,
        from: args.from,
        to: args.to,
    };
    let m = meta([
        ("from", args.from.map_or(Value::Null, date)),
        ("to", args.to.map_or(Value::Null, date)),
    ]);
    sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        q::review(&sheet.store, &filter, &mut |r| {
            let l = &r.line;
            let person = match &r.pnr {
                Some(p) => sheet.identity(p, r.protected),
                None => Value::Null,
            };
            out.row(vec![
                Value::from(r.id),
                Value::from(l.kind.as_str()),
                Value::from(l.at.clone()),
                date(l.day),
                Value::from(l.user.clone()),
                Value::from(l.staff.clone()),
                Value::from(l.command.clone()),
                l.case_id.map_or(Value::Null, Value::from),
                person,
                l.people.map_or(Value::Null, Value::from),
                Value::from(l.revealed),
                l.reason.clone().map_or(Value::Null, Value::from),
            ])
        })
    })
}
