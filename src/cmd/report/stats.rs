//! `insats report stats`: applications and decisions of a year, counted by intervention, law,
//! age band and sex, with the decisions' outcomes.
//!
//! An application counts in the year it was received, with the person's age on that day; a
//! decision in the year it was made, with the age on the decision day. Every known value is
//! listed, with zeros, so that the rows of one year line up with the next.

use std::collections::BTreeMap;

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, law_of, meta};
use crate::Ctx;
use crate::domain::report::{AGE_BANDS, age_band_on, parse_year};
use crate::guideline::{INTERVENTION_TYPES, LAWS};
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};
use crate::store::Db;
use crate::store::reports::totals::{self as q, Counted};

/// Applications and decisions of a year by intervention, law, outcome, age band and sex
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The year, YYYY [default: the year of today]
    #[arg(long, value_name = "YYYY", value_parser = parse_year_arg)]
    pub year: Option<i32>,
    #[command(flatten)]
    pub common: Common,
}

fn parse_year_arg(s: &str) -> Result<i32, String> {
    parse_year(s).map_err(|e| e.to_string())
}

pub const COLUMNS: &[Column] = &[
    col("dimension", 9),
    col("value", 19),
    col("applications", 12),
    col("decisions", 9),
    col("granted", 7),
    col("rejected", 8),
];

const DIMENSIONS: [&str; 5] = ["total", "insats", "law", "age_band", "sex"];

#[derive(Default, Clone, Copy)]
struct Counts {
    applications: u64,
    decisions: u64,
    granted: u64,
    rejected: u64,
}

pub fn run(ctx: &Ctx, command: &'static str, args: StatsArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "stats", &args.common)?;
    let year = args
        .year
        .unwrap_or_else(|| chrono::Datelike::year(&sheet.today));
    let bad_year = || crate::error::usage(format!("no such year: {year}"));
    let first = chrono::NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad_year)?;
    let last = chrono::NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad_year)?;

    // (dimension, order within it, value): counted categories, not rows, are kept.
    let mut table: BTreeMap<(usize, usize, String), Counts> = BTreeMap::new();
    let known: [Vec<&str>; 5] = [
        vec!["all"],
        INTERVENTION_TYPES.to_vec(),
        LAWS.to_vec(),
        AGE_BANDS.iter().map(|(_, n)| *n).collect(),
        vec!["female", "male"],
    ];
    for (dim, values) in known.iter().enumerate() {
        for (i, v) in values.iter().enumerate() {
            table.insert((dim, i, v.to_string()), Counts::default());
        }
    }
    let conn: &Db = &sheet.store;
    let guideline = &sheet.guideline;
    let mut count = |c: Counted| -> Result<()> {
        let values = [
            "all".to_string(),
            c.insats.clone(),
            law_of(guideline, &c.insats),
            age_band_on(c.birth_date, c.day).to_string(),
            c.sex.clone(),
        ];
        for (dim, value) in values.into_iter().enumerate() {
            let order = known[dim]
                .iter()
                .position(|k| *k == value)
                .unwrap_or(known[dim].len());
            let n = table.entry((dim, order, value)).or_default();
            match c.outcome.as_deref() {
                None => n.applications += 1,
                Some(outcome) => {
                    n.decisions += 1;
                    match outcome {
                        "grant" => n.granted += 1,
                        "reject" => n.rejected += 1,
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    };
    q::applications(conn, first, last, &mut count)?;
    q::decisions(conn, first, last, &mut count)?;

    let m = meta([("year", Value::from(year))]);
    sheet.stream(COLUMNS, m, WhenEmpty::Header, |_, out| {
        for ((dim, _, value), n) in table {
            out.row(vec![
                Value::from(DIMENSIONS[dim]),
                Value::from(value),
                Value::from(n.applications),
                Value::from(n.decisions),
                Value::from(n.granted),
                Value::from(n.rejected),
            ])?;
        }
        Ok(())
    })
}
