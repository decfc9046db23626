//! `insats order`: the order to the provider (beställning), resting on a grant in force (G3);
//! `--export FILE` writes it for the provider with only what the provider needs.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use crate::Ctx;
use crate::domain::order::execute_by;
use crate::domain::rules::Rule;
use crate::error::{refuse, usage};
use crate::json_by_serde;
use crate::render::provider_order::{ExportFormat, ProviderOrder, ProviderPerson};
use crate::render::{Output, Style};
use crate::store::Tx;
use crate::store::cases::{get_case, get_person};
use crate::store::decision::{self, DecisionRow};
use crate::store::guideline::load;
use crate::store::journal::{EntryKind, append};
use crate::store::order::{self, NewOrder, OrderRow};

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

#[derive(Debug, Serialize)]
pub struct Ordered {
    pub order_id: i64,
    pub case_id: i64,
    pub decision_id: i64,
    pub execute_by: String,
    pub provider: String,
    pub hours_per_month: f64,
    pub meetings_per_month: Option<i64>,
    pub goals: Vec<String>,
    pub note: Option<String>,
    pub ordered_day: String,
    /// The order's own status (open, executed, ended).
    pub status: String,
    /// The case's status.
    pub case_status: String,
    /// Whether this run made the order (false: an existing order was exported).
    pub created: bool,
    pub exported_to: Option<String>,
    pub export_format: Option<ExportFormat>,
}

impl Output for Ordered {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
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

    let mut store = ctx.open_for_read(command)?;
    let today = ctx.today;
    let (row, created, case_status) = store.write(|tx| {
        let case = get_case(tx, case_id)?;
        let (row, created) = match &provider {
            Some(provider) => (make(tx, case_id, provider, note.clone(), today)?, true),
            None => {
                let row = match order::open(tx, case_id)? {
                    Some(o) => o,
                    None => order::latest(tx, case_id)?.ok_or_else(|| {
                        anyhow!(
                            "case {case_id} has no order yet: make one with `insats order {case_id} --provider NAME`"
                        )
                    })?,
                };
                (row, false)
            }
        };
        if let Some((path, format)) = &export {
            let doc = provider_view(tx, &row, today)?;
            append(
                tx,
                case_id,
                EntryKind::Event,
                &format!(
                    "Beställning #{} sammanställd för utföraren {} ({}).",
                    row.order_id,
                    row.provider,
                    format.as_str()
                ),
            )?;
            tx.audit(
                &format!("order #{} exported ({})", row.order_id, format.as_str()),
                Some(case_id),
            )?;
            // Written last, inside the transaction: if it fails, nothing is recorded.
            std::fs::write(path, doc.render(*format))
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        let status: String = if created {
            "ordered".into()
        } else {
            case.status
        };
        Ok((row, created, status))
    })?;
    let meetings = decision::get(&store, row.decision_id)?.meetings_per_month;
    Ok(Box::new(Ordered {
        order_id: row.order_id,
        case_id,
        decision_id: row.decision_id,
        execute_by: row.execute_by,
        provider: row.provider,
        hours_per_month: row.hours_per_month,
        meetings_per_month: meetings,
        goals: row.goals,
        note: row.note,
        ordered_day: row.ordered_day,
        status: row.status,
        case_status,
        created,
        exported_to: export.as_ref().map(|(p, _)| p.display().to_string()),
        export_format: export.map(|(_, f)| f),
    }))
}

fn has_extension(p: &Path, ext: &str) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Makes the order: G3, one open order per case, D2 and D3.
fn make(
    tx: &Tx,
    case_id: i64,
    provider: &str,
    note: Option<String>,
    today: NaiveDate,
) -> Result<OrderRow> {
    let d: DecisionRow = match decision::in_force(tx, case_id)? {
        Some(d) if d.is_grant() => d,
        Some(_) => {
            return Err(refuse(
                Rule::G3,
                "the decision in force on this case is a rejection: an intervention is always \
                 preceded by a granting decision",
            ));
        }
        None => {
            return Err(refuse(
                Rule::G3,
                "the case has no decision: an intervention is always preceded by a granting \
                 decision (`insats decide CASE --grant ...`)",
            ));
        }
    };
    if let Some(to) = d.to.as_deref()
        && to < today.to_string().as_str()
    {
        return Err(refuse(
            Rule::G3,
            format!(
                "the grant in force ended on {to}: an intervention needs a granting decision in \
                 force, so make a new time-limited decision first"
            ),
        ));
    }
    if let Some(o) = order::open(tx, case_id)? {
        bail!(
            "case {case_id} already has order #{} to {} ({}): one order at a time; it ends at follow-up",
            o.order_id,
            o.provider,
            o.status
        );
    }
    let settings = load(tx, d.guideline_id)?.guideline.settings.clone();
    let hours = d
        .hours_per_month
        .ok_or_else(|| anyhow!("decision {} has no hours", d.decision_id))?;
    let new = NewOrder {
        case_id,
        decision_id: d.decision_id,
        provider: provider.to_string(),
        note,
        hours_per_month: hours,
        goals: d.goals.clone(),
        ordered_day: today,
        execute_by: execute_by(d.decided_day()?, settings.execute_within_months),
    };
    let (order_id, _) = order::insert(tx, &new)?;
    order::get(tx, order_id)
}

/// What the provider gets: the order, the decision's period and level, and the person without
/// what the provider must not see.
fn provider_view(tx: &Tx, o: &OrderRow, today: NaiveDate) -> Result<ProviderOrder> {
    let case = get_case(tx, o.case_id)?;
    let person = get_person(tx, case.person_id)?;
    let pnr = person.pnr()?;
    let d = decision::get(tx, o.decision_id)?;
    let g = load(tx, d.guideline_id)?.guideline;
    let intervention = g.intervention(&case.insats);
    let age = pnr.age_on(today);
    let adult = g.settings.adult_age;
    Ok(ProviderOrder {
        order_id: o.order_id,
        case_id: o.case_id,
        decision_id: o.decision_id,
        insats_name: intervention
            .map(|i| i.name.clone())
            .unwrap_or_else(|| case.insats.clone()),
        hours_model: intervention
            .map(|i| format!("{:?}", i.hours_model).to_lowercase())
            .unwrap_or_else(|| "strict".into()),
        insats: case.insats,
        provider: o.provider.clone(),
        ordered_day: o.ordered_day.clone(),
        ordered_by: o.ordered_by.clone(),
        execute_by: o.execute_by.clone(),
        period_from: d.from,
        period_to: d.to,
        hours_per_month: o.hours_per_month,
        meetings_per_month: d.meetings_per_month,
        goals: o.goals.clone(),
        special_circumstances: o.note.clone(),
        person: ProviderPerson {
            name: person.name,
            pnr: (!person.protected).then(|| pnr.formatted()),
            address: person.address.filter(|_| !person.protected),
            age,
            child: age < adult,
            protected_identity: person.protected,
        },
    })
}
