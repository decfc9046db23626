//! `insats report retention`: the personal files due for deletion (gallring, R2). Deleting them
//! is the separate command `insats retention delete`.
//!
//! A file is one person's cases under one law, all closed: under SoL always; under LSS only when
//! the guideline deletes LSS files (default: kept). LVU and court-ordered (FB) cases are not
//! listed. It is due on the day five years (the guideline's number) after its last journal
//! entry, and must be deleted by the end of the following calendar year; files of people born
//! on the guideline's research days (5th, 15th, 25th) are kept and never listed.

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, meta};
use crate::Ctx;
use crate::domain::dates::sub_months;
use crate::domain::report::{RetentionDates, kept_for_research, plus_days, retention_dates};
use crate::guideline::Guideline;
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};
use crate::store::Db;
use crate::store::reports::retention::{FileRow, files};

/// Personal files due for deletion under the retention rules (R2); `insats retention delete`
/// deletes them
#[derive(Debug, Args)]
pub struct RetentionReportArgs {
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    col("person_id", 9),
    col("pnr", 17),
    col("law", 3),
    col("cases", 10),
    col("last_entry", 10),
    col("deletable_from", 14),
    col("delete_by", 10),
    col("overdue", 7),
];

/// A file due for deletion.
#[derive(Debug, Clone)]
pub struct DueFile {
    pub law: String,
    pub file: FileRow,
    pub dates: RetentionDates,
}

/// The laws whose files are deleted, with their intervention types and years (R2).
fn rules(guideline: &Guideline) -> Vec<(String, Vec<String>, u32)> {
    let r = &guideline.settings.retention;
    let mut laws = vec![("SoL".to_string(), r.sol_years_after_last_entry)];
    if r.lss_delete {
        let years = r
            .lss_years_after_last_entry
            .unwrap_or(r.sol_years_after_last_entry);
        laws.push(("LSS".to_string(), years));
    }
    laws.into_iter()
        .map(|(law, years)| {
            let types = guideline
                .interventions
                .iter()
                .filter(|(_, i)| i.law == law)
                .map(|(k, _)| k.clone())
                .collect();
            (law, types, years)
        })
        .collect()
}

/// Every file due for deletion on `today`, law by law, oldest last entry first.
pub fn each_due(
    conn: &Db,
    guideline: &Guideline,
    today: NaiveDate,
    f: &mut dyn FnMut(DueFile) -> Result<()>,
) -> Result<()> {
    let research = &guideline.settings.retention.research_birth_days;
    for (law, types, years) in rules(guideline) {
        // A few days generous for month ends; the day itself is checked below.
        let by = plus_days(sub_months(today, years.saturating_mul(12)), 3);
        files(conn, &types, by, &mut |file| {
            let dates = retention_dates(file.last_entry, years);
            if dates.deletable_from > today || kept_for_research(file.birth_date, research) {
                return Ok(());
            }
            f(DueFile {
                law: law.clone(),
                file,
                dates,
            })
        })?;
    }
    Ok(())
}

/// "3;7": a file's case numbers.
pub fn case_list(cases: &[i64]) -> String {
    cases
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

pub fn run(ctx: &Ctx, command: &'static str, args: RetentionReportArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "retention", &args.common)?;
    sheet.stream(COLUMNS, meta([]), WhenEmpty::Header, |sheet, out| {
        let today = sheet.today;
        each_due(&sheet.store, &sheet.guideline, today, &mut |d| {
            out.row(vec![
                Value::from(d.file.person_id),
                sheet.identity(&d.file.pnr, d.file.protected),
                Value::from(d.law),
                Value::from(case_list(&d.file.cases)),
                date(d.file.last_entry),
                date(d.dates.deletable_from),
                date(d.dates.delete_by),
                Value::from(today > d.dates.delete_by),
            ])
        })
    })
}
