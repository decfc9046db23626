//! `insats match`: the register of assignees (uppdragstagare), their recruitment (M6), and
//! matching one to each order (M1-M8, D4, E8).

pub mod add;
pub mod assignee;
pub mod offer;
pub mod start;
pub mod step;
pub mod suggest;
pub mod update;

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::Ctx;
use crate::domain::matching::{Assignee, Individual, Wishes};
use crate::domain::pnr::Sex;
use crate::domain::rules::Rule;
use crate::error::refuse;
use crate::guideline::{Guideline, Intervention};
use crate::render::Output;
use crate::store::Db;
use crate::store::assignee::{self as register, AssigneeRow};
use crate::store::cases::{CaseRow, PersonRow, get_case, get_person};
use crate::store::decision::{self, DecisionRow};
use crate::store::guideline::in_use;
use crate::store::order::{self, OrderRow};

/// Recruit assignees (contact persons, companions) and match them to orders
#[derive(Debug, Args)]
pub struct MatchArgs {
    #[command(subcommand)]
    pub command: MatchCommand,
}

#[derive(Debug, Subcommand)]
pub enum MatchCommand {
    /// The register of assignees and their recruitment (M6)
    Assignee(AssigneeArgs),
    /// Ranked candidates for a case's order, and who is excluded by which rule
    ///
    /// Excluded: under 18 (M1); no valid criminal-records extract for an individual under 18 or
    /// a companion (M2); a relative or in the network (M3); works or lives where the individual
    /// works or lives (M4); untrained for an intervention that needs training (M5); not
    /// approved, paused, not yet available or at capacity (M6); the wrong role (D2). The rest
    /// are ranked by the individual's wishes on the case (D4), shared interests, the same area
    /// and fairness (longer waiting first), each point explained. Assignees who have ended are
    /// left out.
    Suggest(suggest::SuggestArgs),
    /// Offer the case's assignment to an assignee
    Offer(offer::OfferArgs),
    /// The open offer was declined: the assignee goes back in the queue (M6)
    ///
    /// The offer stays in the history as declined. The assignee keeps the waiting time they had:
    /// declining an offer does not put them at the back of the queue.
    Decline(offer::DeclineArgs),
    /// The assignment starts: agreement signed, first meeting held, the order executed
    ///
    /// The open offer is accepted, the assignee assigned, and the agreement recorded: how often
    /// they meet and about how long (M7), the goals (the order's and any --goal), the
    /// compensation level, and the boundaries of the role (M8). The order and the case are
    /// executed (verkställd) on --date, and the agreement's yearly follow-up is due a year later
    /// (E8).
    Start(Box<start::StartArgs>),
}

#[derive(Debug, Args)]
pub struct AssigneeArgs {
    #[command(subcommand)]
    pub command: AssigneeCommand,
}

#[derive(Debug, Subcommand)]
pub enum AssigneeCommand {
    /// Register an assignee, with the recruitment steps done so far
    ///
    /// Each step given is recorded with its date (M6); a later step implies the earlier ones,
    /// dated as early as the later steps allow and marked as implied. `--approved DATE` ends the
    /// recruitment: it needs `--record-checked DATE` (the criminal-records extract is never
    /// implied, its date decides M2) and implies the interview, the consent and the social
    /// services register check (dated with the extract unless `--register-checked` is given).
    /// The queue starts on the approval day.
    Add(Box<add::AddArgs>),
    /// The register (personal identity numbers masked unless --reveal, rule G5)
    List(assignee::ListArgs),
    /// One assignee: details, relations, recruitment steps, offers and agreements
    Show(assignee::ShowArgs),
    /// Change an assignee's details, checks and relations
    ///
    /// Lists (--interests, --languages) replace the old ones and '' clears them; an empty text
    /// (--workplace '') clears it. Relations are added with --relative-of/--network-of and
    /// removed with --remove-relation. Recruitment steps are moved with `step`.
    Update(Box<update::UpdateArgs>),
    /// Move an assignee along the recruitment pipeline (M6), dated
    ///
    /// interest → interview → consent → checked → approved (or not_approved) → waiting; waiting
    /// or assigned ↔ paused; anything → ended. Approval needs the consent and both register
    /// checks, none dated after it. Offers and assignments are made per case with `match offer`
    /// and `match start`; an assignee who ends has their open offers withdrawn.
    Step(step::StepArgs),
}

impl MatchArgs {
    /// The command's name for the audit trail.
    pub fn name(&self) -> &'static str {
        match &self.command {
            MatchCommand::Assignee(a) => match a.command {
                AssigneeCommand::Add(_) => "match assignee add",
                AssigneeCommand::List(_) => "match assignee list",
                AssigneeCommand::Show(_) => "match assignee show",
                AssigneeCommand::Update(_) => "match assignee update",
                AssigneeCommand::Step(_) => "match assignee step",
            },
            MatchCommand::Suggest(_) => "match suggest",
            MatchCommand::Offer(_) => "match offer",
            MatchCommand::Decline(_) => "match decline",
            MatchCommand::Start(_) => "match start",
        }
    }
}

