//! The context every command runs in: the file, who acts, which day, how to print.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::cli::Cli;
use crate::store::{Actor, OpenMode, Store};

#[derive(Debug, Clone)]
pub struct Ctx {
    /// The file as given by `--db` or `INSATS_DB`; `None` means the default path.
    pub db: Option<PathBuf>,
    pub user: String,
    pub today: NaiveDate,
    pub json: bool,
    /// Stdin and stderr are terminals: a person is there to answer prompts.
    pub interactive: bool,
    /// Stdout is a terminal and `NO_COLOR` is unset.
    pub color: bool,
    pub stdout_tty: bool,
}

impl Ctx {
    pub fn from_cli(cli: &Cli) -> Result<Ctx> {
        let user = cli
            .user
            .clone()
            .or_else(|| std::env::var("USER").ok())
            .or_else(|| std::env::var("LOGNAME").ok())
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| "unknown".to_string());
        let today = cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        let stdout_tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Ok(Ctx {
            db: cli.db.clone().filter(|p| !p.as_os_str().is_empty()),
            user,
            today,
            json: cli.json,
            interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
            color: stdout_tty && !no_color,
            stdout_tty,
        })
    }

    /// `--db` > `INSATS_DB` > `$XDG_DATA_HOME/insats/insats.db` > `~/.local/share/insats/insats.db`.
    pub fn db_path(&self) -> Result<PathBuf> {
        if let Some(p) = &self.db {
            return Ok(p.clone());
        }
        // XDG: a relative XDG_DATA_HOME is invalid and is ignored.
        if let Some(x) = std::env::var_os("XDG_DATA_HOME").map(PathBuf::from)
            && x.is_absolute()
        {
            return Ok(x.join("insats").join("insats.db"));
        }
        match std::env::var_os("HOME").map(PathBuf::from) {
            Some(h) if h.is_absolute() => Ok(h.join(".local/share/insats/insats.db")),
            _ => bail!("no place for the file: set --db, INSATS_DB, XDG_DATA_HOME or HOME"),
        }
    }

    pub fn actor(&self, command: &'static str) -> Actor {
        Actor {
            user: self.user.clone(),
            today: self.today,
            command,
        }
    }

    /// Opens the file, creating it (and its folder) on first use: for the commands that can
    /// start a file (apply, init, an assignee's registration, a guideline's import).
    pub fn open_or_create(&self, command: &'static str) -> Result<Store> {
        let path = self.db_path()?;
        self.warn_if_network(&path);
        Store::open(&path, OpenMode::Create, self.actor(command))
    }

    /// Opens the file, which must exist: a missing file is an error and nothing is created.
    /// Every command on records already there opens this way, whether it reads or writes.
    pub fn open_existing(&self, command: &'static str) -> Result<Store> {
        let path = self.db_path()?;
        self.warn_if_network(&path);
        Store::open(&path, OpenMode::Existing, self.actor(command))
    }

    /// One warning line when the file sits on NFS, SMB and the like, where SQLite's locks fail.
    pub fn warn_if_network(&self, path: &std::path::Path) {
        if let Some(kind) = crate::store::safety::network_fs(path) {
            self.warn(&crate::store::safety::network_warning(path, kind));
        }
    }

    /// A warning on stderr that is not a rule's (a rule's warning goes through [`Ctx::warn_all`]).
    pub fn warn(&self, message: &str) {
        eprintln!("warning: {message}");
    }

    /// Rules' warnings on stderr, after the write that journalled them (docs/rules.md, "Warn").
    pub fn warn_all(&self, warnings: &[crate::domain::warning::Warning]) {
        for w in warnings {
            self.warn(&w.line());
        }
    }
}
