//! `insats order`: the order to the provider (beställning), resting on a grant in force (G3);
//! `--export FILE` writes it for the provider with only what the provider needs.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::Ctx;
use crate::act::order::{OrderRequest, Ordered};
use crate::error::usage;
use crate::json_by_serde;
use crate::render::provider_order::ExportFormat;
use crate::render::{Output, Style};

/// Order the granted intervention from a provider (beställning), or export the order for it
#[derive(Debug, Args)]
pub struct OrderArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The provider (utförare) who carries the intervention out
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// Special circumstances the provider needs to know (D2)
    #[arg(long, value_name = "TEXT", requires = "provider")]
    pub note: Option<String>,
    /// Write the order for the provider to FILE: no assessment, and for a person with protected
    /// identity no personal identity number and no address
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,
    /// The export's format [default: from FILE's extension (.json), else md]
    #[arg(long, value_parser = PossibleValuesParser::new(["md", "json"]), requires = "export")]
    pub format: Option<String>,
}

impl Output for Ordered {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        if let Some(doc) = &self.document {
            // `--export -`: the document is all stdout gets.
            return w.write_all(doc.as_bytes());
        }
        if self.created {
            writeln!(
                w,
                "case {}: order #{} to {} ({} hours a month), to be executed by {}",
                self.case_id, self.order_id, self.provider, self.hours_per_month, self.execute_by
            )?;
        }
        if let Some(p) = &self.exported_to {
            writeln!(
                w,
                "case {}: order #{} written for the provider to {p}",
                self.case_id, self.order_id
            )?;
        }
        Ok(())
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: OrderArgs) -> Result<Box<dyn Output>> {
    let provider = args.provider.as_deref().map(str::trim).map(str::to_string);
    if provider.as_deref() == Some("") {
        return Err(usage("--provider is empty: name the provider"));
    }
    if provider.is_none() && args.export.is_none() {
        return Err(usage(
            "say what to do: --provider NAME makes the order, --export FILE writes it for the provider",
        ));
    }
    let export = args.export.as_ref().map(|p| {
        let format = match args.format.as_deref() {
            Some("json") => ExportFormat::Json,
            Some(_) => ExportFormat::Md,
            None if has_extension(p, "json") => ExportFormat::Json,
            None => ExportFormat::Md,
        };
        (p.clone(), format)
    });
    let note = args
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let case_id = args.case;

    let req = OrderRequest {
        case_id,
        provider,
        note,
        export,
    };
    let mut store = ctx.open_existing(command)?;
    let today = ctx.today;
    if req.export.is_some() {
        // S4: the provider's copy carries the whole number, except behind a protected identity.
        let protected = crate::store::staff::case_facts(&store, case_id)?.protected;
        store.note().revealed = !protected;
    }
    let ordered = store.write(|tx| crate::act::order::order(tx, &req, today))?;
    Ok(Box::new(ordered))
}

fn has_extension(p: &Path, ext: &str) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}
