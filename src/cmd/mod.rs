//! One file per subcommand: its `Args` (whose doc comments are the help) and its `run`.

pub mod apply;
pub mod completions;
pub mod demo;
pub mod init;
pub mod list;
pub mod log;
pub mod report;
pub mod retention;
pub mod show;

use anyhow::Result;

use crate::Ctx;
use crate::cli::Command;
use crate::render::Output;

pub fn dispatch(ctx: &Ctx, command: Command) -> Result<Box<dyn Output>> {
    let name = command.name();
    match command {
        Command::Apply(args) => apply::run(ctx, name, *args),
        Command::Show(args) => show::run(ctx, name, args),
        Command::List(args) => list::run(ctx, name, args),
        Command::Log(args) => log::run(ctx, name, args),
        Command::Init => init::run(ctx, name),
        Command::Demo(args) => demo::run(ctx, name, args),
        Command::Completions(args) => completions::run(args),
        Command::Report(args) => report::run(ctx, name, args),
        Command::Retention(args) => retention::run(ctx, name, args),
    }
}
