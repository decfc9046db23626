//! The start of an assignment: the offer was accepted, the first meeting held and the agreement
//! signed (M6, M7, M8): the order is executed on that day and the agreement's yearly follow-up
//! is scheduled (E8).

use anyhow::{Result, anyhow};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::{MatchCase, load_assignee, load_case, who_sv};
use crate::domain::agreement::{
    self, Ordered, Terms, default_compensation_level, default_hours_per_meeting, default_meetings,
    over_ordered,
};
use crate::domain::case::CaseEvent;
use crate::domain::matching::Assignee;
use crate::domain::matching::{
    OfferOutcome, Role, check_not_excluded, check_offer_open, check_start_within_grant, exclusions,
};
use crate::domain::recruitment::{OfferEvent, Stage, after_offer_event, next_agreement_follow_up};
use crate::domain::rules::Rule;
use crate::domain::warning::Warning;
use crate::error::usage;
use crate::store::Tx;
use crate::store::assignee::AssigneeRow;
use crate::store::assignee::{self as register, Field};
use crate::store::assignment::OfferRow;
use crate::store::assignment::{
    NewAgreement, answer_offer, execute_order, insert_agreement, pending_offer,
};
use crate::store::cases::advance;
use crate::store::journal::{self, EntryKind, append_dated};

