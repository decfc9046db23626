//! The command line: global flags and one enum of subcommands (contract in docs/cli.md).
//!
//! Each subcommand's `Args` struct lives with its command in `src/cmd/`; this file only
//! assembles them so that `--help`, completions and man pages see one tree.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::cmd;
use crate::domain::access::Op;

/// Case handling for kontaktperson, särskilt kvalificerad kontaktperson, umgängesstöd and
/// ledsagning/ledsagarservice under SoL, LSS, LVU and FB.
///
/// Everything is kept in one SQLite file. A case goes: apply, assess, decide, order, match,
/// log, follow-up; reports and reminders read across cases.
/// The heading the global flags are listed under in every command's help, after the command's
/// own options.
const GLOBAL: &str = "Global options";

#[derive(Debug, Parser)]
#[command(name = "insats", version, max_term_width = 100)]
pub struct Cli {
    /// The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]
    #[arg(long, global = true, help_heading = GLOBAL, env = "INSATS_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for
    /// NAME", with NAME's roles; S1) [default: the system account running insats]
    #[arg(long, global = true, help_heading = GLOBAL, env = "INSATS_USER", value_name = "NAME")]
    pub user: Option<String>,

    /// Why you need a case of another unit than yours (S3): logged, and shown first in the log
    /// review
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "TEXT")]
    pub access_reason: Option<String>,

    /// The date the command treats as today [default: the system date]
    #[arg(long, global = true, help_heading = GLOBAL, env = "INSATS_TODAY", value_name = "YYYY-MM-DD",
          value_parser = crate::domain::dates::parse_flag)]
    pub today: Option<NaiveDate>,

    /// Machine output: exactly one JSON document on stdout
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub json: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// The command line with an example under every command's help (`cmd::examples`): what help,
/// completions and the manual page are made from.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    cmd::examples::add(Cli::command())
}

