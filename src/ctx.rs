//! The context every command runs in: the file, who acts, which day, how to print, and what
//! its access line will say.
//!
//! Who acts is settled when the command opens the file ([`Ctx::open_existing`],
//! [`Ctx::open_or_create`]): the system's account, the name given with `--user`, and the staff
//! register give the person acting (S1); their roles must open the command (S2); a command on
//! one case of another unit needs `--access-reason` (S3). A refusal is noted for the access log
//! (S4), which `lib::run` writes once the command is done.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::cli::Cli;
use crate::domain::access::{Effect, Op, Reach, View};
use crate::domain::acting::{self, Account, Acting};
use crate::domain::case::InsatsType;
use crate::error::{Refusal, usage};
use crate::store::access::Note;
use crate::store::staff::{self, CaseFacts};
use crate::store::{Actor, OpenMode, Store};

#[derive(Debug, Clone)]
pub struct Ctx {
    /// The file as given by `--db` or `INSATS_DB` (on a shared host: the configured one);
    /// `None` means the default path.
    pub db: Option<PathBuf>,
    /// The system's account of who runs the command (S1).
    pub account: Account,
    /// The name given with `--user` or `INSATS_USER`, checked for control characters.
    pub named: Option<String>,
    pub today: NaiveDate,
    /// `--today` or `INSATS_TODAY` was given.
    pub today_given: bool,
    pub json: bool,
    /// Stdin and stderr are terminals: a person is there to answer prompts.
    pub interactive: bool,
    /// Stdout is a terminal and `NO_COLOR` is unset.
    pub color: bool,
    pub stdout_tty: bool,
    /// The command as the role table knows it (S2).
    pub op: Op,
    /// The one case the command names, if any (S3).
    pub case: Option<i64>,
    /// `--access-reason TEXT` (S3).
    pub access_reason: Option<String>,
    /// Running setgid on a shared host: the file is the configured one (S1).
    pub shared: bool,
    /// What the command's access line will say (S4).
    pub note: Rc<RefCell<Note>>,
    /// The person acting, once the file's register has said who that is.
    acting: RefCell<Option<Acting>>,
}

impl Ctx {
    pub fn from_cli(cli: &Cli) -> Result<Ctx> {
        let named = match &cli.user {
            Some(n) => Some(acting::clean_name(n).map_err(usage)?),
            None => None,
        };
        let access_reason = match &cli.access_reason {
            Some(r) if r.trim().is_empty() => {
                return Err(usage("--access-reason is empty: say why you need the case"));
            }
            Some(r) if r.chars().any(char::is_control) => {
                return Err(usage("--access-reason holds control characters"));
            }
            Some(r) => Some(r.trim().to_string()),
            None => None,
        };
        let today = cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        let stdout_tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let shared = crate::host::is_setid();
        crate::store::set_shared_host(shared);
        let op = cli.command.op();
        let account = crate::host::account();
        let note = Note {
            user: account.login.clone(),
            staff: account.login.clone(),
            command: op.path(),
            day: Some(today),
            writes: op.effect() == Effect::Writes,
            one_case: op.reach() == Reach::OneCase,
            ..Note::default()
        };
        Ok(Ctx {
            db: cli.db.clone().filter(|p| !p.as_os_str().is_empty()),
            account,
            named,
            today,
            today_given: cli.today.is_some(),
            json: cli.json,
            interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
            color: stdout_tty && !no_color,
            stdout_tty,
            op,
            case: cli.command.case(),
            access_reason,
            shared,
            note: Rc::new(RefCell::new(note)),
            acting: RefCell::new(None),
        })
    }

