//! The access log (S4): one line per command that showed or changed a person's data, or that
//! was refused by S1-S3, in `access_log`, chained by hash like the audit trail (`chain::ACCESS`).
//!
//! A command gathers what its line will say in a [`Note`] as it goes (the case it opened, the
//! people a report or list showed, whether whole numbers were shown); `lib::run` writes the
//! line once, when the command is done, in a transaction of its own: a refused command leaves
//! its line and nothing else.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, TransactionBehavior, params_from_iter};
use serde::Serialize;

use super::{Db, chain, now};

/// The kinds of access line, as `report access` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Read,
    Change,
    Denied,
    OutsideUnit,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Read => "read",
            Kind::Change => "change",
            Kind::Denied => "denied",
            Kind::OutsideUnit => "outside_unit",
        }
    }
}

/// The connection of the command's last store, kept to write its access line on.
#[derive(Default)]
pub struct Kept(Option<Db>);

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Kept(open)"
        } else {
            "Kept(none)"
        })
    }
}

/// What one command's access line will say, gathered while it runs.
#[derive(Debug, Default)]
pub struct Note {
    /// The command's connection, once its store is dropped.
    pub kept: Kept,
    /// The file the command opened (set once it is open).
    pub path: Option<PathBuf>,
    pub user: String,
    pub staff: String,
    pub command: &'static str,
    pub day: Option<NaiveDate>,
    /// The command changes records (its line is a change, written when anything committed).
    pub writes: bool,
    /// The command is about one case (its line names it); a report or list counts people.
    pub one_case: bool,
    /// The one case the command read or changed.
    pub case_id: Option<i64>,
    pub person_id: Option<i64>,
    /// The people a report or list showed, by stored number.
    pub people: HashSet<String>,
    /// Whether the command counts people (a report or list): its line says how many.
    pub counts_people: bool,
    /// Whole personal identity numbers were shown.
    pub revealed: bool,
    /// The stated reason for a case of another unit (S3).
    pub outside_unit: Option<String>,
    /// The refusal by S1-S3, as its line records it.
    pub denied: Option<String>,
    /// Something was committed to the file.
    pub committed: bool,
}

impl Note {
    /// Keeps the connection of a store the command is done with (the last one kept).
    pub fn keep(&mut self, conn: Db) {
        self.kept = Kept(Some(conn));
    }

    /// Writes `line` on the command's own connection when it has one, else on a new one.
    pub fn write(&mut self, line: &Line) -> Result<()> {
        match self.kept.0.as_mut() {
            Some(db) => append_on(&mut db.0, line),
            None => match &self.path {
                Some(p) if p.exists() => append(p, line),
                _ => Ok(()),
            },
        }
    }

    /// The case the command is about (the first one it names).
    pub fn case(&mut self, case_id: i64, person_id: Option<i64>) {
        if self.one_case && self.case_id.is_none() {
            self.case_id = Some(case_id);
            self.person_id = person_id;
        }
    }

    /// A person shown by a report or list.
    pub fn saw(&mut self, stored_pnr: &str) {
        if !self.people.contains(stored_pnr) {
            self.people.insert(stored_pnr.to_string());
        }
    }

    /// The line this note makes, if the command is one to log: refused by S1-S3, changed
    /// something, or (when it succeeded, or streamed rows before it failed) showed a case or
    /// people.
    pub fn line(&self, succeeded: bool) -> Option<Line> {
        let kind = if self.denied.is_some() {
            Kind::Denied
        } else if self.writes && self.committed {
            if self.outside_unit.is_some() {
                Kind::OutsideUnit
            } else {
                Kind::Change
            }
        } else if (self.case_id.is_some() || !self.people.is_empty())
            && (succeeded || !self.people.is_empty())
        {
            // A reading, or a command that may write and this time only read (`assess
            // --template`).
            if self.outside_unit.is_some() {
                Kind::OutsideUnit
            } else {
                Kind::Read
            }
        } else {
            return None;
        };
        Some(Line {
            at: now(),
            day: self.day?,
            user: self.user.clone(),
            staff: self.staff.clone(),
            command: self.command.to_string(),
            kind,
            case_id: self.case_id,
            person_id: self.person_id,
            people: self.counts_people.then_some(self.people.len() as i64),
            revealed: self.revealed,
            reason: self.denied.clone().or_else(|| self.outside_unit.clone()),
        })
    }
}

