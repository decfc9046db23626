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
pub mod host;
pub mod prompt;
pub mod render;
pub mod store;

pub use ctx::Ctx;

/// Runs one parsed command line. The command's access line (S4) is written here, once, when
/// the command is done and before its result is printed (a streamed report has printed its rows
/// by then, and its line counts them): a reading that cannot be logged is not shown.
pub fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let mut ctx = Ctx::from_cli(&cli)?;
    let result = match ctx.admit_host(cli.command.names_a_file()) {
        Ok(()) => cmd::dispatch(&ctx, cli.command),
        Err(e) => Err(e),
    };
    let logged = ctx.write_access_line(result.is_ok());
    // A damaged file, a folder that cannot be written, a full disk: said in their own words.
    let told = |e: anyhow::Error| match ctx.db_path() {
        Ok(path) => store::diagnose::explain(e, &path),
        Err(_) => e,
    };
    let output = match (result, logged) {
        (Ok(output), Ok(())) => output,
        (Ok(_), Err(e)) => {
            let e = told(e);
            // The command's own write is in; only its access line is not.
            if store::diagnose::is_disk_full(&e) {
                return Err(anyhow::anyhow!(
                    "the disk is full: the command's change was written, but not its access line (S4); free some space now"
                ));
            }
            return Err(e.context("cannot write the access log (S4)"));
        }
        (Err(e), Ok(())) => return Err(told(e)),
        (Err(e), Err(log)) => {
            let (e, log) = (told(e), told(log));
            // One line for a full disk, however many writes it stopped.
            if !(store::diagnose::is_disk_full(&e) && store::diagnose::is_disk_full(&log)) {
                ctx.warn(&format!("the access log could not be written: {log:#}"));
            }
            return Err(e);
        }
    };
    render::emit(&ctx, output.as_ref())
}
