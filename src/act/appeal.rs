//! Appeals (överklaganden): one that comes in is checked for time (F4); in time it opens
//! omprövning (F5, a new decision while it is open is covered by it) and is forwarded to the
//! court (F6); too late it is dismissed in a decision of its own (F4); the court's judgment is
//! recorded, and one that grants becomes a decision in force (F7).

use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;

use super::decide::{DecisionInput, decide_in};
use super::due_process::{Process, notice_days};
use super::letter::{Selector, Target, target};
use crate::domain::decision::Outcome;
use crate::domain::due_process::{
    appeal_deadline, appeal_in_time, check_appeal_day, check_dismissal,
};
use crate::domain::rules::Rule;
use crate::error::{Refusal, usage};
use crate::store::Tx;
use crate::store::appeal::{self, AppealRow, AppealStatus, Change, NewAppeal};
use crate::store::journal::{EntryKind, append_dated};

/// What an `appeal` command did.
#[derive(Debug, Serialize)]
pub struct Appealed {
    pub case_id: i64,
    pub appeal_id: i64,
    pub decision_id: i64,
    pub status: AppealStatus,
    pub came: NaiveDate,
    /// The last day to appeal; none when the day of receipt is not known (F4).
    pub last_day: Option<NaiveDate>,
    pub in_time: bool,
    pub forwarded: Option<NaiveDate>,
    pub court: Option<String>,
    pub judgment: Option<NaiveDate>,
    pub outcome: Option<String>,
    /// The decision in force a granting judgment made (F7).
    pub new_decision_id: Option<i64>,
    pub journal_entry: i64,
}

fn appealed(a: &AppealRow, journal_entry: i64) -> Appealed {
    Appealed {
        case_id: a.case_id,
        appeal_id: a.appeal_id,
        decision_id: a.decision_id,
        status: a.status,
        came: a.came,
        last_day: a.last_day,
        in_time: a.in_time,
        forwarded: a.forwarded,
        court: a.court.clone(),
        judgment: a.judgment,
        outcome: a.judgment_outcome.clone(),
        new_decision_id: a.judgment_decision_id,
        journal_entry,
    }
}

/// `appeal CASE --received DATE [--decision N]` (F4): the time is checked from the day the
/// party received the decision; in time, the committee reconsiders it (F5).
pub fn receive(
    tx: &Tx,
    case_id: i64,
    sel: Selector,
    came: NaiveDate,
    note: Option<&str>,
) -> Result<Appealed> {
    let today = tx.actor().today;
    if came > today {
        bail!("--received {came} is after today ({today}): record the appeal once it has come in");
    }
    let t: Target = target(tx, case_id, sel)?;
    let Some(decision_id) = t.key.decision_id else {
        return Err(anyhow::Error::new(
            Refusal::new(
                Rule::F9,
                format!("case {case_id} was written off: a write-off is not a decision to appeal"),
            )
            .hint("reopen it if the applicant still wants the intervention"),
        ));
    };
    if t.key.act == crate::store::due_process::Act::Dismissal {
        bail!(
            "an appeal of the dismissal goes to the court with the dismissed appeal: record the first appeal's --forward"
        );
    }
    let (sent, received) = notice_days(tx, case_id, &t.key)?;
    check_appeal_day(t.made, sent, came)?;
    let last_day = appeal_deadline(received);
    let in_time = appeal_in_time(received, came);
    let id = appeal::insert(
        tx,
        &NewAppeal {
            case_id,
            decision_id,
            follow_up_id: t.key.follow_up_id,
            came,
            last_day,
            in_time,
            note: note.map(str::trim),
        },
    )?;
    let time = match (last_day, in_time) {
        (Some(l), true) => format!("i rätt tid (sista dag {l})"),
        (Some(l), false) => format!("för sent (sista dag var {l}); avvisas med ett eget beslut"),
        (None, _) => "i rätt tid: dagen då parten fick del av beslutet är inte känd".to_string(),
    };
    let mut text = format!("Överklagande av {} kom in {came}, {time} (F4).", t.what);
    if in_time {
        text.push_str(" Nämnden omprövar beslutet (F5) och överlämnar annars överklagandet till förvaltningsrätten (F6).");
    }
    if let Some(n) = note.filter(|n| !n.trim().is_empty()) {
        text.push(' ');
        text.push_str(n.trim());
    }
    let entry = append_dated(tx, case_id, EntryKind::Event, &text, today)?;
    Ok(appealed(&appeal::get(tx, id)?, entry))
}