/// One line of the access log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub at: String,
    pub day: NaiveDate,
    pub user: String,
    pub staff: String,
    pub command: String,
    pub kind: Kind,
    pub case_id: Option<i64>,
    pub person_id: Option<i64>,
    pub people: Option<i64>,
    pub revealed: bool,
    pub reason: Option<String>,
}

impl Line {
    fn values(&self) -> Vec<Value> {
        let text = |s: &str| Value::Text(s.to_string());
        let int = |i: Option<i64>| i.map_or(Value::Null, Value::Integer);
        vec![
            text(&self.at),
            text(&self.day.to_string()),
            text(&self.user),
            text(&self.staff),
            text(&self.command),
            text(self.kind.as_str()),
            int(self.case_id),
            int(self.person_id),
            int(self.people),
            Value::Integer(i64::from(self.revealed)),
            self.reason.clone().map_or(Value::Null, Value::Text),
        ]
    }
}

/// Appends `line` within the caller's write (the demo's own lines).
pub fn append_in(conn: &Db, line: &Line) -> Result<()> {
    let at = chain::head(conn, &chain::ACCESS)?;
    chain::append_at(conn, &chain::ACCESS, &line.values(), at)?;
    Ok(())
}

/// Appends `line` to the file at `path` on a connection of its own (a command refused before it
/// had a store: on a shared host, `check`).
pub fn append(path: &Path, line: &Line) -> Result<()> {
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(super::BUSY_TIMEOUT)?;
    append_on(&mut conn, line)
}

/// Appends `line` in a write of its own, after the command's: a refused command's rollback must
/// not take its line with it.
fn append_on(conn: &mut Connection, line: &Line) -> Result<()> {
    // The line is the connection's last write: closing it checkpoints the log into the file and
    // syncs both at once, so its commit need not sync the write-ahead log first (in WAL mode
    // NORMAL is as consistent as FULL; only a power cut within those milliseconds could lose the
    // line). Every reading pays for this commit, and a sync is most of it.
    conn.execute_batch("PRAGMA synchronous = NORMAL")?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut line = line.clone();
    if let (Some(case_id), None) = (line.case_id, line.person_id) {
        use rusqlite::OptionalExtension;
        line.person_id = tx
            .query_row(
                "SELECT person_id FROM cases WHERE id = ?1",
                [case_id],
                |r| r.get(0),
            )
            .optional()?;
    }
    append_in(Db::wrap(&tx), &line)?;
    tx.commit()?;
    Ok(())
}

/// Whether the file has the access log yet (schema version 8 on).
pub fn exists(conn: &Db) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'access_log'",
        [],
        |r| r.get(0),
    )?)
}

/// The filters of `report access` (the log review).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub staff: Option<String>,
    pub case_id: Option<i64>,
    pub person_id: Option<i64>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A line as the log review shows it, with the person's name and number where there is one.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub line: Line,
    pub id: i64,
    pub pnr: Option<String>,
    pub protected: bool,
}

