//! `insats match offer CASE --assignee ID` and `insats match decline CASE`: an offer of the
//! case's assignment, and its refusal, which puts the assignee back in the queue (M6).

use std::io::{self, Write};

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use super::{clean_text, load_assignee, load_case, not_after_today, who_sv};
use crate::Ctx;
use crate::cli::parse_date;
use crate::domain::matching::exclusions;
use crate::domain::recruitment::{OfferEvent, Stage, after_offer_event};
use crate::domain::rules::Rule;
use crate::error::refuse;
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::Tx;
use crate::store::assignee::{self as register, Field};
use crate::store::assignment::{answer_offer, insert_offer, pending_offer};
use crate::store::journal::{EntryKind, append_dated};

/// Offer the case's assignment to an assignee (one open offer per case)
#[derive(Debug, Args)]
pub struct OfferArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// The assignee's number (see `insats match suggest CASE`)
    #[arg(long, value_name = "ID")]
    pub assignee: i64,
    /// When the offer was made [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

/// The open offer was declined (by the assignee, or after the first meeting): the assignee goes
/// back in the queue keeping their waiting time (M6); the offer stays in the history
#[derive(Debug, Args)]
pub struct DeclineArgs {
    /// The case number
    #[arg(value_name = "CASE")]
    pub case: i64,
    /// When [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Why, for the journal
    #[arg(long)]
    pub reason: Option<String>,
}

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

impl Output for OfferMade {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: offered to {} (assignee {}) on {}; next `insats match start {} --date DATE` or `insats match decline {}`",
            self.case_id, self.name, self.assignee_id, self.offered_day, self.case_id, self.case_id
        )
    }
}

/// Makes the offer in `tx`, refusing an assignee any rule excludes (M1-M6, D2) and a second
/// open offer on the case.
pub fn make_offer(tx: &Tx, case_id: i64, assignee_id: i64, day: NaiveDate) -> Result<OfferMade> {
    let mc = load_case(tx, case_id, day)?;
    if let Some(open) = pending_offer(tx, case_id)? {
        return Err(refuse(
            Rule::M6,
            format!(
                "case {case_id} already has an offer open (assignee {}, offered {}): it is \
                 answered first, with `insats match start {case_id} --date DATE` or `insats \
                 match decline {case_id}`",
                open.assignee_id, open.offered_day
            ),
        ));
    }
    let ordered = crate::domain::dates::parse(&mc.order.ordered_day)
        .map_err(|_| anyhow!("the order's date is damaged"))?;
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
    if let Some(first) = why.first() {
        // Rule IDs only: the reasons name the individual's places and dates (G5); `suggest`
        // prints them.
        let rules: Vec<&str> = why.iter().map(|e| e.rule.id()).collect();
        return Err(refuse(
            first.rule,
            format!(
                "assignee {assignee_id} may not be offered case {case_id}, excluded by {}: \
                 `insats match suggest {case_id}` says why and lists who may",
                rules.join(", ")
            ),
        ));
    }
    if let Some(last) = register::last_step_day(tx, assignee_id)?
        && day < last
    {
        return Err(anyhow!(
            "the offer on {day} is before assignee {assignee_id}'s last recruitment step \
             ({last}): give the date with --date"
        ));
    }
    let stage = after_offer_event(a.stage, OfferEvent::Offer).ok_or_else(|| {
        refuse(
            Rule::M6,
            format!("assignee {assignee_id} at {} cannot be offered", a.stage),
        )
    })?;
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

pub fn run_offer(ctx: &Ctx, command: &'static str, args: OfferArgs) -> Result<Box<dyn Output>> {
    let day = args.date.unwrap_or(ctx.today);
    not_after_today("--date", Some(day), ctx.today)?;
    let mut store = ctx.open_for_write(command)?;
    let made = store.write(|tx| make_offer(tx, args.case, args.assignee, day))?;
    Ok(Box::new(made))
}

#[derive(Debug, Serialize)]
pub struct Declined {
    pub offer_id: i64,
    pub case_id: i64,
    pub assignee_id: i64,
    pub name: String,
    pub declined_day: NaiveDate,
    pub stage: Stage,
    pub waiting_since: Option<String>,
    pub journal_entry: i64,
}

impl Output for Declined {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "case {}: the offer to {} (assignee {}) was declined on {}; the assignee is back in the queue ({}); `insats match suggest {}` for the next",
            self.case_id, self.name, self.assignee_id, self.declined_day, self.stage, self.case_id
        )
    }
}

/// Declines the case's open offer in `tx`. The assignee keeps their place in the queue: a
/// declined offer must not cost them the waiting time they had (fairness, M6).
pub fn decline(tx: &Tx, case_id: i64, day: NaiveDate, reason: Option<&str>) -> Result<Declined> {
    crate::store::cases::get_case(tx, case_id)?;
    let offer = pending_offer(tx, case_id)?.ok_or_else(|| {
        anyhow!(
            "case {case_id} has no open offer to decline: `insats show {case_id}` shows its \
             assignment"
        )
    })?;
    let offered = crate::domain::dates::parse(&offer.offered_day)
        .map_err(|_| anyhow!("the offer's date is damaged"))?;
    if day < offered {
        return Err(anyhow!(
            "the decline on {day} is before the offer of {offered}: give the date with --date"
        ));
    }
    let (row, a) = load_assignee(tx, offer.assignee_id)?;
    answer_offer(tx, offer.offer_id, "declined", day)?;
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
    let entry = append_dated(
        tx,
        case_id,
        EntryKind::Event,
        &format!(
            "Erbjudandet till {} avböjdes {day}.{why} Uppdragstagaren står åter i kön (M6); \
             erbjudandet finns kvar i historiken. Ett nytt förslag tas fram.",
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
        stage,
        waiting_since,
        journal_entry: entry,
    })
}

pub fn run_decline(ctx: &Ctx, command: &'static str, args: DeclineArgs) -> Result<Box<dyn Output>> {
    let day = args.date.unwrap_or(ctx.today);
    not_after_today("--date", Some(day), ctx.today)?;
    let reason = clean_text(args.reason);
    let mut store = ctx.open_for_write(command)?;
    let done = store.write(|tx| decline(tx, args.case, day, reason.as_deref()))?;
    Ok(Box::new(done))
}