/// The case's latest appeal that is still with the committee.
fn open_appeal(tx: &Tx, case_id: i64, rule: Rule) -> Result<AppealRow> {
    crate::store::cases::get_case(tx, case_id)?;
    appeal::open(tx, case_id)?.ok_or_else(|| {
        anyhow::Error::new(
            Refusal::new(
                rule,
                format!("case {case_id} has no appeal open with the committee"),
            )
            .hint(format!(
                "record the appeal first: insats appeal {case_id} --received DATE"
            )),
        )
    })
}

/// `appeal CASE --too-late --note TEXT` (F4): the dismissal (avvisning), a decision of its own
/// that tells how to appeal it.
pub fn dismiss(tx: &Tx, case_id: i64, note: &str) -> Result<Appealed> {
    let a = open_appeal(tx, case_id, Rule::F4)?;
    check_dismissal(a.in_time, a.last_day)?;
    let today = tx.actor().today;
    let (name, title) = crate::store::staff::signer(tx, &tx.actor().user)?;
    appeal::change(
        tx,
        a.appeal_id,
        &Change::Dismissed {
            day: today,
            name: &name,
            title: title.as_deref(),
            note: note.trim(),
        },
    )?;
    let text = format!(
        "Beslut: överklagandet #{} av beslut #{} avvisas eftersom det kom in för sent ({}, sista dag {}) (F4). {}",
        a.appeal_id,
        a.decision_id,
        a.came,
        a.last_day.map(|d| d.to_string()).unwrap_or_default(),
        note.trim()
    );
    let entry = append_dated(tx, case_id, EntryKind::Event, &text, today)?;
    Ok(appealed(&appeal::get(tx, a.appeal_id)?, entry))
}

/// `appeal CASE --forward DATE [--court NAME]` (F6).
pub fn forward(tx: &Tx, case_id: i64, day: NaiveDate, court: Option<&str>) -> Result<Appealed> {
    let a = open_appeal(tx, case_id, Rule::F6)?;
    let today = tx.actor().today;
    if !a.in_time {
        return Err(anyhow::Error::new(
            Refusal::new(
                Rule::F4,
                format!(
                    "appeal #{} came in too late: it is dismissed, not forwarded",
                    a.appeal_id
                ),
            )
            .hint(format!("insats appeal {case_id} --too-late --note TEXT")),
        ));
    }
    if day > today {
        bail!("--forward {day} is after today ({today}): record it once it is sent");
    }
    if day < a.came {
        bail!(
            "--forward {day} is before the appeal came in ({}): check the date",
            a.came
        );
    }
    let g = crate::store::guideline::ensure_active(tx)?.guideline;
    let court = match court.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => c.to_string(),
        None => match &g.settings.letterhead {
            Some(l) => l.court.clone(),
            None => {
                return Err(usage(
                    "the guideline names no court: give --court NAME (e.g. \"Förvaltningsrätten i Stockholm\")",
                ));
            }
        },
    };
    appeal::change(tx, a.appeal_id, &Change::Forwarded { day, court: &court })?;
    let covers = a
        .covers_decision_id
        .map(|d| format!(" (gäller nu beslut #{d})"))
        .unwrap_or_default();
    let text = format!(
        "Överklagandet #{}{covers} och handlingarna i ärendet överlämnade till {court} {day} (F6).",
        a.appeal_id
    );
    let entry = append_dated(tx, case_id, EntryKind::Event, &text, today)?;
    Ok(appealed(&appeal::get(tx, a.appeal_id)?, entry))
}

/// The court's judgment as `appeal --judgment` gives it.
#[derive(Debug, Clone)]
pub struct Judgment {
    pub day: NaiveDate,
    pub outcome: String,
    pub to: Option<NaiveDate>,
    pub hours: Option<f64>,
    pub goals: Vec<String>,
    pub note: Option<String>,
}