pub fn run(ctx: &Ctx, command: &'static str, args: MatchArgs) -> Result<Box<dyn Output>> {
    match args.command {
        MatchCommand::Assignee(a) => match a.command {
            AssigneeCommand::Add(args) => add::run(ctx, command, *args),
            AssigneeCommand::List(args) => assignee::list(ctx, command, args),
            AssigneeCommand::Show(args) => assignee::show(ctx, command, args),
            AssigneeCommand::Update(args) => update::run(ctx, command, *args),
            AssigneeCommand::Step(args) => step::run(ctx, command, args),
        },
        MatchCommand::Suggest(args) => suggest::run(ctx, command, args),
        MatchCommand::Offer(args) => offer::run_offer(ctx, command, args),
        MatchCommand::Decline(args) => offer::run_decline(ctx, command, args),
        MatchCommand::Start(args) => start::run(ctx, command, *args),
    }
}

/// A case whose order is being matched, with everything matching reads.
pub struct MatchCase {
    pub case: CaseRow,
    pub person: PersonRow,
    pub order: OrderRow,
    /// The decision the order rests on (its meetings a month and last day).
    pub decision: DecisionRow,
    pub individual: Individual,
    pub guideline: std::rc::Rc<Guideline>,
}

impl MatchCase {
    pub fn intervention(&self) -> Result<&Intervention> {
        self.guideline
            .intervention(&self.case.insats)
            .ok_or_else(|| {
                anyhow!(
                    "the guideline in use has no intervention {}: import one that has",
                    self.case.insats
                )
            })
    }
}

/// The case and its open order, seen on `on`. No order: refused (G3, an intervention rests on a
/// decision and its order). An executed order already has its assignee.
pub fn load_case(conn: &Db, case_id: i64, on: NaiveDate) -> Result<MatchCase> {
    let case = get_case(conn, case_id)?;
    let person = get_person(conn, case.person_id)?;
    let order = order::open(conn, case_id)?.ok_or_else(|| {
        refuse(
            Rule::G3,
            format!(
                "case {case_id} has no order to the provider: matching needs a granting \
                 decision and an order (insats decide, insats order)"
            ),
        )
    })?;
    if order.status != "open" {
        return Err(anyhow!(
            "the order of case {case_id} is already executed (since {}): the case has its \
             assignee, see `insats show {case_id}`",
            order.executed_day.as_deref().unwrap_or("-")
        ));
    }
    let age = person.pnr()?.age_on(on);
    let wishes = &case.wishes;
    let individual = Individual {
        pnr: person.pnr.clone(),
        age,
        // The case records what the individual wishes to share, not a separate list of
        // interests: the wished interests are the individual's interests too.
        interests: wishes.interests.clone(),
        area: case.area.clone(),
        workplace: case.workplace.clone(),
        residence: case.residence.clone(),
        wishes: Wishes {
            sex: match wishes.sex.as_deref() {
                Some("female") => Some(Sex::Female),
                Some("male") => Some(Sex::Male),
                _ => None,
            },
            languages: wishes.languages.clone(),
            interests: wishes.interests.clone(),
        },
    };
    Ok(MatchCase {
        decision: decision::get(conn, order.decision_id)?,
        case,
        person,
        order,
        individual,
        guideline: in_use(conn)?,
    })
}

/// Every assignee who has not ended, as stored and as matching sees them.
pub fn load_assignees(conn: &Db) -> Result<Vec<(AssigneeRow, Assignee)>> {
    let mut relations = register::all_relations(conn)?;
    let active = register::active_assignments(conn)?;
    let mut out = Vec::new();
    for row in register::list(conn, None, None)? {
        if row.stage == "ended" {
            continue;
        }
        let id = row.assignee_id;
        let a = row.to_domain(
            relations.remove(&id).unwrap_or_default(),
            active.get(&id).copied().unwrap_or(0),
        )?;
        out.push((row, a));
    }
    Ok(out)
}

/// One assignee as matching sees them.
pub fn load_assignee(conn: &Db, id: i64) -> Result<(AssigneeRow, Assignee)> {
    let row = register::get(conn, id)?;
    let relations = register::relations(conn, id)?
        .into_iter()
        .map(|r| r.pnr)
        .collect();
    let active = register::active_assignments_of(conn, id)?;
    let a = row.to_domain(relations, active)?;
    Ok((row, a))
}

/// Swedish: "kontaktperson" / "ledsagare" with the number, for journal entries.
pub fn who_sv(row: &AssigneeRow) -> String {
    format!(
        "{} (uppdragstagare nr {}, {})",
        row.name, row.assignee_id, row.role
    )
}

/// Trimmed, lower-case, without blanks or repeats: lists compare case-insensitively.
pub fn clean_list(items: Vec<String>) -> Vec<String> {
    crate::cmd::apply::clean_list(items)
}

/// A text flag: trimmed; empty means "none".
pub fn clean_text(s: Option<String>) -> Option<String> {
    s.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// A date the command records must have happened.
pub fn not_after_today(flag: &str, day: Option<NaiveDate>, today: NaiveDate) -> Result<()> {
    match day {
        Some(d) if d > today => Err(anyhow!(
            "{flag} {d} is after today ({today}): record it when it has happened"
        )),
        _ => Ok(()),
    }
}
