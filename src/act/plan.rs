//! The implementation plan (genomförandeplan, P1) and the coordinator's check-ins with the
//! assignee (P4): the plan document for the case's order, storing a version of it (every
//! problem listed, nothing stored until it is sound), and reading the plan in force.

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use serde::Serialize;

use crate::act::follow_up::DueView;
use crate::domain::followup::{DueKind, DueState, check_in_due, due_state};
use crate::domain::plan::{self, Expected, Plan};
use crate::domain::report::{minus_days, plus_days};
use crate::error::problems;
use crate::guideline::Settings;
use crate::store::assignment::active_agreement;
use crate::store::journal::{EntryKind, append_dated};
use crate::store::order::{self, OrderRow};
use crate::store::plan::{self as stored, Linked, NewVersion, NoteTable, Noted, PlanVersion};
use crate::store::reports::provider_work::check_ins as running_check_ins;
use crate::store::{Db, Tx};

/// The case's order that a plan is drawn up from: the one not ended.
pub fn plan_order(conn: &Db, case_id: i64) -> Result<OrderRow> {
    crate::store::cases::get_case(conn, case_id)?;
    order::open(conn, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no order in force: the plan is drawn up from the order \
             (`insats show {case_id}` shows the case)"
        )
    })
}

fn expected<'a>(case_id: i64, o: &'a OrderRow, today: NaiveDate) -> Expected<'a> {
    Expected {
        case_id,
        goals: &o.goals,
        ordered: o.ordered_day,
        today,
    }
}

/// The plan document to fill in, with the order's goals.
pub fn template(conn: &Db, case_id: i64, today: NaiveDate) -> Result<Plan> {
    let o = plan_order(conn, case_id)?;
    Ok(plan::template(&expected(case_id, &o, today)))
}

#[derive(Debug, Serialize)]
pub struct PlanStored {
    pub case_id: i64,
    pub order_id: i64,
    pub plan_id: i64,
    pub version: i64,
    pub drawn_up: NaiveDate,
    pub journal_entry: i64,
}

/// Reads the filled document `text` and stores it as the case's next version (P1). Every
/// problem is listed at once, and nothing is stored unless the whole document is sound.
pub fn store_version(tx: &Tx, case_id: i64, text: &str, today: NaiveDate) -> Result<PlanStored> {
    let o = plan_order(tx, case_id)?;
    let plan = plan::parse(text, &expected(case_id, &o, today)).map_err(|list| {
        problems(
            format!(
                "the plan document has {} problem{}; nothing was stored:",
                list.len(),
                if list.len() == 1 { "" } else { "s" }
            ),
            list,
        )
    })?;
    let drawn_up = plan
        .drawn_up
        .ok_or_else(|| anyhow!("the plan has no day it was drawn up"))?;
    let version = stored::next_version(tx, case_id)?;
    let with = plan.drawn_up_with.join(", ");
    let activities: usize = plan.goals.iter().map(|g| g.activities.len()).sum();
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Genomförandeplan version {version} upprättad {drawn_up} tillsammans med {with} \
             (P1): {} mål, {activities} aktiviteter. Planen utgår från beställning #{}.",
            plan.goals.len(),
            o.order_id
        ),
        drawn_up,
    )?;
    let body = serde_json::to_string(&plan)?;
    let plan_id = stored::insert_version(
        tx,
        &NewVersion {
            case_id,
            order_id: o.order_id,
            version,
            drawn_up,
            body: &body,
            entry,
        },
    )?;
    tx.audit(
        &format!("plan {plan_id} version {version} stored"),
        Some(case_id),
    )?;
    Ok(PlanStored {
        case_id,
        order_id: o.order_id,
        plan_id,
        version,
        drawn_up,
        journal_entry: entry,
    })
}

/// One stored version, its document read back.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    pub version: i64,
    pub order_id: i64,
    pub drawn_up: NaiveDate,
    pub stored_by: String,
    pub stored_at: String,
    pub plan: Plan,
}

fn read_version(v: PlanVersion) -> Result<Version> {
    let plan: Plan = serde_json::from_str(&v.body).map_err(|e| {
        anyhow!(
            "plan version {} of case {} cannot be read ({e}): the file is damaged",
            v.version,
            v.case_id
        )
    })?;
    Ok(Version {
        version: v.version,
        order_id: v.order_id,
        drawn_up: v.drawn_up,
        stored_by: v.user,
        stored_at: v.at,
        plan,
    })
}

#[derive(Debug, Serialize)]
pub struct PlanShown {
    pub case_id: i64,
    /// The order the plan in force belongs to, when there is one.
    pub order_id: Option<i64>,
    /// The latest version of the current order's plan.
    pub in_force: Option<Version>,
    /// Every version, oldest first (the one in force included).
    pub versions: Vec<Version>,
    pub check_ins: Vec<Noted>,
}