/// `appeal CASE --judgment DATE --outcome ...` (F7): a judgment that grants becomes a decision
/// in force from the day it came in, ordered and executed like any other (D3 counts from it).
pub fn judge(tx: &Tx, case_id: i64, j: &Judgment) -> Result<Appealed> {
    crate::store::cases::get_case(tx, case_id)?;
    let a = appeal::of_case(tx, case_id)?
        .into_iter()
        .rev()
        .find(|a| a.status == AppealStatus::Forwarded)
        .ok_or_else(|| {
            anyhow::Error::new(
                Refusal::new(
                    Rule::F6,
                    format!("case {case_id} has no appeal forwarded to the court"),
                )
                .hint(format!(
                    "insats appeal {case_id} --forward DATE [--court NAME]"
                )),
            )
        })?;
    let today = tx.actor().today;
    if j.day > today {
        bail!("--judgment {} is after today ({today})", j.day);
    }
    if a.forwarded.is_some_and(|f| j.day < f) {
        bail!(
            "--judgment {} is before the appeal was forwarded ({}): check the date",
            j.day,
            a.forwarded.map(|d| d.to_string()).unwrap_or_default()
        );
    }
    let grants = matches!(j.outcome.as_str(), "granted" | "partly");
    let new_decision = if grants {
        Some(granted(tx, case_id, &a, j)?)
    } else {
        if j.to.is_some() || j.hours.is_some() {
            return Err(usage(
                "--to and --hours are the terms of a judgment that grants (--outcome granted|partly)",
            ));
        }
        None
    };
    appeal::change(
        tx,
        a.appeal_id,
        &Change::Judged {
            day: j.day,
            outcome: &j.outcome,
            decision_id: new_decision,
        },
    )?;
    let said = match j.outcome.as_str() {
        "granted" => "bifaller överklagandet",
        "partly" => "bifaller överklagandet delvis",
        "rejected" => "avslår överklagandet",
        _ => "återförvisar ärendet till nämnden",
    };
    let mut text = format!(
        "Förvaltningsrättens dom {} i överklagandet #{}: domstolen {said} (F7).",
        j.day, a.appeal_id
    );
    if let Some(d) = new_decision {
        text.push_str(&format!(
            " Domen verkställs som beslut #{d}, från den dag domen kom in."
        ));
    }
    if let Some(n) = j.note.as_deref().filter(|n| !n.trim().is_empty()) {
        text.push(' ');
        text.push_str(n.trim());
    }
    let entry = append_dated(tx, case_id, EntryKind::Event, &text, today)?;
    Ok(appealed(&appeal::get(tx, a.appeal_id)?, entry))
}

/// F7: the judgment's grant, as a decision in force from the day the judgment came in.
fn granted(tx: &Tx, case_id: i64, a: &AppealRow, j: &Judgment) -> Result<i64> {
    let (Some(to), Some(hours)) = (j.to, j.hours) else {
        return Err(usage(
            "a judgment that grants states its terms: add --to DATE --hours N",
        ));
    };
    let appealed = crate::store::decision::get(tx, a.covers_decision_id.unwrap_or(a.decision_id))?;
    let goals = if j.goals.is_empty() {
        if appealed.goals.is_empty() {
            vec![format!(
                "Insatsen ges enligt förvaltningsrättens dom {}; målen följs upp i genomförandeplanen.",
                j.day
            )]
        } else {
            appealed.goals.clone()
        }
    } else {
        j.goals.clone()
    };
    let input = DecisionInput {
        outcome: Outcome::Grant,
        from: Some(j.day),
        to: Some(to),
        hours_per_month: Some(hours),
        meetings_per_month: appealed
            .meetings_per_month
            .and_then(|m| u32::try_from(m).ok()),
        purpose: None,
        goals,
        reason: None,
        // The court decided: the decision follows the judgment, whatever the assessment found (G2).
        deviation_reason: Some(format!(
            "Förvaltningsrättens dom {} (överklagande #{}).",
            j.day, a.appeal_id
        )),
        override_reason: appealed.override_reason.clone(),
        guardian_objects: appealed.guardian_objects,
        crime_recorded: appealed.crime_recorded,
        process: Process::default(),
        judgment_of: Some(a.appeal_id),
    };
    let (_, _, recorded, _) = decide_in(tx, case_id, j.day, input)?;
    Ok(recorded.decision_id)
}
