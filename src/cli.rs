//! The command line: global flags and one enum of subcommands (contract in docs/cli.md).
//!
//! Each subcommand's `Args` struct lives with its command in `src/cmd/`; this file only
//! assembles them so that `--help`, completions and man pages see one tree.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::cmd;

/// Case handling for kontaktperson, särskilt kvalificerad kontaktperson, umgängesstöd and
/// ledsagning/ledsagarservice under SoL, LSS, LVU and FB.
///
/// Everything is kept in one SQLite file. A case goes: apply, assess, decide, order, match,
/// log, follow-up; reports and reminders read across cases.
#[derive(Debug, Parser)]
#[command(name = "insats", version, max_term_width = 100)]
pub struct Cli {
    /// The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]
    #[arg(long, global = true, env = "INSATS_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Who is acting; stored with every change [default: the login name]
    #[arg(long, global = true, env = "INSATS_USER", value_name = "NAME")]
    pub user: Option<String>,

    /// The date the command treats as today [default: the system date]
    #[arg(long, global = true, env = "INSATS_TODAY", value_name = "YYYY-MM-DD",
          value_parser = crate::domain::dates::parse_flag)]
    pub today: Option<NaiveDate>,

    /// Machine output: exactly one JSON document on stdout
    #[arg(long, global = true)]
    pub json: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register an application (ansökan) or a court order
    Apply(Box<cmd::apply::ApplyArgs>),
    /// Walk the guideline's criteria for a case: a recommendation with its reasons
    Assess(cmd::assess::AssessArgs),
    /// Decide on a case (beslut): grant for a limited period, or reject
    Decide(Box<cmd::decide::DecideArgs>),
    /// Order the granted intervention from a provider (beställning), or export the order
    Order(cmd::order::OrderArgs),
    /// Recruit assignees (contact persons, companions) and match them to orders
    Match(cmd::matching::MatchArgs),
    /// Write to or read the case journal; record visits and cancelled meetings
    Log(cmd::log::LogArgs),
    /// Follow up a decision, review an agreement, or list what is due
    FollowUp(Box<cmd::followup::FollowUpArgs>),
    /// Batch reports and the nightly reminder (numbers masked unless --reveal)
    Report(cmd::report::ReportArgs),
    /// Print the whole case: person, consents, status, journal
    Show(cmd::show::ShowArgs),
    /// Find cases by a part of a name, a personnummer or a case number
    Find(cmd::find::FindArgs),
    /// A person: every case of theirs, consents, guardians, and the history of changes
    Person(cmd::person::PersonArgs),
    /// Record consent or request as facts, or their withdrawal or refusal (K1, K2)
    Consent(cmd::consent::ConsentArgs),
    /// The applicant withdraws the application: the case is written off (F9)
    Withdraw(cmd::lifecycle::WithdrawArgs),
    /// Close a case where nothing is in force any more
    Close(cmd::lifecycle::CloseArgs),
    /// Take a written-off or closed case up again
    Reopen(cmd::lifecycle::ReopenArgs),
    /// List cases
    List(cmd::list::ListArgs),
    /// Write the decision letter (beslutsbrev) of a case, in Swedish
    Letter(cmd::letter::LetterArgs),
    /// See, export or import the guideline (riktlinjer) the assessments follow
    Guideline(cmd::guideline::GuidelineArgs),
    /// Delete personal files due under the retention rules (gallring, R2)
    Retention(cmd::retention::RetentionArgs),
    /// Check the file: integrity, modes, and the journal's hash chain (for the nightly cron)
    Check(cmd::check::CheckArgs),
    /// Write a consistent, checked copy of the file
    Backup(cmd::backup::BackupArgs),
    /// Replace the file with a backup, keeping the replaced file aside
    Restore(cmd::backup::RestoreArgs),
    /// Create (or migrate) the file and say where it is
    Init,
    /// Make a demonstration file full of realistic cases
    Demo(cmd::demo::DemoArgs),
    /// Print a shell completion script
    Completions(cmd::completions::CompletionsArgs),
}

impl Command {
    /// The command's name as stored in the audit trail (no arguments: they may hold personal data).
    pub fn name(&self) -> &'static str {
        match self {
            Command::Apply(_) => "apply",
            Command::Show(_) => "show",
            Command::Find(_) => "find",
            Command::Person(p) => p.name(),
            Command::Consent(_) => "consent",
            Command::Withdraw(_) => "withdraw",
            Command::Close(_) => "close",
            Command::Reopen(_) => "reopen",
            Command::List(_) => "list",
            Command::Log(_) => "log",
            Command::Assess(_) => "assess",
            Command::Guideline(_) => "guideline",
            Command::Init => "init",
            Command::Match(m) => m.name(),
            Command::Demo(_) => "demo",
            Command::Completions(_) => "completions",
            Command::Decide(_) => "decide",
            Command::Order(_) => "order",
            Command::Letter(_) => "letter",
            Command::FollowUp(_) => "follow-up",
            Command::Backup(_) => "backup",
            Command::Restore(_) => "restore",
            Command::Check(_) => "check",
            Command::Report(_) => "report",
            Command::Retention(_) => "retention",
        }
    }
}
