//! `insats completions SHELL`: a completion script on stdout. Needs no file.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

use crate::render::{Output, Style};

/// Print a shell completion script (the same scripts are kept in completions/)
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell
    #[arg(value_enum)]
    pub shell: Shell,
}

pub struct Script(Vec<u8>);

impl Output for Script {
    fn json(&self) -> serde_json::Value {
        serde_json::json!({ "script": String::from_utf8_lossy(&self.0) })
    }
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        w.write_all(&self.0)
    }
}

pub fn script(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut crate::cli::command(), "insats", &mut buf);
    buf
}

pub fn run(args: CompletionsArgs) -> Result<Box<dyn Output>> {
    Ok(Box::new(Script(script(args.shell))))
}