    /// On a shared host (setgid), what the caller may not choose (S1): the file, any other
    /// path, the day of a write. The file is then the one `/etc/insats/insats.conf` names.
    pub fn admit_host(&mut self, names_a_file: Option<&'static str>) -> Result<()> {
        if !self.shared {
            return Ok(());
        }
        let root = self.account.is_root();
        let configured = crate::host::configured_db();
        if let Ok(p) = &configured {
            self.note.borrow_mut().path = Some(p.clone());
        }
        let db_given = self.db.is_some();
        if let Err(r) =
            acting::admit_shared_host(self.op, root, db_given, self.today_given, names_a_file)
        {
            return Err(self.deny(r));
        }
        if !(root && db_given) {
            self.db = Some(configured?);
        }
        Ok(())
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

    /// Who acts, as the audit trail records it: the person acting once the register has said
    /// who that is, the system's account before.
    pub fn actor(&self, command: &'static str) -> Actor {
        let user = self
            .acting
            .borrow()
            .as_ref()
            .map_or_else(|| self.account.login.clone(), |a| a.recorded.clone());
        Actor {
            user,
            today: self.today,
            command,
        }
    }

    /// Opens the file, creating it (and its folder) on first use: for the commands that can
    /// start a file (apply, init, an assignee's registration, a guideline's import).
    pub fn open_or_create(&self, command: &'static str) -> Result<Store> {
        let path = self.db_path()?;
        self.warn_if_network(&path);
        judge_links(&path)?;
        self.judge_modes(&path)?;
        let mut store = Store::open(&path, OpenMode::Create, self.actor(command))?;
        self.admit(&mut store)?;
        Ok(store)
    }

    /// Opens the file, which must exist: a missing file is an error and nothing is created.
    /// Every command on records already there opens this way, whether it reads or writes.
    pub fn open_existing(&self, command: &'static str) -> Result<Store> {
        let path = self.db_path()?;
        self.warn_if_network(&path);
        judge_links(&path)?;
        self.judge_modes(&path)?;
        let mut store = Store::open(&path, OpenMode::Existing, self.actor(command))?;
        self.admit(&mut store)?;
        Ok(store)
    }

    /// Settles who acts in the file `store` opened (S1), whether their roles open the command
    /// (S2) and, for a command on one case, whether its unit is theirs (S3).
    pub fn admit(&self, store: &mut Store) -> Result<()> {
        store.attach(self.note.clone());
        let acting = self.resolve(store)?;
        store.set_user(acting.recorded.clone());
        {
            let mut note = self.note.borrow_mut();
            note.user = acting.recorded.clone();
            note.staff = acting.staff.clone();
        }
        *self.acting.borrow_mut() = Some(acting.clone());
        if let Err(r) = acting::admit(&acting, self.op) {
            return Err(self.deny(r));
        }
        if let Some(case_id) = self.case.filter(|_| self.op.reach() == Reach::OneCase) {
            self.admit_case(store, case_id)?;
        }
        Ok(())
    }

    fn resolve(&self, store: &Store) -> Result<Acting> {
        let me = staff::get(store, &self.account.login)?.map(|r| r.member());
        let them = match self.named.as_deref().filter(|n| *n != self.account.login) {
            Some(n) => staff::get(store, n)?.map(|r| r.member()),
            None => None,
        };
        acting::resolve(
            &self.account,
            self.named.as_deref(),
            me.as_ref(),
            them.as_ref(),
        )
        .map_err(|r| self.deny(r))
    }

    /// The unit barrier for one case (S3), and the case noted for the access line (S4).
    pub fn admit_case(&self, store: &Store, case_id: i64) -> Result<CaseFacts> {
        let facts = staff::case_facts(store, case_id)?;
        self.note.borrow_mut().case(case_id, Some(facts.person_id));
        let acting = self.acting();
        match acting::admit_unit(
            &acting,
            self.op,
            case_id,
            facts.unit.as_deref(),
            self.access_reason.as_deref(),
        ) {
            Ok(true) => {
                self.note.borrow_mut().outside_unit = self.access_reason.clone();
                Ok(facts)
            }
            Ok(false) => Ok(facts),
            Err(r) => Err(self.deny(r)),
        }
    }

    /// Checks that the person acting may decide on `insats` (S2: their delegation covers it).
    pub fn admit_delegation(&self, insats: InsatsType) -> Result<()> {
        acting::admit_delegation(&self.acting(), insats).map_err(|r| self.deny(r))
    }

    /// Checks that the person acting may decide on case `case_id` (S2: their delegation covers
    /// its intervention type).
    pub fn admit_decision(&self, store: &Store, case_id: i64) -> Result<()> {
        self.admit_delegation(staff::case_facts(store, case_id)?.insats)
    }

    /// Settles who acts for a command that reads the file without opening it through the store
    /// (`check`): a file without a staff register yet (older than schema version 8) is open to
    /// whoever can read it.
    pub fn admit_read_only(&self, path: &Path) -> Result<()> {
        self.note.borrow_mut().path = Some(path.to_path_buf());
        let Some((me, them)) = staff::read_only(
            path,
            &self.account.login,
            self.named.as_deref().filter(|n| *n != self.account.login),
        )?
        else {
            return Ok(());
        };
        let acting = acting::resolve(
            &self.account,
            self.named.as_deref(),
            me.as_ref(),
            them.as_ref(),
        )
        .map_err(|r| self.deny(r))?;
        {
            let mut note = self.note.borrow_mut();
            note.user = acting.recorded.clone();
            note.staff = acting.staff.clone();
        }
        *self.acting.borrow_mut() = Some(acting.clone());
        acting::admit(&acting, self.op).map_err(|r| self.deny(r))
    }

    /// The person acting; root's superuser before anything is opened.
    pub fn acting(&self) -> Acting {
        self.acting.borrow().clone().unwrap_or_else(|| Acting {
            recorded: self.account.login.clone(),
            staff: self.account.login.clone(),
            member: None,
        })
    }

    /// How the person acting sees a case through this command (S5).
    pub fn view(&self) -> View {
        self.acting().view(self.op)
    }

    /// Notes a refusal by S1-S3 for the access log and makes it the command's error.
    fn deny(&self, r: Refusal) -> anyhow::Error {
        self.note.borrow_mut().denied = Some(format!("{}: {}", r.rule, r.message));
        anyhow::Error::new(r)
    }

    /// Writes the command's access line, if it has one (S4): refused by S1-S3, changed
    /// something, or showed a person's data. Once per command, at its end.
    pub fn write_access_line(&self, succeeded: bool) -> Result<()> {
        let mut note = self.note.borrow_mut();
        let Some(line) = note.line(succeeded) else {
            return Ok(());
        };
        note.write(&line)
    }

    /// One warning line when the file sits on NFS, SMB and the like, where SQLite's locks fail.
    pub fn warn_if_network(&self, path: &std::path::Path) {
        if let Some(kind) = crate::store::safety::network_fs(path) {
            self.warn(&crate::store::safety::network_warning(path, kind));
        }
    }

    /// A file others may read, or the folder insats made for it (the default place) that others
    /// may write: one line on stderr for a command that reads, a refusal for one that writes,
    /// before the file is opened (so nothing changes, and no -wal or -shm inherits the mode).
    pub fn judge_modes(&self, path: &Path) -> Result<()> {
        // A file that is not insats's, or is damaged, is refused for that when it is opened.
        use crate::store::diagnose::{Shape, shape};
        if matches!(
            shape(path),
            Ok(Shape::NotSqlite | Shape::Damaged(_) | Shape::Sqlite { ours: false })
        ) {
            return Ok(());
        }
        let Some(wide) = crate::store::modes::judge(path, self.db.is_none()) else {
            return Ok(());
        };
        // `init` migrates an older file: a write too.
        if self.op.effect() == Effect::Writes || self.op == Op::Init {
            return Err(wide.refusal());
        }
        self.warn(&format!("{}; fix it with `{}`", wide.line, wide.fix));
        Ok(())
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

/// A file with a second name is not opened at all, for reading or writing: every command writes
/// (an access line at least) and checkpoints, which is what damages such a file. `check`, which
/// opens it read-only, names it among its findings.
fn judge_links(path: &Path) -> Result<()> {
    match crate::store::safety::links_finding(path) {
        Some(line) => Err(anyhow::anyhow!(line)),
        None => Ok(()),
    }
}
