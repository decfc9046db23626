//! The queries behind `insats report`: each streams its rows to a callback, one at a time, so
//! that no report holds a whole table in memory. Every query reads through an index (see
//! migration 005 and the test at the end, which fails on a full scan of a large table).
//!
//! What a row means (which decisions count, which dates) is decided in `domain::report` and the
//! commands; the SQL only narrows the rows down, sometimes a little generously, and the domain
//! code decides exactly.

pub mod appeals;
pub mod compensation;
pub mod ivo;
pub mod provider_work;
pub mod quarter;
pub mod reminders;
pub mod retention;
pub mod totals;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::Type;

use crate::domain::dates::parse;

/// Case statuses that are closed: everything else is an open case.
pub const CLOSED: &str = "('ended', 'rejected', 'written_off', 'closed')";

/// Who a report row is about: the case and its person.
#[derive(Debug, Clone)]
pub struct Subject {
    pub case_id: i64,
    pub insats: String,
    pub caseworker: String,
    pub case_status: String,
    pub person_id: i64,
    /// The stored 12 digits: mask before printing (G5).
    pub pnr: String,
    /// Skyddad identitet: never shown, not even with `--reveal`.
    pub protected: bool,
    pub birth_date: NaiveDate,
    /// "female" or "male".
    pub sex: String,
}

/// The columns [`subject`] reads, from `cases c` and `person p`.
pub const SUBJECT_COLUMNS: &str =
    "c.id, c.insats, c.caseworker, c.status, p.id, p.pnr, p.protected, p.birth_date, p.sex";

/// A report row's case found by id (`JOIN {CASE} ON c.id = ...`), through the index that holds
/// what [`SUBJECT_COLUMNS`] and the open-case tests read of it (migration 018): a lookup there
/// lands in a b-tree about a third of the table's size.
pub const CASE: &str = "cases c INDEXED BY cases_subject";

/// The person of the case `c`, through the index that holds what [`SUBJECT_COLUMNS`] reads.
pub const PERSON: &str = "JOIN person p INDEXED BY person_subject ON p.id = c.person_id";

/// How many columns [`SUBJECT_COLUMNS`] has.
pub const SUBJECT_WIDTH: usize = 9;

pub fn subject(r: &Row<'_>) -> rusqlite::Result<Subject> {
    Ok(Subject {
        case_id: r.get(0)?,
        insats: r.get(1)?,
        caseworker: r.get(2)?,
        case_status: r.get(3)?,
        person_id: r.get(4)?,
        pnr: r.get(5)?,
        protected: r.get(6)?,
        birth_date: day(r, 7)?,
        sex: r.get(8)?,
    })
}

/// A stored `YYYY-MM-DD`.
pub fn day(r: &Row<'_>, i: usize) -> rusqlite::Result<NaiveDate> {
    opt_day(r, i)?.ok_or(rusqlite::Error::InvalidColumnType(
        i,
        "a day".to_string(),
        Type::Null,
    ))
}

pub fn opt_day(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    // Read in place: a report reads hundreds of thousands of days.
    let text = r.get_ref(i)?.as_str_or_null()?;
    text.map(|t| {
        parse(t).map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
    })
    .transpose()
}

/// A date as stored.
pub fn text(d: NaiveDate) -> String {
    crate::domain::dates::iso(d)
}

/// `?N, ?N+1, ...` for an IN list of `n` values starting at parameter `first`.
pub fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

thread_local! {
    /// The statements run, with their parameters, while recording (`report reminders --sql`).
    static RECORDED: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// Starts recording the statements the report queries run.
pub fn record_sql() {
    RECORDED.with(|r| *r.borrow_mut() = Some(Vec::new()));
}

/// The statements recorded since [`record_sql`], each with its parameters filled in.
pub fn recorded_sql() -> Vec<String> {
    RECORDED.with(|r| r.borrow_mut().take().unwrap_or_default())
}

/// Records a bound statement while recording.
pub fn note_sql(rows: &rusqlite::Rows<'_>) {
    RECORDED.with(|r| {
        if let Some(list) = r.borrow_mut().as_mut()
            && let Some(sql) = rows.as_ref().and_then(|s| s.expanded_sql())
        {
            list.push(sql);
        }
    });
}

/// Runs `f` over every row of a prepared query.
pub fn each<T>(
    mut rows: rusqlite::Rows<'_>,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    f: &mut dyn FnMut(T) -> Result<()>,
) -> Result<()> {
    note_sql(&rows);
    while let Some(row) = rows.next()? {
        f(map(row)?)?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod plan_tests {
    //! Every report query is planned without a full scan of journal, visit or decision (and of
    //! orders and cancellation): `EXPLAIN QUERY PLAN` must not say `SCAN <table>` for them.

    use crate::store::Db;
    use rusqlite::Connection;

    /// An empty file at the latest schema.
    pub fn file() -> Db {
        let mut conn = Connection::open_in_memory().expect("memory");
        conn.execute_batch("PRAGMA foreign_keys = ON;")
            .expect("pragma");
        crate::store::migrations()
            .to_latest(&mut conn)
            .expect("migrate");
        Db(conn)
    }

    /// Whether `index` has a WHERE clause.
    fn is_partial(conn: &Db, index: &str) -> bool {
        conn.query_row(
            "SELECT sql LIKE '% WHERE %' FROM sqlite_schema WHERE type = 'index' AND name = ?1",
            [index],
            |r| r.get(0),
        )
        .unwrap_or(false)
    }

    /// [`assert_indexed`] on the file at `path`.
    pub fn assert_indexed_in(path: &std::path::Path, name: &str, sql: &str) {
        let conn = Connection::open(path).expect("open the file");
        assert_indexed(&Db(conn), name, sql);
    }

    /// The lines of the plan of query `name` (every parameter a day).
    pub fn plan(conn: &Db, name: &str, sql: &str) -> Vec<String> {
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let n = stmt.parameter_count();
        let params: Vec<String> = (0..n).map(|_| "2026-01-01".to_string()).collect();
        stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(3))
            .expect("plan")
            .collect::<Result<_, _>>()
            .expect("plan rows")
    }

    /// Panics naming the query when its plan scans a guarded table.
    pub fn assert_indexed(conn: &Db, name: &str, sql: &str) {
        let details = plan(conn, name, sql);
        // Tables and the aliases the report queries give them.
        const GUARDED: [&str; 11] = [
            "journal",
            "visit",
            "decision",
            "orders",
            "cancellation",
            "d",
            "cur",
            "o",
            "j",
            "v",
            "x",
        ];
        for line in &details {
            if let Some(rest) = line.strip_prefix("SCAN ") {
                let table = rest.split_whitespace().next().unwrap_or_default();
                // A partial index holds only the rows its condition selects (the decisions in
                // force, say): they grow with the caseload, not with the years of history.
                let partial = rest
                    .split_once(" USING INDEX ")
                    .or_else(|| rest.split_once(" USING COVERING INDEX "))
                    .map(|(_, index)| index.split_whitespace().next().unwrap_or_default())
                    .is_some_and(|index| is_partial(conn, index));
                assert!(
                    !GUARDED.contains(&table) || partial,
                    "{name} scans {table}: {details:?}"
                );
            }
        }
    }
}