/// What the agreement is made of, beyond the case and its offer.
#[derive(Debug, Clone, Default)]
pub struct StartTerms {
    pub meetings: Option<u32>,
    pub hours_per_meeting: Option<f64>,
    pub compensation_level: Option<u32>,
    pub goals: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Started {
    pub case_id: i64,
    pub order_id: i64,
    pub agreement_id: i64,
    pub assignee_id: i64,
    pub name: String,
    pub role: Role,
    pub start_day: NaiveDate,
    pub executed_day: NaiveDate,
    pub status: &'static str,
    pub meetings_per_month: u32,
    pub hours_per_meeting: f64,
    pub compensation_level: Option<u32>,
    pub goals: Vec<String>,
    pub review_due: NaiveDate,
    pub text: String,
    pub warnings: Vec<Warning>,
    pub journal_entry: i64,
}

/// Starts the assignment in `tx` (see the module): gathers the case, its offer and the
/// assignee, checks the rules again on the start day and settles the agreement's terms, then
/// writes. Warnings (English) are returned for stderr; each is also journalled in Swedish.
pub fn start(tx: &Tx, case_id: i64, day: NaiveDate, terms: &StartTerms) -> Result<Started> {
    let g = gather(tx, case_id, day)?;
    let agreed = agree(&g, case_id, day, terms)?;
    write(tx, &g, agreed, case_id, day)
}

/// What the start rests on: the case with its order, the open offer, and its assignee.
struct Gathered {
    mc: MatchCase,
    offer: OfferRow,
    row: AssigneeRow,
    assignee: Assignee,
}

fn gather(tx: &Tx, case_id: i64, day: NaiveDate) -> Result<Gathered> {
    let mc = load_case(tx, case_id, day)?;
    let offer = check_offer_open(case_id, pending_offer(tx, case_id)?)?;
    let ordered_day = mc.order.ordered_day;
    if day < ordered_day {
        return Err(anyhow!(
            "the start on {day} is before the order of {ordered_day}: the order is executed on \
             the day of the first meeting, after it was ordered"
        ));
    }
    let offered = offer.offered_day;
    if day < offered {
        return Err(anyhow!(
            "the start on {day} is before the offer of {offered}: give the day of the first \
             meeting with --date"
        ));
    }
    check_start_within_grant(day, mc.decision.from)?;
    let (row, assignee) = load_assignee(tx, offer.assignee_id)?;
    Ok(Gathered {
        mc,
        offer,
        row,
        assignee,
    })
}

/// The agreement's terms, settled from the order and the flags.
struct Agreed {
    meetings: u32,
    hours: f64,
    level: Option<u32>,
    goals: Vec<String>,
    review_due: NaiveDate,
    text: String,
}

/// The rules again, on the start day, as before the offer (an extract may have expired, M2);
/// then the terms: meetings and hours (M7), the compensation level, the goals.
fn agree(g: &Gathered, case_id: i64, day: NaiveDate, terms: &StartTerms) -> Result<Agreed> {
    let (mc, a) = (&g.mc, &g.assignee);
    let intervention = mc.intervention()?;
    let settings = &mc.guideline.settings;
    let mut before = a.clone();
    if before.stage == Stage::Offered {
        before.stage = Stage::Waiting;
    }
    before.active_assignments = before.active_assignments.saturating_sub(1);
    let why = exclusions(&before, &mc.individual, intervention, settings, day);
    check_not_excluded(&why, |rules| {
        format!(
            "assignee {} may not start on case {case_id} on {day}, excluded by {rules}: \
             `insats match assignee show {}` shows the checks; decline the offer with \
             `insats match decline {case_id}`",
            a.id, a.id
        )
    })?;

    let o = Ordered {
        hours_per_month: mc.order.hours_per_month,
        meetings_per_month: mc
            .decision
            .meetings_per_month
            .and_then(|m| u32::try_from(m).ok()),
        age: mc.individual.age,
        elderly_age: settings.elderly_age,
        elderly_max_meetings: settings.elderly_max_meetings_per_month,
        usual_meeting_hours: settings.meeting_hours,
    };
    let hours = match terms.hours_per_meeting {
        Some(h) if !(h > 0.0 && h <= 24.0) => {
            return Err(usage(
                "--hours-per-meeting must be more than 0 and at most 24",
            ));
        }
        Some(h) => h,
        None => default_hours_per_meeting(&o, terms.meetings),
    };
    let meetings = terms
        .meetings
        .unwrap_or_else(|| default_meetings(&o, hours));
    let levels = &settings.compensation.levels;
    let level = match (terms.compensation_level, a.role) {
        (Some(n), _) => {
            if !levels.iter().any(|l| l.level == n) {
                let known: Vec<String> = levels.iter().map(|l| l.level.to_string()).collect();
                return Err(usage(format!(
                    "--compensation-level {n}: the guideline has levels {}",
                    known.join(", ")
                )));
            }
            Some(n)
        }
        // Companions are employed and paid by the hour (the guideline's compensation note).
        (None, Role::Ledsagare) => None,
        (None, Role::Kontaktperson) => {
            default_compensation_level(levels, meetings, intervention.assignee_needs_training)
        }
    };
    let compensation = level
        .and_then(|n| levels.iter().find(|l| l.level == n))
        .map(|l| {
            (
                l.clone(),
                settings.prisbasbelopp.get(&day.year().to_string()).copied(),
            )
        });
    let mut goals = mc.order.goals.clone();
    for goal in &terms.goals {
        let goal = goal.trim();
        if !goal.is_empty() && !goals.iter().any(|x| x == goal) {
            goals.push(goal.to_owned());
        }
    }
    let review_due = next_agreement_follow_up(day, settings.agreement_review_months);
    let text = agreement::text(&Terms {
        case_id,
        insats_sv: intervention.name.clone(),
        role: a.role,
        assignee_name: g.row.name.clone(),
        start: day,
        decision_to: mc.decision.to,
        meetings_per_month: meetings,
        hours_per_meeting: hours,
        goals: goals.clone(),
        compensation,
        review_due,
    });
    Ok(Agreed {
        meetings,
        hours,
        level,
        goals,
        review_due,
        text,
    })
}

/// The writes: the offer accepted, the assignee assigned, the agreement, the order and the case
/// executed, and the journal with its warnings (over the ordered hours, D3 late).
fn write(tx: &Tx, g: &Gathered, t: Agreed, case_id: i64, day: NaiveDate) -> Result<Started> {
    let (mc, a, row) = (&g.mc, &g.assignee, &g.row);
    answer_offer(tx, g.offer.offer_id, OfferOutcome::Accepted, day)?;
    let stage = after_offer_event(a.stage, OfferEvent::Accept).unwrap_or(a.stage);
    if stage != a.stage {
        register::move_to(
            tx,
            a.id,
            stage,
            day,
            Some(&format!("Uppdraget i ärende {case_id} startade.")),
        )?;
    }
    // Out of the queue while assigned; back in it from the day the assignment ends.
    register::set(tx, a.id, Field::WaitingSince, None::<String>)?;
    let agreement_id = insert_agreement(
        tx,
        &NewAgreement {
            case_id,
            order_id: mc.order.order_id,
            assignee_id: a.id,
            start_day: day,
            meetings_per_month: t.meetings,
            hours_per_meeting: t.hours,
            goals: t.goals.clone(),
            compensation_level: t.level,
            text: t.text.clone(),
            review_due: t.review_due,
        },
    )?;
    execute_order(tx, mc.order.order_id, day)?;
    advance(tx, case_id, CaseEvent::Executed)?;
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Uppdraget startade {day} med {}: första mötet hållet och överenskommelse nr \
             {agreement_id} upprättad ({} träffar per månad, cirka {} timmar per träff). \
             Beställningen är verkställd {day}. Överenskommelsen följs upp en gång om året, \
             nästa gång senast {} (E8).",
            who_sv(row),
            t.meetings,
            format!("{}", t.hours).replace('.', ","),
            t.review_due
        ),
        day,
    )?;
    let mut warnings = Vec::new();
    if let Some(over) = over_ordered(t.meetings, t.hours, mc.order.hours_per_month) {
        warnings.push(Warning::new(Rule::E1, over.english(), over.swedish()));
    }
    let execute_by = mc.order.execute_by;
    if day > execute_by {
        warnings.push(Warning::new(
            Rule::D3,
            format!("the order is executed on {day}, after its limit of {execute_by} (D3)"),
            format!(
                "Beställningen verkställdes {day}, efter sista dag {execute_by} (D3): beslutet \
                 har inte verkställts inom tre månader."
            ),
        ));
    }
    for w in &warnings {
        journal::warn(tx, case_id, w, day)?;
    }
    tx.audit(
        &format!(
            "agreement {agreement_id} signed, order {} executed",
            mc.order.order_id
        ),
        Some(case_id),
    )?;
    Ok(Started {
        case_id,
        order_id: mc.order.order_id,
        agreement_id,
        assignee_id: a.id,
        name: row.name.clone(),
        role: a.role,
        start_day: day,
        executed_day: day,
        status: "executed",
        meetings_per_month: t.meetings,
        hours_per_meeting: t.hours,
        compensation_level: t.level,
        goals: t.goals,
        review_due: t.review_due,
        text: t.text,
        warnings,
        journal_entry: entry,
    })
}
