//! `insats report council`: the committee's quarterly report of decisions not executed, to the
//! municipal council (kommunfullmäktige) and the auditors (R4). Avidentifierad: no case
//! numbers, no names, no numbers, no dates; counts by law, intervention, sex and time waited,
//! and a count of 1 or 2 is shown as `<3`.
//!
//! It counts what IVO's report covers (R1's scope, guideline data): favourable decisions not
//! executed within three months and still not executed on the day asked about (the quarter's
//! last day, or today in the quarter running). The time waited runs from the decision to that
//! day, in the bands of `domain::ivo::WAIT_BANDS`. `--format markdown` gives a table to paste
//! into the committee's report.

use std::collections::BTreeMap;

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::unexecuted::{each_late, parse_quarter, quarter_bounds};
use super::{Common, Sheet, date, law_of, meta, swedish};
use crate::Ctx;
use crate::domain::ivo::{FEW, Shown, WAIT_BANDS, shown, wait_band};
use crate::domain::report::Quarter;
use crate::error::usage;
use crate::render::Output;
use crate::render::report::{Column, Format, WhenEmpty, col, labelled};

/// Decisions not executed within three months, counted for the council and the auditors
/// (R4): by law, intervention, sex and time waited, with nothing that identifies a person
#[derive(Debug, Args)]
pub struct CouncilArgs {
    /// The quarter, YYYY-QN [default: the quarter of today]
    #[arg(long, value_name = "YYYY-QN", value_parser = parse_quarter)]
    pub quarter: Option<Quarter>,
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    col("law", 3),
    labelled("intervention", "insats", 20),
    labelled("sex", "kön", 6),
    labelled("waited_months", "väntetid (månader)", 18),
    labelled("count", "antal", 5),
];

/// One group of the report: law, intervention, sex, band (by its place in WAIT_BANDS).
type Group = (String, String, &'static str, usize);

pub fn run(ctx: &Ctx, command: &'static str, args: CouncilArgs) -> Result<Box<dyn Output>> {
    if args.common.reveal {
        return Err(usage(
            "report council identifies nobody, so --reveal does not apply: leave it out",
        ));
    }
    let sheet = Sheet::open(ctx, command, "council", &args.common)?;
    let (quarter, from, as_of) = quarter_bounds(args.quarter, sheet.today)?;
    let months = sheet.guideline.settings.execute_within_months;
    let mut groups: BTreeMap<Group, u64> = BTreeMap::new();
    each_late(&sheet, from, as_of, &mut |l| {
        let who = &l.row.who;
        let g = &sheet.guideline;
        let covered = g
            .intervention(&who.insats)
            .is_some_and(|i| i.reported_to_ivo());
        // The council hears what IVO hears (R4 follows R1): a court's judgment (F7) is not counted.
        if !covered || l.row.judgment || l.state != "not_executed" {
            return Ok(());
        }
        let Some(band) = wait_band(l.row.decided, as_of, months) else {
            return Ok(());
        };
        let place = WAIT_BANDS.iter().position(|b| *b == band).unwrap_or(0);
        let sex = if who.sex == "male" { "male" } else { "female" };
        let key = (law_of(g, &who.insats), swedish(&who.insats), sex, place);
        *groups.entry(key).or_default() += 1;
        Ok(())
    })?;
    // Counted, not shown: nobody is named (S4 counts no people for this report).
    sheet.store.note().people.clear();
    let m = meta([
        ("as_of", date(as_of)),
        ("quarter", Value::from(quarter.to_string())),
        ("quarter_start", date(from)),
        ("quarter_end", date(quarter.last_day())),
    ]);
    sheet.stream(COLUMNS, m, WhenEmpty::Header, |sheet, out| {
        for ((law, intervention, sex, place), n) in groups {
            let count = match shown(n) {
                Shown::Count(n) => Value::from(n),
                Shown::Few => Value::from(FEW),
            };
            // Swedish where a person reads it; the JSON and CSV keep the stable values.
            let sex = match (sheet.format, sex) {
                (Format::Table | Format::Markdown, "male") => "man",
                (Format::Table | Format::Markdown, _) => "kvinna",
                _ => sex,
            };
            out.row(vec![
                Value::from(law),
                Value::from(intervention),
                Value::from(sex),
                Value::from(WAIT_BANDS[place]),
                count,
            ])?;
        }
        Ok(())
    })
}