/// The plan in force, its versions and the check-ins.
pub fn show(conn: &Db, case_id: i64) -> Result<PlanShown> {
    crate::store::cases::get_case(conn, case_id)?;
    let current = order::open(conn, case_id)?.map(|o| o.order_id);
    let versions: Vec<Version> = stored::versions(conn, case_id)?
        .into_iter()
        .map(read_version)
        .collect::<Result<_>>()?;
    let in_force = current.and_then(|id| versions.iter().rev().find(|v| v.order_id == id).cloned());
    Ok(PlanShown {
        case_id,
        order_id: current,
        in_force,
        versions,
        check_ins: stored::notes(conn, NoteTable::CheckIn, case_id)?,
    })
}

/// The version to export: `version`, else the one in force, else (the order ended) the latest.
pub fn version_for_export(conn: &Db, case_id: i64, version: Option<i64>) -> Result<Version> {
    let shown = show(conn, case_id)?;
    match version {
        Some(n) => shown
            .versions
            .into_iter()
            .find(|v| v.version == n)
            .ok_or_else(|| {
                anyhow!(
                    "case {case_id} has no plan version {n}: `insats plan {case_id}` lists them"
                )
            }),
        // An ended order keeps its plan: the latest version is the one the individual had.
        None => shown
            .in_force
            .or(shown.versions.last().cloned())
            .ok_or_else(|| {
                anyhow!(
                    "case {case_id} has no plan in force: store one with `insats plan {case_id} \
                 --file FILE` (the template: `insats plan {case_id} --template`)"
                )
            }),
    }
}

#[derive(Debug, Serialize)]
pub struct CheckedIn {
    pub case_id: i64,
    pub check_in_id: i64,
    pub day: NaiveDate,
    pub assignee_id: i64,
    pub journal_entry: i64,
}

/// The coordinator checked with the case's assignee on `day` that the assignment runs as the
/// plan says (P4). Needs an assignee: a check-in is made with one.
pub fn check_in(tx: &Tx, case_id: i64, day: NaiveDate, note: &str) -> Result<CheckedIn> {
    crate::store::cases::get_case(tx, case_id)?;
    let a = active_agreement(tx, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no assignee to check in with: the assignment starts with \
             `insats match start {case_id} --date DATE`"
        )
    })?;
    if day < a.start_day {
        return Err(anyhow!(
            "the check-in on {day} is before the assignment started ({}): give the day it was \
             made",
            a.start_day
        ));
    }
    let id = stored::insert_note(tx, NoteTable::CheckIn, case_id, day, note)?;
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Avstämning {day} med uppdragstagaren {} om att uppdraget går enligt \
             genomförandeplanen (P4): {}",
            a.assignee_name,
            note.trim()
        ),
        day,
    )?;
    stored::link_entry(tx, Linked::Note(NoteTable::CheckIn), id, entry)?;
    tx.audit(&format!("check-in {id} recorded"), Some(case_id))?;
    Ok(CheckedIn {
        case_id,
        check_in_id: id,
        day,
        assignee_id: a.assignee_id,
        journal_entry: entry,
    })
}

/// The check-ins with the assignee due within `within` days or overdue (P4), for
/// `follow-up --due`: the guideline's number of days after the last one (or the start), each
/// handed to `f`.
pub fn each_check_in_due(
    conn: &Db,
    settings: &Settings,
    today: NaiveDate,
    within: u32,
    f: &mut dyn FnMut(DueView) -> Result<()>,
) -> Result<()> {
    let horizon = plus_days(today, within);
    let started_by = minus_days(horizon, settings.check_in_within_days);
    running_check_ins(conn, started_by, &mut |r| {
        let due = check_in_due(r.executed, r.last_check_in, settings);
        let state = due_state(due, today, within);
        if state != DueState::NotDue {
            f(check_in_view(r.who.case_id, r.last_check_in, due, state))?;
        }
        Ok(())
    })
}

/// The case's next check-in (P4), for `show`, with the state `follow-up --due` would give it.
pub fn case_check_in_due(
    conn: &Db,
    case_id: i64,
    settings: &Settings,
    today: NaiveDate,
) -> Result<Vec<DueView>> {
    let Some(a) = active_agreement(conn, case_id)? else {
        return Ok(Vec::new());
    };
    let last = stored::notes(conn, NoteTable::CheckIn, case_id)?
        .into_iter()
        .map(|n| n.day)
        .filter(|d| *d >= a.start_day)
        .max();
    let due = check_in_due(a.start_day, last, settings);
    let state = due_state(due, today, crate::act::follow_up::DEFAULT_WITHIN_DAYS);
    Ok(vec![check_in_view(case_id, last, due, state)])
}

fn check_in_view(
    case_id: i64,
    last: Option<NaiveDate>,
    due: NaiveDate,
    state: DueState,
) -> DueView {
    let since = match last {
        Some(d) => format!("senaste avstämning {d}"),
        None => "ingen avstämning sedan uppdraget började".to_owned(),
    };
    DueView {
        kind: DueKind::CheckIn.as_str(),
        case_id,
        rule: DueKind::CheckIn.rule(),
        due,
        state,
        message: format!(
            "avstämning med uppdragstagaren att genomförandeplanen följs (P4; {since})"
        ),
    }
}
