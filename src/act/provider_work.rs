//! What the provider records while the intervention runs: the companion's expenses, held
//! against the implementation plan (P2), and changed needs reported to the caseworker (P3).

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::plan::{Plan, kronor_sv, names_expense};
use crate::domain::rules::Rule;
use crate::domain::warning::Warning;
use crate::store::Tx;
use crate::store::assignment::active_agreement;
use crate::store::journal::{self, EntryKind, append_dated};
use crate::store::plan::{self as stored, Linked, NewExpense, NoteTable};

#[derive(Debug, Serialize)]
pub struct ExpenseLogged {
    pub case_id: i64,
    pub expense_id: i64,
    pub day: NaiveDate,
    /// Kronor.
    pub amount: f64,
    pub what: String,
    pub assignee_id: i64,
    /// Whether the plan in force names it (P2).
    pub in_plan: bool,
    pub plan_version: Option<i64>,
    pub warnings: Vec<Warning>,
    pub journal_entry: i64,
}

/// The companion's (or contact person's) expense on `day` (P2): recorded on the case's running
/// assignment; an expense the plan in force does not name is kept, with a warning journalled.
pub fn expense(
    tx: &Tx,
    case_id: i64,
    day: NaiveDate,
    ore: i64,
    what: &str,
) -> Result<ExpenseLogged> {
    crate::store::cases::get_case(tx, case_id)?;
    let a = active_agreement(tx, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no assignment running: an expense is the assignee's, from the \
             start (`insats match start {case_id} --date DATE`)"
        )
    })?;
    if day < a.start_day {
        return Err(anyhow!(
            "the expense on {day} is before the assignment started ({}): give its day",
            a.start_day
        ));
    }
    let plan = stored::in_force(tx, a.order_id)?;
    let (version, in_plan) = match &plan {
        Some(v) => {
            let p: Plan = serde_json::from_str(&v.body)
                .map_err(|e| anyhow!("the plan of case {case_id} cannot be read ({e})"))?;
            (Some(v.version), names_expense(&p, what))
        }
        None => (None, false),
    };
    let id = stored::insert_expense(
        tx,
        &NewExpense {
            case_id,
            order_id: a.order_id,
            assignee_id: Some(a.assignee_id),
            day,
            amount_ore: ore,
            what,
            in_plan,
        },
    )?;
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Omkostnad {day} för {}: {}, {} (P2).",
            a.assignee_name,
            what,
            kronor_sv(ore)
        ),
        day,
    )?;
    stored::link_entry(tx, Linked::Expense, id, entry)?;
    let mut warnings = Vec::new();
    if !in_plan {
        let (en, sv) = match version {
            Some(v) => (
                format!(
                    "the expense '{what}' is not named in the implementation plan (version {v}): \
                     recorded, but expenses should follow the plan (P2)"
                ),
                format!(
                    "Omkostnaden {day} ({what}, {}) finns inte med i genomförandeplanen (version \
                     {v}); omkostnader ska stämma med planen (P2).",
                    kronor_sv(ore)
                ),
            ),
            None => (
                "the case has no implementation plan to name the expense: recorded, but \
                 expenses should follow the plan (P2)"
                    .to_owned(),
                format!(
                    "Omkostnaden {day} ({what}, {}) är registrerad utan genomförandeplan; \
                     omkostnader ska stämma med planen (P2).",
                    kronor_sv(ore)
                ),
            ),
        };
        let w = Warning::new(Rule::P2, en, sv);
        journal::warn(tx, case_id, &w, day)?;
        warnings.push(w);
    }
    tx.audit(&format!("expense {id} recorded"), Some(case_id))?;
    Ok(ExpenseLogged {
        case_id,
        expense_id: id,
        day,
        amount: ore as f64 / 100.0,
        what: what.to_owned(),
        assignee_id: a.assignee_id,
        in_plan,
        plan_version: version,
        warnings,
        journal_entry: entry,
    })
}

#[derive(Debug, Serialize)]
pub struct NeedsReported {
    pub case_id: i64,
    pub report_id: i64,
    pub day: NaiveDate,
    pub journal_entry: i64,
}

/// The provider tells the caseworker on `day` that the individual's needs have changed (P3):
/// flagged in `report reminders` until a follow-up on or after that day.
pub fn changed_needs(tx: &Tx, case_id: i64, day: NaiveDate, note: &str) -> Result<NeedsReported> {
    crate::store::cases::get_case(tx, case_id)?;
    let o = crate::store::order::open(tx, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no order in force: the provider reports changed needs on an \
             intervention it carries out"
        )
    })?;
    if day < o.ordered_day {
        return Err(anyhow!(
            "the report on {day} is before the order of {}: give its day",
            o.ordered_day
        ));
    }
    let id = stored::insert_note(tx, NoteTable::ChangedNeeds, case_id, day, note)?;
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Utföraren rapporterar förändrade behov {day} (P3): {} Handläggaren följer upp \
             beslutet.",
            note.trim()
        ),
        day,
    )?;
    stored::link_entry(tx, Linked::Note(NoteTable::ChangedNeeds), id, entry)?;
    tx.audit(&format!("changed needs {id} reported"), Some(case_id))?;
    Ok(NeedsReported {
        case_id,
        report_id: id,
        day,
        journal_entry: entry,
    })
}
