//! `insats find TEXT`: cases by any part of a name, a personnummer in any written form, or a
//! case number; numbers masked (G5), the exact number first.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::cmd::show::words::sv_case_status;
use crate::domain::identity::Reserve;
use crate::domain::pnr::Pnr;
use crate::domain::secrecy::identity;
use crate::render::table::table;
use crate::render::{Output, Style};
use crate::store::people::{self, Found};

/// Find cases by a part of a name, a personnummer (any written form) or a case number
#[derive(Debug, Args)]
pub struct FindArgs {
    /// A part of a name, a personnummer, a reserve number or a case number
    #[arg(value_name = "TEXT")]
    pub text: String,
    /// At most this many cases by name [default: 50]
    #[arg(long, value_name = "N", default_value_t = 50,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: u32,
    /// Show whole personal identity numbers (recorded in the audit trail)
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Debug, Serialize)]
pub struct Item {
    pub case_id: i64,
    pub person_id: i64,
    pub name: String,
    pub pnr: String,
    pub insats: String,
    pub status: String,
    /// What matched: `pnr`, `case` or `name`.
    pub matched: &'static str,
}

#[derive(Debug, Serialize)]
pub struct FindResult {
    pub items: Vec<Item>,
}

impl Output for FindResult {
    fn json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        if self.items.is_empty() {
            return writeln!(w, "inget ärende hittades");
        }
        let rows = self.items.iter().map(|i| {
            vec![
                i.case_id.to_string(),
                i.name.clone(),
                i.pnr.clone(),
                i.insats.clone(),
                sv_case_status(&i.status).to_string(),
            ]
        });
        writeln!(
            w,
            "{}",
            table(
                &["ärende", "namn", "personnummer", "insats", "läge"],
                rows,
                style
            )
        )
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: FindArgs) -> Result<Box<dyn Output>> {
    let text = args.text.trim();
    if text.is_empty() {
        return Err(crate::error::usage(
            "TEXT is empty: give a part of a name, a personnummer or a case number",
        ));
    }
    let mut store = ctx.open_existing(command)?;
    let mut items: Vec<Item> = Vec::new();
    let add = |found: Vec<Found>, matched: &'static str, items: &mut Vec<Item>| {
        for f in found {
            if items.iter().any(|i| i.case_id == f.case_id) {
                continue;
            }
            items.push(Item {
                pnr: identity(&f.pnr, f.protected, args.reveal),
                case_id: f.case_id,
                person_id: f.person_id,
                name: f.name,
                insats: f.insats,
                status: f.status,
                matched,
            });
        }
    };
    // The exact number first: a personnummer in any form, or a reserve number.
    let compact = text.replace('-', "").to_ascii_uppercase();
    if let Ok(p) = Pnr::parse(text, ctx.today) {
        add(
            people::find_by_number(&store, p.as_str())?,
            "pnr",
            &mut items,
        );
    } else if let Some(r) = Reserve::from_stored(&compact) {
        add(
            people::find_by_number(&store, r.as_str())?,
            "pnr",
            &mut items,
        );
    }
    if let Ok(n) = text.parse::<i64>() {
        add(people::find_by_case(&store, n)?, "case", &mut items);
    }
    if text.chars().any(char::is_alphabetic) {
        add(
            people::find_by_name(&store, text, args.limit)?,
            "name",
            &mut items,
        );
    }
    if args.reveal {
        // G5: numbers shown whole are an act worth recording; the text searched is not kept.
        store.write(|tx| tx.audit("find --reveal", None))?;
    }
    Ok(Box::new(FindResult { items }))
}
