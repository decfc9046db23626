//! `insats report retention`: the personal files due for deletion (gallring, R2). Deleting them
//! is the separate command `insats retention delete`.
//!
//! A file is one person's cases under one law, all closed: under SoL always; under LSS only when
//! the guideline deletes LSS files (default: kept). LVU and court-ordered (FB) cases are not
//! listed. It is due on the day five years (the guideline's number) after its last journal
//! entry, and must be deleted by the end of the following calendar year; files of people born
//! on the guideline's research days (5th, 15th, 25th) are kept and never listed.

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, meta};
use crate::Ctx;
use crate::act::retain::{case_list, each_due};
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};

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