/// Parses `args` (the program's name first). The examples are added only when clap is about to
/// print a help: adding them walks every command and moves each one twice, which was 6 % of a
/// `show`'s instructions (issue 21). The flags and their checks are the same either way.
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::error::ErrorKind;
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    match Cli::command().try_get_matches_from(&args) {
        Ok(m) => Cli::from_arg_matches(&m),
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            // The same arguments give the same kind of error, now with the examples in it.
            Err(command().try_get_matches_from(&args).err().unwrap_or(e))
        }
        Err(e) => Err(e),
    }
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
    /// Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received
    Letter(cmd::letter::LetterArgs),
    /// Kommunicering (F1): the material sent to the party before a decision, and their reply
    Communicate(cmd::communicate::CommunicateArgs),
    /// An appeal (överklagande): its time (F4), dismissal, forwarding (F6) and judgment (F7)
    Appeal(Box<cmd::appeal::AppealArgs>),
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
    /// Print the manual page (roff): insats manpage > insats.1
    Manpage(cmd::manpage::ManpageArgs),
    /// The staff register: who may act, with which roles, units and delegations (S1-S3)
    Staff(cmd::staff::StaffArgs),
    /// Move a case to another unit (S3), journalled
    Unit(cmd::unit::UnitArgs),
    /// The provider's implementation plan (genomförandeplan) and check-ins (P1, P4)
    Plan(cmd::plan::PlanArgs),
    /// IVO's individual reports (R1): the caseworker's reason, consequences and interim support
    Ivo(cmd::ivo::IvoArgs),
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
            Command::Manpage(_) => "manpage",
            Command::Decide(_) => "decide",
            Command::Order(_) => "order",
            Command::Letter(_) => "letter",
            Command::Communicate(_) => "communicate",
            Command::Appeal(_) => "appeal",
            Command::FollowUp(_) => "follow-up",
            Command::Backup(_) => "backup",
            Command::Restore(_) => "restore",
            Command::Check(_) => "check",
            Command::Report(_) => "report",
            Command::Retention(_) => "retention",
            Command::Staff(_) => "staff",
            Command::Unit(_) => "unit",
            Command::Plan(_) => "plan",
            Command::Ivo(i) => i.name(),
        }
    }

    /// The command as the role table (S2) knows it: each subcommand, and each mode that one
    /// command takes by its flags.
    pub fn op(&self) -> Op {
        match self {
            Command::Apply(_) => Op::Apply,
            Command::Assess(_) => Op::Assess,
            Command::Decide(_) => Op::Decide,
            Command::Order(a) if a.export.is_some() => Op::OrderExport,
            Command::Order(_) => Op::Order,
            Command::Match(m) => m.op(),
            Command::Log(a) => a.op(),
            Command::FollowUp(a) if a.due => Op::FollowUpDue,
            Command::FollowUp(a) if a.agreement_review => Op::FollowUpAgreement,
            Command::FollowUp(_) => Op::FollowUp,
            Command::Report(r) => r.report.op(),
            Command::Show(_) => Op::Show,
            Command::Find(_) => Op::Find,
            Command::Person(p) => p.op(),
            Command::Consent(_) => Op::Consent,
            Command::Withdraw(_) => Op::Withdraw,
            Command::Close(_) => Op::Close,
            Command::Reopen(_) => Op::Reopen,
            Command::List(_) => Op::List,
            Command::Letter(a) => a.op(),
            Command::Communicate(a) if a.reply.is_some() => Op::CommunicateReply,
            Command::Communicate(_) => Op::Communicate,
            Command::Appeal(a) => a.op(),
            Command::Guideline(g) => match g.command {
                cmd::guideline::GuidelineCommand::Show => Op::GuidelineShow,
                cmd::guideline::GuidelineCommand::Export { .. } => Op::GuidelineExport,
                cmd::guideline::GuidelineCommand::Import { .. } => Op::GuidelineImport,
            },
            Command::Retention(r) => match r.action {
                cmd::retention::RetentionAction::Delete(_) => Op::RetentionDelete,
            },
            Command::Check(_) => Op::Check,
            Command::Backup(_) => Op::Backup,
            Command::Restore(_) => Op::Restore,
            Command::Init => Op::Init,
            Command::Demo(_) => Op::Demo,
            Command::Completions(_) => Op::Completions,
            Command::Manpage(_) => Op::Manpage,
            Command::Staff(s) => s.op(),
            Command::Unit(_) => Op::Unit,
            Command::Plan(a) => a.op(),
            Command::Ivo(i) => i.op(),
        }
    }

    /// The one case the command is on, if it names one (S3 bars it by unit, S4 logs it).
    pub fn case(&self) -> Option<i64> {
        use cmd::matching::MatchCommand as M;
        match self {
            Command::Assess(a) => Some(a.case),
            Command::Decide(a) => Some(a.case),
            Command::Order(a) => Some(a.case),
            Command::Match(m) => match &m.command {
                M::Suggest(a) => Some(a.case),
                M::Offer(a) => Some(a.case),
                M::Decline(a) => Some(a.case),
                M::Start(a) => Some(a.case),
                M::Assignee(_) => None,
            },
            Command::Log(a) => Some(a.case),
            Command::FollowUp(a) => a.case,
            // A personnummer is resolved to its case once the file is open.
            Command::Show(a) => a.case.trim().parse().ok(),
            Command::Consent(a) => Some(a.case),
            Command::Withdraw(a) => Some(a.case),
            Command::Close(a) => Some(a.case),
            Command::Reopen(a) => Some(a.case),
            Command::Letter(a) => Some(a.case),
            Command::Communicate(a) => Some(a.case),
            Command::Appeal(a) => Some(a.case),
            Command::Unit(a) => Some(a.case),
            Command::Plan(a) => Some(a.case),
            Command::Ivo(i) => i.case(),
            _ => None,
        }
    }

    /// The flag naming a file the command would open on the caller's behalf, other than `-`:
    /// a setgid insats opens none (S1).
    pub fn names_a_file(&self) -> Option<&'static str> {
        let named = |p: &Option<PathBuf>| p.as_ref().is_some_and(|p| p.as_os_str() != "-");
        match self {
            Command::Order(a) if named(&a.export) => Some("--export"),
            Command::Assess(a) if named(&a.answers) => Some("--answers"),
            Command::Letter(a) if named(&a.out) => Some("--out"),
            Command::Plan(a) if named(&a.file) => Some("--file"),
            Command::Plan(a) if named(&a.out) => Some("--out"),
            Command::Guideline(g) => match &g.command {
                cmd::guideline::GuidelineCommand::Export { out } if named(out) => Some("--out"),
                cmd::guideline::GuidelineCommand::Import { file } if file.as_os_str() != "-" => {
                    Some("FILE")
                }
                _ => None,
            },
            Command::Backup(_) => Some("--out"),
            Command::Restore(_) => Some("FILE"),
            Command::Demo(_) => Some("the demo file"),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Every subcommand of the command line, as typed (`report reminders`).
    fn leaves(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        let subs: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(prefix.trim().to_string());
        }
        for c in subs {
            leaves(c, &format!("{prefix} {}", c.get_name()), out);
        }
    }

    /// S2: every command has a role decision in the one table (`domain::access`), and every row
    /// of the table is a command: a command added without a decision fails here.
    #[test]
    fn s2_every_command_has_a_role_decision() {
        let mut commands = Vec::new();
        leaves(&Cli::command(), "", &mut commands);
        let ops: Vec<&str> = Op::ALL.iter().map(|o| o.path()).collect();
        for c in &commands {
            assert!(
                ops.iter()
                    .any(|p| p == c || p.starts_with(&format!("{c} --"))),
                "`{c}` has no row in the role table (domain::access): decide who may run it"
            );
        }
        for p in &ops {
            let command = p.split(" --").next().unwrap_or(p);
            assert!(
                commands.iter().any(|c| c == command),
                "the role table names `{p}`, which the command line does not have"
            );
        }
    }

    /// Issue 20: every command's help has an example, and every example is a command line
    /// this parser takes (a shell's `|`, `>`, `&&` and `#` end the part that is checked).
    #[test]
    fn every_command_has_an_example_that_parses() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            if cmd.get_after_help().is_none() {
                missing.push(path.to_string());
            }
            for c in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
                walk(c, format!("{path} {}", c.get_name()).trim(), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&command(), "", &mut missing);
        assert!(missing.is_empty(), "no example in the help of: {missing:?}");
        for (path, line) in cmd::examples::all() {
            let end = line.find(['|', '>', '#', '&']).unwrap_or(line.len());
            let args = words(&line[..end]);
            assert_eq!(args.first().map(String::as_str), Some("insats"), "{line}");
            if let Err(e) = command().try_get_matches_from(&args) {
                panic!("the example of `{path}` does not parse: {line}: {e}");
            }
        }
    }

    /// Words as a shell splits them, with '...' quoting.
    fn words(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut word = String::new();
        let (mut quoted, mut any) = (false, false);
        for c in line.chars() {
            match c {
                '\'' => {
                    quoted = !quoted;
                    any = true;
                }
                ' ' if !quoted => {
                    if any {
                        out.push(std::mem::take(&mut word));
                    }
                    any = false;
                }
                c => {
                    word.push(c);
                    any = true;
                }
            }
        }
        if any {
            out.push(word);
        }
        out
    }
}
