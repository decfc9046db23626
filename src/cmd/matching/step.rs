//! `insats match assignee step ID --stage STAGE`: move along the recruitment pipeline (M6).

use std::io::{self, Write};

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::Args;
use clap::builder::PossibleValuesParser;
use serde::Serialize;

use super::{clean_text, not_after_today};
use crate::Ctx;
use crate::cli::parse_date;
use crate::domain::matching::{Role, record_extract_valid};
use crate::domain::recruitment::{Checks, Stage, approval_problems, can_move};
use crate::domain::rules::Rule;
use crate::error::{refuse, usage};
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::Tx;
use crate::store::assignee::{self as register, AssigneeRow, Field};
use crate::store::guideline::in_use;
use crate::store::journal::{EntryKind, append_dated};

/// Move an assignee along the recruitment pipeline (M6): interest, interview, consent, checked,
/// approved or not_approved, waiting, paused, ended. Offers and assignments are made with
/// `match offer` and `match start`.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// The assignee's number
    #[arg(value_name = "ID")]
    pub id: i64,
    /// The stage reached
    #[arg(long, value_parser = PossibleValuesParser::new(Stage::NAMES))]
    pub stage: String,
    /// When [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// A note on the step
    #[arg(long)]
    pub note: Option<String>,
    /// For `checked`: date of the criminal-records extract [default: --date]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub record_checked: Option<NaiveDate>,
    /// For `checked`: date of the social services register check [default: --date]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub register_checked: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct Stepped {
    pub assignee_id: i64,
    pub from: Stage,
    pub stage: Stage,
    pub day: NaiveDate,
    pub withdrawn_offers: Vec<i64>,
}

impl Output for Stepped {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "assignee {}: {} → {} on {}",
            self.assignee_id, self.from, self.stage, self.day
        )?;
        for case in &self.withdrawn_offers {
            writeln!(w, "  the open offer on case {case} was withdrawn")?;
        }
        Ok(())
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: StepArgs) -> Result<Box<dyn Output>> {
    let to = Stage::parse(&args.stage).ok_or_else(|| usage("unknown --stage"))?;
    let day = args.date.unwrap_or(ctx.today);
    not_after_today("--date", Some(day), ctx.today)?;
    not_after_today("--record-checked", args.record_checked, ctx.today)?;
    not_after_today("--register-checked", args.register_checked, ctx.today)?;
    let note = clean_text(args.note.clone());
    let mut store = ctx.open_for_write(command)?;
    let id = args.id;
    let (from, withdrawn) = store.write(|tx| {
        let row = register::get(tx, id)?;
        let from = row.stage()?;
        check_move(id, from, to)?;
        if let Some(last) = register::last_step_day(tx, id)?
            && day < last
        {
            return Err(refuse(
                Rule::M6,
                format!(
                    "the {to} step on {day} is dated before assignee {id}'s last step \
                     ({last}): the pipeline's steps follow each other in time"
                ),
            ));
        }
        let withdrawn = effects(tx, &row, from, to, day, &args)?;
        register::move_to(tx, id, to, day, note.as_deref())?;
        Ok((from, withdrawn))
    })?;
    Ok(Box::new(Stepped {
        assignee_id: id,
        from,
        stage: to,
        day,
        withdrawn_offers: withdrawn,
    }))
}

/// The pipeline's moves (M6); offers and assignments belong to their own commands.
fn check_move(id: i64, from: Stage, to: Stage) -> Result<()> {
    if to == Stage::Offered || (to == Stage::Waiting && from == Stage::Offered) {
        return Err(usage(
            "offers are made and answered per case: `insats match offer CASE --assignee ID`, \
             `insats match decline CASE`",
        ));
    }
    if to == Stage::Assigned && from != Stage::Paused {
        return Err(usage(
            "an assignment starts per case: `insats match start CASE --date DATE`",
        ));
    }
    if !can_move(from, to) {
        let next: Vec<&str> = Stage::ALL
            .iter()
            .filter(|s| can_move(from, **s))
            .map(|s| s.as_str())
            .collect();
        let next = if next.is_empty() {
            "none".to_owned()
        } else {
            next.join(", ")
        };
        return Err(refuse(
            Rule::M6,
            format!(
                "assignee {id} is at {from} and cannot move to {to}: recruitment goes interest, \
                 interview, consent, checked, approved, waiting, offered (next possible: {next})"
            ),
        ));
    }
    Ok(())
}

