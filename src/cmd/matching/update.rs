//! `insats match assignee update ID`: change details, checks and relations.

use std::io::{self, Write};

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use super::add::related_pnr;
use super::{clean_list, clean_text, not_after_today};
use crate::Ctx;
use crate::cli::parse_date;
use crate::domain::rules::Rule;
use crate::error::{refuse, usage};
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::assignee::{self as register, Field};

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
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub record_checked: Option<NaiveDate>,
    /// Date of a new social services register check
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub register_checked: Option<NaiveDate>,
    /// Available for assignments from this date
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
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
            "assignee {} updated: {}",
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

    let mut store = ctx.open_for_write(command)?;
    let id = args.id;
    let changed = store.write(|tx| {
        let row = register::get(tx, id)?;
        let own = row.pnr()?;
        let mut changed: Vec<&'static str> = Vec::new();
        let mut set = |field: Field, value: register::Value| -> Result<()> {
            register::set(tx, id, field, value)?;
            changed.push(field.column());
            Ok(())
        };
        if let Some(name) = &args.name {
            set(Field::Name, name.trim().into())?;
        }
        if let Some(sex) = &args.sex {
            set(Field::Sex, sex.into())?;
        }
        if !args.interests.is_empty() {
            let list = serde_json::to_string(&clean_list(args.interests.clone()))?;
            set(Field::Interests, list.into())?;
        }
        if !args.languages.is_empty() {
            let list = serde_json::to_string(&clean_list(args.languages.clone()))?;
            set(Field::Languages, list.into())?;
        }
        for (field, value) in [
            (Field::Area, &args.area),
            (Field::Workplace, &args.workplace),
            (Field::Residence, &args.residence),
        ] {
            if value.is_some() {
                set(field, clean_text(value.clone()).into())?;
            }
        }
        if let Some(c) = args.capacity {
            set(Field::Capacity, c.into())?;
        }
        if args.trained || args.untrained {
            set(Field::Trained, args.trained.into())?;
        }
        let consent = row.consent_day()?;
        for (field, flag, day) in [
            (Field::RecordChecked, "--record-checked", args.record_checked),
            (
                Field::RegisterChecked,
                "--register-checked",
                args.register_checked,
            ),
        ] {
            let Some(day) = day else { continue };
            if consent.is_some_and(|c| day < c) {
                return Err(refuse(
                    Rule::M6,
                    format!(
                        "{flag} {day} is before the consent to register checks: a register \
                         is checked only with the assignee's consent"
                    ),
                ));
            }
            set(field, day.into())?;
        }
        if let Some(day) = args.available_from {
            set(Field::AvailableFrom, day.into())?;
        }
        for (p, kind) in &adds {
            if *p == own {
                return Err(anyhow!("that is the assignee's own number"));
            }
            register::add_relation(tx, id, p, kind)?;
        }
        if !adds.is_empty() {
            changed.push("relations");
        }
        for p in &removes {
            if !register::remove_relation(tx, id, p)? {
                return Err(anyhow!(
                    "--remove-relation: assignee {id} has no relation to that number: \
                     `insats match assignee show {id}` lists them"
                ));
            }
        }
        if !removes.is_empty() && adds.is_empty() {
            changed.push("relations");
        }
        if changed.is_empty() {
            return Err(usage(
                "nothing to change: give at least one flag (see `insats match assignee update --help`)",
            ));
        }
        tx.audit(
            &format!("assignee {id} updated: {}", changed.join(", ")),
            None,
        )?;
        Ok(changed)
    })?;
    Ok(Box::new(Updated {
        assignee_id: id,
        changed,
    }))
}
