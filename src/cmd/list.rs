//! `insats list`: the cases, newest first.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::Ctx;
use crate::cmd::show::words::sv_case_status;
use crate::domain::access::View;
use crate::domain::secrecy::identity;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style};
use crate::store::cases::{CaseListItem, list_cases};
use crate::store::provider::ordered_cases;

/// List cases (personal identity numbers masked unless --reveal, and never shown for a
/// protected identity, rule G5)
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only open cases (not ended or rejected)
    #[arg(long)]
    pub open: bool,
    /// Show whole personal identity numbers (recorded in the audit trail; never for a protected
    /// identity, rule G5)
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Debug, Serialize)]
pub struct CaseList {
    pub cases: Vec<CaseListItem>,
}

pub fn run(ctx: &Ctx, command: &'static str, args: ListArgs) -> Result<Box<dyn Output>> {
    let mut store = ctx.open_existing(command)?;
    let mut cases = list_cases(&store, args.open)?;
    if ctx.view() == View::Provider {
        // S5: the provider's coordinator sees the cases ordered from the provider, no others.
        let ordered = ordered_cases(&store)?;
        cases.retain(|c| ordered.contains(&c.case_id));
    }
    {
        // S4: the access line counts the people listed, and says whether numbers were shown.
        let mut note = store.note();
        note.counts_people = true;
        for c in &cases {
            note.saw(&c.pnr);
            note.revealed |= args.reveal && !c.protected;
        }
    }
    for c in &mut cases {
        // G5: never the number of a protected identity, not even with --reveal.
        c.pnr = identity(&c.pnr, c.protected, args.reveal);
    }
    if args.reveal {
        // G5: revealing numbers in an overview is an act worth recording.
        store.write(|tx| tx.audit("list --reveal", None))?;
    }
    Ok(Box::new(CaseList { cases }))
}

impl Output for CaseList {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        if self.cases.is_empty() {
            return writeln!(w, "inga ärenden");
        }
        let rows = self.cases.iter().map(|c| {
            vec![
                c.case_id.to_string(),
                c.insats.clone(),
                sv_case_status(&c.status).to_string(),
                c.received.clone(),
                c.name.clone(),
                c.pnr.clone(),
                c.caseworker.clone(),
            ]
        });
        let headers = [
            "ärende",
            "insats",
            "läge",
            "inkom",
            "namn",
            "personnummer",
            "handläggare",
        ];
        writeln!(w, "{}", table(&headers, rows, style))
    }
}
