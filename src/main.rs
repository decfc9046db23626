use std::process::ExitCode;

use clap::error::ErrorKind;

use insats::error::{EXIT_USAGE, exit_code, one_line};

fn main() -> ExitCode {
    // Setgid on a shared host (S1): the caller's environment is not trusted, so it goes before
    // anything reads it, and what this process creates belongs to the service group (0660).
    let shared = insats::host::is_setid();
    if shared {
        insats::host::clear_environment();
    }
    // Everything this process creates (the file, its -wal and -shm, backups, exports) is private.
    // SAFETY: umask only changes this process's file-creation mask; no memory is involved.
    unsafe {
        libc::umask(if shared { 0o007 } else { 0o077 });
    }
    // Terminal safety: no control characters or bidi overrides enter the file (exit 2).
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if let Err(message) = insats::domain::text::check_arguments(&args) {
        eprintln!("error: {message}");
        return ExitCode::from(EXIT_USAGE);
    }
    let parsed = insats::cli::parse(std::env::args_os());
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    match insats::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", one_line(&e));
            ExitCode::from(exit_code(&e))
        }
    }
}

/// Help and version print as clap writes them; any other parse error becomes one line.
fn clap_error(e: clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(EXIT_USAGE)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let text = e.render().to_string();
            let line = text
                .lines()
                .map(str::trim)
                .filter(|l| {
                    !l.is_empty()
                        && !l.starts_with("Usage:")
                        && !l.starts_with("For more information")
                })
                .collect::<Vec<_>>()
                .join(" ");
            eprintln!("{line} (see --help)");
            // A value malformed on its own (an impossible date, a number out of its range) is
            // usage, as a wrong or missing flag is (SPEC's exit codes).
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// A reader that went away (`insats ... | head`): the command ends quietly with 0. JSON and
/// CSV wrap the io::Error in their own error types, which hide it from the chain.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>().is_some_and(
                |c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}
