//! `insats match assignee update ID`: change details, checks and relations.

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use super::add::related_pnr;
use super::not_after_today;
use crate::Ctx;
use crate::act::matching::assignee::{self, UpdateRequest};
use crate::domain::dates::parse_flag;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::{Output, Style};

/// Change an assignee's details, checks and relations. Lists replace the old ones; an empty
/// text (`--workplace ''`) clears it. Recruitment steps are moved with `step`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The assignee's number
    #[arg(value_name = "ID")]
    pub id: i64,
    /// The assignee's name
    #[arg(long)]
    pub name: Option<String>,
    /// The assignee's sex
    #[arg(long, value_parser = PossibleValuesParser::new(["female", "male"]))]
    pub sex: Option<String>,
    /// Interests, comma-separated (replaces the list; '' clears it)
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub interests: Vec<String>,
    /// Languages spoken, comma-separated (replaces the list; '' clears it)
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub languages: Vec<String>,
    /// The part of the municipality the assignee lives in
    #[arg(long)]
    pub area: Option<String>,
    /// Where the assignee works (M4)
    #[arg(long, value_name = "TEXT")]
    pub workplace: Option<String>,
    /// Where the assignee lives (M4)
    #[arg(long, value_name = "TEXT")]
    pub residence: Option<String>,
    /// How many assignments at once
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub capacity: Option<u32>,
    /// Has training or experience of social work (M5)
    #[arg(long, conflicts_with = "untrained")]
    pub trained: bool,
    /// Has no training or experience of social work (M5)
    #[arg(long)]
    pub untrained: bool,
    /// Date of a new criminal-records extract (M2)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub record_checked: Option<NaiveDate>,
    /// Date of a new social services register check
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub register_checked: Option<NaiveDate>,
    /// Available for assignments from this date
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub available_from: Option<NaiveDate>,
    /// Add: a relative of this individual (M3)
    #[arg(long, value_name = "PNR")]
    pub relative_of: Vec<String>,
    /// Add: in this individual's existing network (M3)
    #[arg(long, value_name = "PNR")]
    pub network_of: Vec<String>,
    /// Remove the relation to this individual
    #[arg(long, value_name = "PNR")]
    pub remove_relation: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Updated {
    pub assignee_id: i64,
    pub changed: Vec<&'static str>,
}

impl Output for Updated {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "uppdragstagare {} ändrad: {}",
            self.assignee_id,
            self.changed.join(", ")
        )
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: UpdateArgs) -> Result<Box<dyn Output>> {
    let today = ctx.today;
    not_after_today("--record-checked", args.record_checked, today)?;
    not_after_today("--register-checked", args.register_checked, today)?;
    if args.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(usage("--name is empty: give the assignee's name"));
    }
    let mut adds = Vec::new();
    for (flag, kind, list) in [
        ("--relative-of", "relative", &args.relative_of),
        ("--network-of", "network", &args.network_of),
    ] {
        for text in list {
            adds.push((related_pnr(flag, text, today)?, kind));
        }
    }
    let removes = args
        .remove_relation
        .iter()
        .map(|t| related_pnr("--remove-relation", t, today))
        .collect::<Result<Vec<_>>>()?;

    let req = UpdateRequest {
        id: args.id,
        name: args.name,
        sex: args.sex,
        interests: args.interests,
        languages: args.languages,
        area: args.area,
        workplace: args.workplace,
        residence: args.residence,
        capacity: args.capacity,
        trained: args.trained,
        untrained: args.untrained,
        record_checked: args.record_checked,
        register_checked: args.register_checked,
        available_from: args.available_from,
        adds,
        removes,
    };
    let id = req.id;
    let mut store = ctx.open_existing(command)?;
    let changed = store.write(|tx| assignee::update(tx, &req))?;
    Ok(Box::new(Updated {
        assignee_id: id,
        changed,
    }))
}