/// The lines matching `f`, readings outside the unit first, then by time; streamed to `each`.
pub fn review(conn: &Db, f: &Filter, each: &mut dyn FnMut(Reviewed) -> Result<()>) -> Result<()> {
    let mut sql = String::from(
        "SELECT a.id, a.at, a.day, a.user, a.staff, a.command, a.kind, a.case_id, a.person_id,
                a.people, a.revealed, a.reason, p.pnr, coalesce(p.protected, 0)
         FROM access_log a LEFT JOIN person p ON p.id = a.person_id WHERE 1",
    );
    let mut args: Vec<Value> = Vec::new();
    let mut clause = |sql: &mut String, text: &str, v: Value| {
        args.push(v);
        sql.push_str(&text.replace("?N", &format!("?{}", args.len())));
    };
    if let Some(s) = &f.staff {
        // Whose roles applied, or who acted (for themselves or for someone else).
        clause(
            &mut sql,
            " AND (a.staff = ?N OR a.user = ?N OR substr(a.user, 1, length(?N) + 5) = ?N || ' for ')",
            Value::Text(s.clone()),
        );
    }
    if let Some(c) = f.case_id {
        clause(&mut sql, " AND a.case_id = ?N", Value::Integer(c));
    }
    if let Some(p) = f.person_id {
        clause(&mut sql, " AND a.person_id = ?N", Value::Integer(p));
    }
    if let Some(d) = f.from {
        clause(&mut sql, " AND a.day >= ?N", Value::Text(d.to_string()));
    }
    if let Some(d) = f.to {
        clause(&mut sql, " AND a.day <= ?N", Value::Text(d.to_string()));
    }
    sql.push_str(" ORDER BY a.kind <> 'outside_unit', a.id");
    let mut stmt = conn.prepare(&sql).context("cannot read the access log")?;
    let mut rows = stmt.query(params_from_iter(args))?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(6)?;
        let day: String = r.get(2)?;
        let line = Line {
            at: r.get(1)?,
            day: NaiveDate::parse_from_str(&day, "%Y-%m-%d").with_context(|| {
                format!(
                    "access line {} has no valid day",
                    r.get::<_, i64>(0).unwrap_or(0)
                )
            })?,
            user: r.get(3)?,
            staff: r.get(4)?,
            command: r.get(5)?,
            kind: match kind.as_str() {
                "change" => Kind::Change,
                "denied" => Kind::Denied,
                "outside_unit" => Kind::OutsideUnit,
                _ => Kind::Read,
            },
            case_id: r.get(7)?,
            person_id: r.get(8)?,
            people: r.get(9)?,
            revealed: r.get(10)?,
            reason: r.get(11)?,
        };
        each(Reviewed {
            id: r.get(0)?,
            line,
            pnr: r.get(12)?,
            protected: r.get(13)?,
        })?;
    }
    Ok(())
}

/// The person with stored number `pnr`, if the file has them.
pub fn person_id(conn: &Db, pnr: &str) -> Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached("SELECT id FROM person WHERE pnr = ?1")?
        .query_row([pnr], |r| r.get(0))
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(writes: bool) -> Note {
        Note {
            user: "anna".into(),
            staff: "anna".into(),
            command: "show",
            day: NaiveDate::from_ymd_opt(2026, 11, 23),
            writes,
            one_case: true,
            ..Note::default()
        }
    }

    /// S4: one line per command, of the kind its outcome makes.
    #[test]
    fn s4_the_line_a_command_leaves() {
        let mut n = note(false);
        assert_eq!(n.line(true), None, "nothing shown, nothing logged");
        n.case(7, Some(3));
        assert_eq!(n.line(true).unwrap().kind, Kind::Read);
        assert_eq!(n.line(false), None, "a failed reading showed nothing");
        n.outside_unit = Some("Jour.".into());
        let l = n.line(true).unwrap();
        assert_eq!(
            (l.kind, l.reason.as_deref()),
            (Kind::OutsideUnit, Some("Jour."))
        );
        let mut w = note(true);
        w.case(7, None);
        assert_eq!(w.line(false), None, "a failed change changed nothing");
        assert_eq!(
            w.line(true).unwrap().kind,
            Kind::Read,
            "a change that only read"
        );
        w.committed = true;
        assert_eq!(w.line(false).unwrap().kind, Kind::Change);
        w.denied = Some("S2: no".into());
        assert_eq!(w.line(false).unwrap().kind, Kind::Denied);
        let mut many = note(false);
        many.one_case = false;
        many.counts_people = true;
        many.case(9, None);
        many.saw("199001012385");
        many.saw("199001012385");
        let l = many.line(false).unwrap();
        assert_eq!(
            (l.case_id, l.people),
            (None, Some(1)),
            "streamed before it failed"
        );
    }
}
