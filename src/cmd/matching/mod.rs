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
use crate::domain::access::Op;
use crate::render::Output;

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

impl MatchArgs {
    /// The command as the role table knows it (S2).
    pub fn op(&self) -> Op {
        match &self.command {
            MatchCommand::Assignee(a) => match a.command {
                AssigneeCommand::Add(_) => Op::AssigneeAdd,
                AssigneeCommand::List(_) => Op::AssigneeList,
                AssigneeCommand::Show(_) => Op::AssigneeShow,
                AssigneeCommand::Update(_) => Op::AssigneeUpdate,
                AssigneeCommand::Step(_) => Op::AssigneeStep,
            },
            MatchCommand::Suggest(_) => Op::MatchSuggest,
            MatchCommand::Offer(_) => Op::MatchOffer,
            MatchCommand::Decline(_) => Op::MatchDecline,
            MatchCommand::Start(_) => Op::MatchStart,
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

pub use crate::domain::text::{clean_list, clean_text};

/// A date the command records must have happened.
pub fn not_after_today(flag: &str, day: Option<NaiveDate>, today: NaiveDate) -> Result<()> {
    match day {
        Some(d) if d > today => Err(anyhow!(
            "{flag} {d} is after today ({today}): record it when it has happened"
        )),
        _ => Ok(()),
    }
}
