//! `insats match assignee step ID --stage STAGE`: move along the recruitment pipeline (M6).

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use super::{clean_text, not_after_today};
use crate::Ctx;
use crate::act::matching::assignee::{self, StepRequest};
use crate::domain::dates::parse_flag;
use crate::domain::recruitment::Stage;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// Move an assignee along the recruitment pipeline (M6): interest, interview, consent, checked,
/// approved or not_approved, waiting, paused, ended. Offers and assignments are made with
/// `match offer` and `match start`.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// The assignee's number
    #[arg(value_name = "ID")]
    pub id: i64,
    /// The stage reached
    #[arg(long, value_parser = PossibleValuesParser::new(Stage::NAMES))]
    pub stage: String,
    /// When [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: Option<NaiveDate>,
    /// A note on the step
    #[arg(long)]
    pub note: Option<String>,
    /// For `checked`: date of the criminal-records extract [default: --date]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub record_checked: Option<NaiveDate>,
    /// For `checked`: date of the social services register check [default: --date]
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub register_checked: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct Stepped {
    pub assignee_id: i64,
    pub from: Stage,
    pub stage: Stage,
    pub day: NaiveDate,
    pub withdrawn_offers: Vec<i64>,
}

impl Output for Stepped {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "uppdragstagare {}: {} → {} {}",
            self.assignee_id, self.from, self.stage, self.day
        )?;
        for case in &self.withdrawn_offers {
            writeln!(w, "  det öppna erbjudandet i ärende {case} återtogs")?;
        }
        Ok(())
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: StepArgs) -> Result<Box<dyn Output>> {
    let to = Stage::parse(&args.stage).ok_or_else(|| usage("unknown --stage"))?;
    let day = args.date.unwrap_or(ctx.today);
    not_after_today("--date", Some(day), ctx.today)?;
    not_after_today("--record-checked", args.record_checked, ctx.today)?;
    not_after_today("--register-checked", args.register_checked, ctx.today)?;
    let note = clean_text(args.note.clone());
    let req = StepRequest {
        id: args.id,
        to,
        day,
        note,
        record_checked: args.record_checked,
        register_checked: args.register_checked,
    };
    let id = args.id;
    let mut store = ctx.open_existing(command)?;
    let (from, withdrawn) = store.write(|tx| assignee::step(tx, &req))?;
    Ok(Box::new(Stepped {
        assignee_id: id,
        from,
        stage: to,
        day,
        withdrawn_offers: withdrawn,
    }))
}
