//! `insats report caseload`: open cases per caseworker and status.

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::{Common, Sheet, date, meta};
use crate::Ctx;
use crate::render::Output;
use crate::render::report::{Column, WhenEmpty, col};
use crate::store::reports::totals as q;

/// Open cases per caseworker and status, with the oldest application of each
#[derive(Debug, Args)]
pub struct CaseloadArgs {
    #[command(flatten)]
    pub common: Common,
}

pub const COLUMNS: &[Column] = &[
    col("caseworker", 16),
    col("status", 11),
    col("cases", 5),
    col("oldest_received", 15),
];

pub fn run(ctx: &Ctx, command: &'static str, args: CaseloadArgs) -> Result<Box<dyn Output>> {
    let sheet = Sheet::open(ctx, command, "caseload", &args.common)?;
    sheet.stream(COLUMNS, meta([]), WhenEmpty::Header, |sheet, out| {
        q::caseload(&sheet.store, &mut |l| {
            out.row(vec![
                Value::from(l.caseworker),
                Value::from(l.status),
                Value::from(l.cases),
                date(l.oldest_received),
            ])
        })
    })
}