/// What the step changes beside the stage; returns the cases whose open offer was withdrawn.
fn effects(
    tx: &Tx,
    row: &AssigneeRow,
    from: Stage,
    to: Stage,
    day: NaiveDate,
    args: &StepArgs,
) -> Result<Vec<i64>> {
    let id = row.assignee_id;
    let ds = day.to_string();
    match to {
        Stage::Interview => register::set(tx, id, Field::InterviewDay, &ds)?,
        Stage::Consent => register::set(tx, id, Field::ConsentDay, &ds)?,
        Stage::Checked => {
            let consent = row.consent_day()?;
            for (field, flag, date) in [
                (
                    Field::RecordChecked,
                    "--record-checked",
                    args.record_checked,
                ),
                (
                    Field::RegisterChecked,
                    "--register-checked",
                    args.register_checked,
                ),
            ] {
                let date = date.unwrap_or(day);
                if consent.is_some_and(|c| date < c) {
                    return Err(refuse(
                        Rule::M6,
                        format!(
                            "{flag} {date} is before the consent to register checks: a \
                             register is checked only with the assignee's consent"
                        ),
                    ));
                }
                if date > day {
                    return Err(anyhow!(
                        "{flag} {date} is after the step's --date {day}: the checks are done \
                         when the step is reached"
                    ));
                }
                register::set(tx, id, field, date.to_string())?;
            }
        }
        Stage::Approved => {
            let checks = Checks {
                consent: row.consent_day()?,
                record_extract: row.record_checked()?,
                social_register: row.register_checked()?,
            };
            let problems = approval_problems(&checks, day);
            if !problems.is_empty() {
                let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                return Err(refuse(
                    Rule::M6,
                    format!("assignee {id} cannot be approved yet: {}", lines.join("; ")),
                ));
            }
            let settings = in_use(tx)?.settings.clone();
            if row.role()? == Role::Ledsagare
                && let Some(extract) = checks.record_extract
                && !record_extract_valid(extract, settings.record_extract_valid_months, day)
            {
                return Err(refuse(
                    Rule::M2,
                    format!(
                        "a companion needs a criminal-records extract at most {} months old \
                         when approved, and this one is dated {extract}: record a new one with \
                         `insats match assignee update {id} --record-checked DATE`",
                        settings.record_extract_valid_months
                    ),
                ));
            }
            register::set(tx, id, Field::ApprovedDay, &ds)?;
            register::set(tx, id, Field::WaitingSince, &ds)?;
        }
        Stage::Waiting => {
            if from == Stage::Assigned || from == Stage::Paused {
                no_active_agreement(tx, id, "back in the queue")?;
            }
            // Approved: the queue started at approval. Back from an assignment or a break: it
            // starts again today.
            if from != Stage::Approved || row.waiting_since.is_none() {
                register::set(tx, id, Field::WaitingSince, &ds)?;
            }
        }
        Stage::Assigned => {
            // Resuming a paused assignment.
            if register::held_case(tx, id)?.is_none() {
                return Err(anyhow!(
                    "assignee {id} holds no active agreement to resume: an assignment starts \
                     with `insats match start CASE --date DATE`"
                ));
            }
        }
        Stage::Ended => {
            no_active_agreement(tx, id, "ended")?;
            register::set(tx, id, Field::WaitingSince, None::<String>)?;
            return withdraw_offers(tx, row, day);
        }
        // Out of the queue; back in it from the day they return to waiting.
        Stage::Paused | Stage::NotApproved => {
            register::set(tx, id, Field::WaitingSince, None::<String>)?;
        }
        Stage::Interest | Stage::Offered => {}
    }
    Ok(Vec::new())
}

fn no_active_agreement(tx: &Tx, id: i64, what: &str) -> Result<()> {
    match register::held_case(tx, id)? {
        Some(c) => Err(anyhow!(
            "assignee {id} still holds the assignment of case {c}: it cannot be {what} until \
             that agreement has ended"
        )),
        None => Ok(()),
    }
}

/// An assignee who ends has no offers left open; each case's journal says so.
fn withdraw_offers(tx: &Tx, row: &AssigneeRow, day: NaiveDate) -> Result<Vec<i64>> {
    let id = row.assignee_id;
    let open = register::pending_offers(tx, id)?;
    let mut cases = Vec::new();
    for (offer, case) in open {
        crate::store::assignment::withdraw_offer(tx, offer, day)?;
        append_dated(
            tx,
            case,
            EntryKind::Event,
            &format!(
                "Erbjudandet till {} återkallades {day}: uppdragstagaren har avslutat sitt \
                 uppdrag hos utföraren. Ett nytt förslag tas fram (M6).",
                super::who_sv(row)
            ),
            day,
        )?;
        tx.audit(&format!("offer {offer} withdrawn"), Some(case))?;
        cases.push(case);
    }
    Ok(cases)
}
