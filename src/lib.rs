//! insats: case handling for kontaktperson, särskilt kvalificerad kontaktperson, umgängesstöd
//! and ledsagning/ledsagarservice.
//!
//! Data flows one way: `cli` parses, `cmd` turns flags into a request for a workflow of `act`,
//! which reads and writes through the `store` under the rules of `domain` and the criteria of
//! `guideline`, and `render` prints the result.

pub mod act;
pub mod cli;
pub mod cmd;
pub mod ctx;
pub mod demo;
pub mod domain;
pub mod error;
pub mod guideline;
pub mod prompt;
pub mod render;
pub mod store;

pub use ctx::Ctx;

/// Runs one parsed command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let ctx = Ctx::from_cli(&cli)?;
    let output = cmd::dispatch(&ctx, cli.command)?;
    render::emit(&ctx, output.as_ref())
}
