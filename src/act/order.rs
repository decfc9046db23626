//! Ordering (beställning): the order to the provider rests on a grant in force (G3), carries the
//! hours, goals and special circumstances (D2), and is to be executed within three months of the
//! decision (D3). The provider's copy leaves out what the provider must not see (S5, G5).

use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::case::CaseStatus;
use crate::domain::order::{OrderStatus, check_order, execute_by};
use crate::render::provider_order::{ExportFormat, ProviderOrder, ProviderPerson};
use crate::store::Tx;
use crate::store::cases::get_case;
use crate::store::decision::{self, DecisionRow};
use crate::store::guideline::load;
use crate::store::journal::{EntryKind, append};
use crate::store::order::{self, NewOrder, OrderRow};
use crate::store::people::get_person;

/// What `order` was asked: make the order (a provider), write it for the provider (an export),
/// or both.
#[derive(Debug, Clone)]
pub struct OrderRequest {
    pub case_id: i64,
    pub provider: Option<String>,
    pub note: Option<String>,
    pub export: Option<(PathBuf, ExportFormat)>,
}

#[derive(Debug, Serialize)]
pub struct Ordered {
    pub order_id: i64,
    pub case_id: i64,
    pub decision_id: i64,
    pub execute_by: NaiveDate,
    pub provider: String,
    pub hours_per_month: f64,
    pub meetings_per_month: Option<i64>,
    pub goals: Vec<String>,
    pub note: Option<String>,
    pub ordered_day: NaiveDate,
    /// The order's own status (open, executed, ended).
    pub status: OrderStatus,
    /// The case's status.
    pub case_status: CaseStatus,
    /// Whether this run made the order (false: an existing order was exported).
    pub created: bool,
    pub exported_to: Option<String>,
    pub export_format: Option<ExportFormat>,
    /// The provider's document itself, when it goes to stdout (`--export -`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// Makes the order: G3, one open order per case, D2 and D3.
fn make(
    tx: &Tx,
    case_id: i64,
    provider: &str,
    note: Option<String>,
    today: NaiveDate,
) -> Result<OrderRow> {
    let in_force = decision::in_force(tx, case_id)?;
    check_order(in_force.as_ref().map(|d| (d.outcome, d.to)), today)?;
    let d: DecisionRow = in_force.ok_or_else(|| anyhow!("case {case_id} has no decision"))?;
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
        execute_by: execute_by(d.decided_day, settings.execute_within_months),
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
    let intervention = g.intervention(case.insats);
    let age = pnr.age_on(today);
    let adult = g.settings.adult_age;
    Ok(ProviderOrder {
        order_id: o.order_id,
        case_id: o.case_id,
        decision_id: o.decision_id,
        insats_name: intervention
            .map(|i| i.name.clone())
            .unwrap_or_else(|| case.insats.to_string()),
        hours_model: intervention
            .map(|i| format!("{:?}", i.hours_model).to_lowercase())
            .unwrap_or_else(|| "strict".into()),
        insats: case.insats.to_string(),
        provider: o.provider.clone(),
        ordered_day: o.ordered_day,
        ordered_by: o.ordered_by.clone(),
        execute_by: o.execute_by,
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

/// `order CASE --provider NAME [--note TEXT]` and/or `--export FILE`: makes the order, or finds
/// the case's order, and writes it for the provider when asked.
pub fn order(tx: &Tx, req: &OrderRequest, today: NaiveDate) -> Result<Ordered> {
    let case_id = req.case_id;
    let (provider, note, export) = (&req.provider, &req.note, &req.export);
    let mut document = None;
    let (row, created, case_status) = {
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
            let text = doc.render(*format);
            if path.as_os_str() == "-" {
                // To stdout, printed once the transaction is committed.
                document = Some(text);
            } else {
                // Written last, inside the transaction: if it fails, nothing is recorded.
                std::fs::write(path, text)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
        }
        let status = if created {
            CaseStatus::Ordered
        } else {
            case.status
        };
        (row, created, status)
    };
    let meetings = decision::get(tx, row.decision_id)?.meetings_per_month;
    Ok(Ordered {
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
        export_format: export.as_ref().map(|(_, f)| *f),
        document,
    })
}
