//! Offers (erbjudanden): an offer of the case's assignment to an assignee no rule excludes, and
//! its refusal, which puts the assignee back in the queue keeping their waiting time (M6).

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use serde::Serialize;

use super::{load_assignee, load_case, who_sv};
use crate::domain::matching::{DeclinedBy, check_no_open_offer, check_not_excluded, exclusions};
use crate::domain::recruitment::{OfferEvent, Stage, after_offer_event, offer_stage};
use crate::store::Tx;
use crate::store::assignee::{self as register, Field};
use crate::store::assignment::{decline_offer, insert_offer, pending_offer};
use crate::store::journal::{EntryKind, append_dated};

#[derive(Debug, Serialize)]
pub struct OfferMade {
    pub offer_id: i64,
    pub case_id: i64,
    pub order_id: i64,
    pub assignee_id: i64,
    pub name: String,
    pub offered_day: NaiveDate,
    pub stage: Stage,
    pub journal_entry: i64,
}

/// Makes the offer in `tx`, refusing an assignee any rule excludes (M1-M6, D2) and a second
/// open offer on the case.
pub fn make_offer(tx: &Tx, case_id: i64, assignee_id: i64, day: NaiveDate) -> Result<OfferMade> {
    let mc = load_case(tx, case_id, day)?;
    let open = pending_offer(tx, case_id)?;
    check_no_open_offer(case_id, open.map(|o| (o.assignee_id, o.offered_day)))?;
    let ordered = mc.order.ordered_day;
    if day < ordered {
        return Err(anyhow!(
            "the offer on {day} is before the order of {ordered}: give the date with --date"
        ));
    }
    let (row, a) = load_assignee(tx, assignee_id)?;
    let why = exclusions(
        &a,
        &mc.individual,
        mc.intervention()?,
        &mc.guideline.settings,
        day,
    );
    // `suggest` prints the reasons; the refusal names the rules only (G5).
    check_not_excluded(&why, |rules| {
        format!(
            "assignee {assignee_id} may not be offered case {case_id}, excluded by {rules}: \
             `insats match suggest {case_id}` says why and lists who may"
        )
    })?;
    if let Some(last) = register::last_step_day(tx, assignee_id)?
        && day < last
    {
        return Err(anyhow!(
            "the offer on {day} is before assignee {assignee_id}'s last recruitment step \
             ({last}): give the date with --date"
        ));
    }
    let stage = offer_stage(assignee_id, a.stage)?;
    let offer_id = insert_offer(tx, mc.order.order_id, case_id, assignee_id, day)?;
    if stage != a.stage {
        register::move_to(
            tx,
            assignee_id,
            stage,
            day,
            Some(&format!("Erbjuden uppdraget i ärende {case_id}.")),
        )?;
    }
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Uppdraget erbjudet {day} till {} (M6). Uppdragstagaren svarar ja eller nej; vid ja \
             följer ett första möte och en överenskommelse.",
            who_sv(&row)
        ),
        day,
    )?;
    tx.audit(&format!("offer {offer_id} made"), Some(case_id))?;
    Ok(OfferMade {
        offer_id,
        case_id,
        order_id: mc.order.order_id,
        assignee_id,
        name: row.name,
        offered_day: day,
        stage,
        journal_entry: entry,
    })
}

#[derive(Debug, Serialize)]
pub struct Declined {
    pub offer_id: i64,
    pub case_id: i64,
    pub assignee_id: i64,
    pub name: String,
    pub declined_day: NaiveDate,
    /// `individual`, `assignee`, or null when not stated.
    pub declined_by: Option<DeclinedBy>,
    pub reason: Option<String>,
    pub stage: Stage,
    pub waiting_since: Option<NaiveDate>,
    pub journal_entry: i64,
}

/// Declines the case's open offer in `tx`. The assignee keeps their place in the queue: a
/// declined offer must not cost them the waiting time they had (fairness, M6). An assignee who
/// declined is not suggested for this case again; the individual declining changes nothing else.
pub fn decline(
    tx: &Tx,
    case_id: i64,
    day: NaiveDate,
    by: Option<DeclinedBy>,
    reason: Option<&str>,
) -> Result<Declined> {
    crate::store::cases::get_case(tx, case_id)?;
    let offer = pending_offer(tx, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no open offer to decline: `insats show {case_id}` shows its \
             assignment"
        )
    })?;
    let offered = offer.offered_day;
    if day < offered {
        return Err(anyhow!(
            "the decline on {day} is before the offer of {offered}: give the date with --date"
        ));
    }
    let (row, a) = load_assignee(tx, offer.assignee_id)?;
    decline_offer(tx, offer.offer_id, day, by, reason)?;
    let stage = after_offer_event(a.stage, OfferEvent::Decline).unwrap_or(a.stage);
    if stage != a.stage {
        register::move_to(
            tx,
            a.id,
            stage,
            day,
            Some(&format!(
                "Tackade nej till uppdraget i ärende {case_id}; tillbaka i kön."
            )),
        )?;
    }
    if stage == Stage::Waiting && row.waiting_since.is_none() {
        register::set(tx, a.id, Field::WaitingSince, day.to_string())?;
    }
    let why = reason
        .map(|r| format!(" Skäl: {}.", r.trim().trim_end_matches('.')))
        .unwrap_or_default();
    let (by_sv, after_sv) = match by {
        Some(DeclinedBy::Individual) => (" av den enskilde", ""),
        Some(DeclinedBy::Assignee) => (
            " av uppdragstagaren",
            " Uppdragstagaren föreslås inte igen för detta ärende.",
        ),
        None => (" (vem som avböjde är inte angivet)", ""),
    };
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Erbjudandet till {} avböjdes {day}{by_sv}.{why} Uppdragstagaren står åter i kön \
             (M6); erbjudandet finns kvar i historiken.{after_sv} Ett nytt förslag tas fram.",
            who_sv(&row)
        ),
        day,
    )?;
    tx.audit(&format!("offer {} declined", offer.offer_id), Some(case_id))?;
    let waiting_since = register::get(tx, a.id)?.waiting_since;
    Ok(Declined {
        offer_id: offer.offer_id,
        case_id,
        assignee_id: a.id,
        name: row.name,
        declined_day: day,
        declined_by: by,
        reason: reason.map(str::to_owned),
        stage,
        waiting_since,
        journal_entry: entry,
    })
}
