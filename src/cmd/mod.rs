//! One file per subcommand: its `Args` (whose doc comments are the help) and its `run`.

pub mod appeal;
pub mod apply;
pub mod assess;
pub mod backup;
pub mod check;
pub mod communicate;
pub mod completions;
pub mod consent;
pub mod decide;
pub mod demo;
pub mod examples;
pub mod find;
pub mod followup;
pub mod guideline;
pub mod init;
pub mod input;
pub mod ivo;
pub mod letter;
pub mod lifecycle;
pub mod list;
pub mod log;
pub mod manpage;
pub mod matching;
pub mod order;
pub mod person;
pub mod plan;
pub mod report;
pub mod retention;
pub mod show;
pub mod staff;
pub mod unit;

use anyhow::Result;

use crate::Ctx;
use crate::cli::Command;
use crate::render::Output;

pub fn dispatch(ctx: &Ctx, command: Command) -> Result<Box<dyn Output>> {
    let name = command.name();
    match command {
        Command::Apply(args) => apply::run(ctx, name, *args),
        Command::Show(args) => show::run(ctx, name, args),
        Command::Find(args) => find::run(ctx, name, args),
        Command::Person(args) => person::run(ctx, name, args),
        Command::Consent(args) => consent::run(ctx, name, args),
        Command::Withdraw(args) => lifecycle::withdraw(ctx, name, args),
        Command::Close(args) => lifecycle::close(ctx, name, args),
        Command::Reopen(args) => lifecycle::reopen(ctx, name, args),
        Command::List(args) => list::run(ctx, name, args),
        Command::Log(args) => log::run(ctx, name, args),
        Command::Match(args) => matching::run(ctx, name, args),
        Command::Assess(args) => assess::run(ctx, name, args),
        Command::Guideline(args) => guideline::run(ctx, name, args),
        Command::Init => init::run(ctx, name),
        Command::Demo(args) => demo::run(ctx, name, args),
        Command::Completions(args) => completions::run(args),
        Command::Manpage(args) => manpage::run(args),
        Command::Decide(args) => decide::run(ctx, name, *args),
        Command::Order(args) => order::run(ctx, name, args),
        Command::Letter(args) => letter::run(ctx, name, args),
        Command::Communicate(args) => communicate::run(ctx, name, args),
        Command::Appeal(args) => appeal::run(ctx, name, *args),
        Command::FollowUp(args) => followup::run(ctx, name, *args),
        Command::Backup(args) => backup::run_backup(ctx, name, args),
        Command::Restore(args) => backup::run_restore(ctx, name, args),
        Command::Check(args) => check::run(ctx, name, args),
        Command::Report(args) => report::run(ctx, name, args),
        Command::Retention(args) => retention::run(ctx, name, args),
        Command::Staff(args) => staff::run(ctx, name, args),
        Command::Unit(args) => unit::run(ctx, name, args),
        Command::Plan(args) => plan::run(ctx, name, args),
        Command::Ivo(args) => ivo::run(ctx, name, args),
    }
}
