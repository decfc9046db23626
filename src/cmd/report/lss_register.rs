//! `insats report lss-register`: the export for Socialstyrelsen's register of LSS interventions
//! (R5), taken on 1 October and sent by 25 October. One row per person with an LSS intervention
//! carried out (verkställd) that day: executed on or before it, and its order and its grant not
//! ended before it. A grant not yet carried out is not in it.
//!
//! The columns follow the register's form (bilagan till SOSFS 2005:21) in its order as far as
//! this tool's interventions reach: the personnummer, the personkrets (1 § 1-3 LSS), then
//! ledsagarservice (9 § 3) and kontaktperson (9 § 4), 1 where carried out, else 0. The form's
//! other columns (personlig assistans, avlösarservice, korttidsvistelse, korttidstillsyn, the
//! housing of 9 § 8-9 with its municipality, daglig verksamhet) belong to other systems and are
//! not here. docs/cli.md says which fields are confirmed and which the administrator checks.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, meta};
use crate::Ctx;
use crate::domain::case::InsatsType;
use crate::domain::dates::parse_flag;
use crate::domain::ivo::register_day;
use crate::error::usage;
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col, labelled};
use crate::store::reports::Subject;
use crate::store::reports::ivo::carried_out;

/// Socialstyrelsen's LSS register (R5): each person with an LSS intervention carried out on
/// 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)
#[derive(Debug, Args)]
pub struct LssRegisterArgs {
    /// The register's day, 1 October of a year [default: the last 1 October]
    #[arg(long, value_name = "YYYY-10-01", value_parser = parse_flag)]
    pub date: Option<NaiveDate>,
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    col("pnr", 17),
    labelled("personkrets", "personkrets", 11),
    labelled("ledsagarservice", "ledsagarservice 9 § 3", 21),
    labelled("kontaktperson", "kontaktperson 9 § 4", 19),
];

/// One person's row, gathered over their cases.
struct Person {
    who: Subject,
    group: Option<i64>,
    ledsagarservice: bool,
    kontaktperson: bool,
}

pub fn run(ctx: &Ctx, command: &'static str, args: LssRegisterArgs) -> Result<Box<dyn Output>> {
    let day = match args.date {
        Some(d) if d.month() != 10 || d.day() != 1 => {
            return Err(usage(format!(
                "--date {d}: the LSS register is taken on 1 October; give --date {}-10-01",
                d.year()
            )));
        }
        Some(d) if d > ctx.today => {
            return Err(usage(format!(
                "--date {d} has not come yet (today is {}): give a 1 October up to today",
                ctx.today
            )));
        }
        Some(d) => d,
        None => register_day(ctx.today),
    };
    let sheet = Sheet::open(ctx, command, "lss-register", &args.common)?;
    let m = meta([("as_of", date(day))]);
    let types = [
        InsatsType::LedsagarserviceLss.as_str(),
        InsatsType::KontaktpersonLss.as_str(),
    ];
    let mut without_group = 0usize;
    let out = sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        let mut current: Option<Person> = None;
        let mut write = |p: Person, out: &mut crate::render::report::Report<'_>| {
            if p.group.is_none() {
                without_group += 1;
            }
            out.row(vec![
                sheet.identity(&p.who.pnr, p.who.protected),
                p.group.map_or(Value::Null, Value::from),
                Value::from(u8::from(p.ledsagarservice)),
                Value::from(u8::from(p.kontaktperson)),
            ])
        };
        carried_out(&sheet.store, day, types, &mut |c| {
            if current
                .as_ref()
                .is_some_and(|p| p.who.person_id != c.who.person_id)
                && let Some(done) = current.take()
            {
                write(done, out)?;
            }
            let p = current.get_or_insert_with(|| Person {
                who: c.who.clone(),
                group: None,
                ledsagarservice: false,
                kontaktperson: false,
            });
            p.group = p.group.or(c.lss_group);
            if c.who.insats == types[0] {
                p.ledsagarservice = true;
            } else {
                p.kontaktperson = true;
            }
            Ok(())
        })?;
        if let Some(done) = current.take() {
            write(done, out)?;
        }
        Ok(())
    })?;
    if without_group > 0 {
        eprintln!(
            "note: {without_group} person(s) have no personkrets recorded (apply --lss-group 1|2|3): \
             the register asks for it"
        );
    }
    Ok(out)
}
