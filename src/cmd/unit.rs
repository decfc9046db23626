//! `insats unit CASE UNIT`: an administrator moves a case to another unit (S3).

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::act::unit::move_case;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// Move a case to another unit (S3); the journal records it
#[derive(Debug, Args)]
pub struct UnitArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The unit (enhet) the case belongs to from now on
    #[arg(value_name = "UNIT")]
    pub unit: String,
    /// Why, for the journal
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Moved {
    pub case_id: i64,
    pub unit: String,
    pub from: Option<String>,
}

impl Output for Moved {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "ärende {} tillhör nu enheten {}",
            self.case_id, self.unit
        )
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: UnitArgs) -> Result<Box<dyn Output>> {
    let unit = args.unit.trim().to_string();
    if unit.is_empty() || unit.chars().any(char::is_control) {
        return Err(usage(
            "UNIT: give the unit's name, without control characters",
        ));
    }
    let note = args
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let mut store = ctx.open_existing(command)?;
    let from = store.write(|tx| move_case(tx, args.case, &unit, note))?;
    Ok(Box::new(Moved {
        case_id: args.case,
        unit,
        from,
    }))
}
