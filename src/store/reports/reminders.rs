//! The rows behind `report reminders` (and `report expiring`): each kind one query, sorted by
//! the date it falls due.

use std::iter::Peekable;

use crate::domain::report::plus_days;
use crate::store::Db;
use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Row, params};

use super::{
    CASE, CLOSED, PERSON, SUBJECT_COLUMNS, SUBJECT_WIDTH, Subject, day, each, opt_day, subject,
    text,
};

/// A grant in force and its period (G1, E9).
#[derive(Debug, Clone)]
pub struct GrantRow {
    pub who: Subject,
    pub decision_id: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub hours_per_month: f64,
    /// The latest follow-up recorded on this decision (E6; for LVU also its reviews, E9).
    pub last_follow_up: Option<NaiveDate>,
    /// The day the decision was made (E9 counts from it).
    pub decided: NaiveDate,
}

/// The latest follow-up recorded on decision `d`.
const LATEST_FOLLOW_UP: &str =
    "(SELECT max(f.day) FROM follow_up f WHERE f.case_id = d.case_id AND f.decision_id = d.id)";

/// The columns [`grant_row`] reads after the subject's, the latest follow-up as `latest`.
fn grant_columns(latest: &str) -> String {
    format!("d.id, d.from_day, d.to_day, d.hours_per_month, {latest}, d.decided_day")
}

fn grant_row(r: &Row<'_>) -> rusqlite::Result<GrantRow> {
    let w = SUBJECT_WIDTH;
    Ok(GrantRow {
        who: subject(r)?,
        decision_id: r.get(w)?,
        from: day(r, w + 1)?,
        to: day(r, w + 2)?,
        hours_per_month: r.get(w + 3)?,
        last_follow_up: opt_day(r, w + 4)?,
        decided: day(r, w + 5)?,
    })
}

pub fn expiring_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, {columns}
         FROM decision d INDEXED BY decision_grant_end
         JOIN {CASE} ON c.id = d.case_id {PERSON}
         WHERE d.status = 'in_force' AND d.outcome = 'grant' AND d.to_day BETWEEN ?1 AND ?2
           AND c.status NOT IN {CLOSED}
         ORDER BY d.to_day, d.case_id",
        columns = grant_columns(LATEST_FOLLOW_UP)
    )
}

/// Grants in force on open cases whose last day is in `from..=to` (G1), by that day.
pub fn expiring(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(GrantRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&expiring_sql())?;
    each(stmt.query(params![text(from), text(to)])?, grant_row, f)
}

/// The weeks before a grant's end by which `decision_follow_up_due` (migration 021) orders the
/// grants in force: the guideline's default `follow_up_weeks_before_end`.
pub const INDEXED_FOLLOW_UP_WEEKS: u32 = 6;

/// ?1 the last day a follow-up may fall due on to be listed, ?2 the last day such a grant can
/// end on (?1 and the weeks), ?3 the type whose follow-ups are its reviews (LVU). The day it
/// falls due is written into the statement, so that with the default weeks SQLite reads the
/// grants in that order from `decision_follow_up_due`; with other weeks it sorts them.
pub fn follow_up_sql(weeks_before_end: u32) -> String {
    let days = u64::from(weeks_before_end) * 7;
    let (index, due) = if weeks_before_end == INDEXED_FOLLOW_UP_WEEKS {
        (
            "decision_follow_up_due",
            format!("max(date(d.to_day, '-{days} days'), d.from_day)"),
        )
    } else {
        // So many weeks that the day falls before year 0, where SQLite has no dates: the
        // first day, as `follow_up_due` says.
        (
            "decision_grant_end",
            format!("max(coalesce(date(d.to_day, '-{days} days'), d.from_day), d.from_day)"),
        )
    };
    // Only a reviewed grant can be listed with a follow-up: for the others it is none.
    format!(
        "SELECT {SUBJECT_COLUMNS}, {columns}
         FROM decision d INDEXED BY {index}
         JOIN {CASE} ON c.id = d.case_id {PERSON}
         WHERE d.status = 'in_force' AND d.outcome = 'grant' AND {due} <= ?1 AND d.to_day <= ?2
           AND c.status NOT IN {CLOSED}
           AND (c.insats = ?3 OR NOT EXISTS (SELECT 1 FROM follow_up f
                                             WHERE f.case_id = d.case_id AND f.decision_id = d.id))
         ORDER BY {due}, d.case_id",
        columns = grant_columns(&format!(
            "CASE WHEN c.insats = ?3 THEN {LATEST_FOLLOW_UP} END"
        ))
    )
}

/// Grants in force on open cases whose follow-up falls due by `due_by` (`weeks_before_end`
/// weeks before the end, or on the first day of a shorter grant), in the order their
/// follow-ups fall. A grant already followed up is left out, except one of type `reviewed`
/// (LVU, E9), whose earlier follow-ups are its reviews: the caller judges those.
pub fn follow_ups(
    conn: &Db,
    due_by: NaiveDate,
    weeks_before_end: u32,
    reviewed: &str,
    f: &mut dyn FnMut(GrantRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&follow_up_sql(weeks_before_end))?;
    // No later than the last day SQLite has (a stored day is one): a day past year 9999 is
    // written with a sign, which sorts before every stored day.
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    let ends_by = plus_days(due_by, weeks_before_end.saturating_mul(7)).min(last);
    each(
        stmt.query(params![text(due_by), text(ends_by), reviewed])?,
        grant_row,
        f,
    )
}

pub fn lvu_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, {columns}
         FROM cases c INDEXED BY cases_insats_status
         JOIN decision d ON d.case_id = c.id AND d.status = 'in_force' AND d.outcome = 'grant'
         {PERSON}
         WHERE c.insats = ?1 AND c.status NOT IN {CLOSED}
         ORDER BY coalesce({LATEST_FOLLOW_UP}, d.decided_day), c.id",
        columns = grant_columns(LATEST_FOLLOW_UP)
    )
}

/// Grants in force on open cases of intervention type `insats` (the LVU one, E9), in the order
/// of their last review (or start): the order their next reviews fall in.
pub fn grants_of_type(
    conn: &Db,
    insats: &str,
    f: &mut dyn FnMut(GrantRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&lvu_sql())?;
    each(stmt.query(params![insats])?, grant_row, f)
}

/// An order not executed, or a grant without an order (D3).
#[derive(Debug, Clone)]
pub struct UnexecutedRow {
    pub who: Subject,
    pub decision_id: i64,
    pub decided: NaiveDate,
    /// `None`: the grant has no order yet.
    pub order_id: Option<i64>,
    pub provider: Option<String>,
    pub execute_by: NaiveDate,
}

pub fn open_orders_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, d.id, d.decided_day, o.id, o.provider, o.execute_by
         FROM orders o INDEXED BY orders_execute_by
         JOIN decision d ON d.id = o.decision_id
         JOIN {CASE} ON c.id = o.case_id {PERSON}
         WHERE o.status = 'open' AND o.execute_by <= ?1 AND c.status NOT IN {CLOSED}
         ORDER BY o.execute_by, o.case_id"
    )
}

/// A grant in force with no order leaves its case 'decided' (a grant with an order keeps the
/// case 'ordered' or 'executed'), so the few decided cases are read through the status index
/// rather than every decision of the years before.
pub fn grants_without_order_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, d.id, d.decided_day
         FROM cases c INDEXED BY cases_status
         JOIN decision d ON d.case_id = c.id AND d.status = 'in_force' AND d.outcome = 'grant'
         {PERSON}
         WHERE c.status = 'decided' AND d.decided_day <= ?1
           AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.case_id = d.case_id)
         ORDER BY d.decided_day, d.case_id"
    )
}

/// Open orders due by `horizon`, and grants in force without an order decided on or before
/// `decided_by` (their last day computed by `deadline`), merged in the order of that day (D3).
pub fn unexecuted(
    conn: &Db,
    horizon: NaiveDate,
    decided_by: NaiveDate,
    deadline: &dyn Fn(NaiveDate) -> NaiveDate,
    f: &mut dyn FnMut(UnexecutedRow) -> Result<()>,
) -> Result<()> {
    let mut orders = conn.prepare_cached(&open_orders_sql())?;
    let mut grants = conn.prepare_cached(&grants_without_order_sql())?;
    let w = SUBJECT_WIDTH;
    let a = orders.query(params![text(horizon)])?;
    super::note_sql(&a);
    let a = a.mapped(|r| {
        Ok(UnexecutedRow {
            who: subject(r)?,
            decision_id: r.get(w)?,
            decided: day(r, w + 1)?,
            order_id: Some(r.get(w + 2)?),
            provider: Some(r.get(w + 3)?),
            execute_by: day(r, w + 4)?,
        })
    });
    let b = grants.query(params![text(decided_by)])?;
    super::note_sql(&b);
    let b = b.mapped(|r| {
        let decided = day(r, w + 1)?;
        Ok(UnexecutedRow {
            who: subject(r)?,
            decision_id: r.get(w)?,
            decided,
            order_id: None,
            provider: None,
            execute_by: deadline(decided),
        })
    });
    merge_by(a.peekable(), b.peekable(), |r| r.execute_by, f)
}

/// Two streams, each sorted by `key`, as one sorted stream.
fn merge_by<T, K: Ord>(
    mut a: Peekable<impl Iterator<Item = rusqlite::Result<T>>>,
    mut b: Peekable<impl Iterator<Item = rusqlite::Result<T>>>,
    key: impl Fn(&T) -> K,
    f: &mut dyn FnMut(T) -> Result<()>,
) -> Result<()> {
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (None, None) => return Ok(()),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(Err(_)), _) => true,
            (_, Some(Err(_))) => false,
            (Some(Ok(x)), Some(Ok(y))) => key(x) <= key(y),
        };
        let next = if take_a { a.next() } else { b.next() };
        if let Some(row) = next {
            f(row?)?;
        }
    }
}

/// An active agreement with an assignee (E8).
#[derive(Debug, Clone)]
pub struct AgreementRow {
    pub who: Subject,
    pub agreement_id: i64,
    pub start: NaiveDate,
    pub last_review: Option<NaiveDate>,
}

pub fn agreements_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, a.id, a.start_day, a.last_review
         FROM agreement a INDEXED BY agreement_review_base
         JOIN {CASE} ON c.id = a.case_id {PERSON}
         WHERE a.status = 'active' AND coalesce(a.last_review, a.start_day) <= ?1
           AND c.status NOT IN {CLOSED}
         ORDER BY coalesce(a.last_review, a.start_day), a.case_id"
    )
}

/// Active agreements on open cases whose last review (or start) is on or before `base_by`, in
/// that order: the order their next reviews fall in.
pub fn agreements(
    conn: &Db,
    base_by: NaiveDate,
    f: &mut dyn FnMut(AgreementRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&agreements_sql())?;
    let w = SUBJECT_WIDTH;
    each(
        stmt.query(params![text(base_by)])?,
        |r| {
            Ok(AgreementRow {
                who: subject(r)?,
                agreement_id: r.get(w)?,
                start: day(r, w + 1)?,
                last_review: opt_day(r, w + 2)?,
            })
        },
        f,
    )
}

pub fn open_subject_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS},
            (SELECT max(a.completed_day) FROM assessment a WHERE a.case_id = c.id)
         FROM {CASE} {PERSON}
         WHERE c.id = ?1 AND c.status NOT IN {CLOSED}"
    )
}

/// An open case, and the day of its latest completed assessment.
pub fn open_subject(conn: &Db, case_id: i64) -> Result<Option<(Subject, Option<NaiveDate>)>> {
    use rusqlite::OptionalExtension;
    let mut stmt = conn.prepare_cached(&open_subject_sql())?;
    Ok(stmt
        .query_row([case_id], |r| Ok((subject(r)?, opt_day(r, SUBJECT_WIDTH)?)))
        .optional()?)
}

/// The cancellations from `after` (exclusive) up to `to` of every case with at least `count`
/// un-rebooked cancellations by the individual or a guardian in `from..=to`, by case and day:
/// E5's candidates and what the domain needs to confirm them, in one statement rather than one
/// per case. The two parties are written out, not bound: the index of the cancellations that
/// count (migration 019) has them in its condition, which SQLite matches when it prepares.
pub const CANDIDATE_CANCELLATIONS_SQL: &str = "WITH candidate AS (
         SELECT x.case_id FROM cancellation x INDEXED BY cancellation_counted
         WHERE x.day BETWEEN ?1 AND ?2 AND x.rebooked_day IS NULL
             AND x.by_whom IN ('individual', 'guardian') AND x.voided IS NULL
         GROUP BY x.case_id HAVING count(*) >= ?3)
     SELECT x.case_id, x.day, x.by_whom, x.rebooked_day IS NOT NULL
     FROM candidate JOIN cancellation x INDEXED BY cancellation_case_day
         ON x.case_id = candidate.case_id AND x.day > ?4 AND x.day <= ?2
             AND x.voided IS NULL
     ORDER BY x.case_id, x.day";

/// See [`CANDIDATE_CANCELLATIONS_SQL`]; `f` gets each cancellation with its case.
pub fn candidate_cancellations(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
    count: u32,
    after: NaiveDate,
    f: &mut dyn FnMut(i64, CancellationRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(CANDIDATE_CANCELLATIONS_SQL)?;
    let rows = stmt.query(params![text(from), text(to), count, text(after)])?;
    each(
        rows,
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                CancellationRow {
                    day: day(r, 1)?,
                    by: r.get(2)?,
                    rebooked: r.get(3)?,
                },
            ))
        },
        &mut |(case_id, row)| f(case_id, row),
    )
}

/// One cancellation as E5 reads it.
#[derive(Debug, Clone)]
pub struct CancellationRow {
    pub day: NaiveDate,
    pub by: String,
    pub rebooked: bool,
}

/// An application not yet decided (F8): when it came in, and any written demand for a decision.
#[derive(Debug, Clone)]
pub struct Waiting {
    pub who: Subject,
    pub received: NaiveDate,
    pub demanded: Option<NaiveDate>,
    /// `court` or `committee`: not an application, so F8's six months do not run.
    pub requested_by: Option<String>,
}

pub fn waiting_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, c.received, c.decision_demanded, c.requested_by
         FROM cases c INDEXED BY cases_waiting {PERSON}
         WHERE c.status IN ('application', 'assessed') AND c.received <= ?1
         ORDER BY c.received, c.id"
    )
}

/// Open applications not yet decided that came in on or before `received_by` (F8), oldest
/// first, through the index of waiting applications.
pub fn waiting(
    conn: &Db,
    received_by: NaiveDate,
    f: &mut dyn FnMut(Waiting) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&waiting_sql())?;
    each(
        stmt.query(params![text(received_by)])?,
        |r| {
            Ok(Waiting {
                who: subject(r)?,
                received: day(r, SUBJECT_WIDTH)?,
                demanded: opt_day(r, SUBJECT_WIDTH + 1)?,
                requested_by: r.get(SUBJECT_WIDTH + 2)?,
            })
        },
        f,
    )
}

pub fn demanded_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, c.received, c.decision_demanded, c.requested_by
         FROM cases c INDEXED BY cases_demanded {PERSON}
         WHERE c.decision_demanded IS NOT NULL AND c.decision_demanded <= ?1
           AND c.status IN ('application', 'assessed')
         ORDER BY c.decision_demanded, c.id"
    )
}

/// Applications whose written demand for a decision came in on or before `by` and that are
/// still undecided (F8).
pub fn demanded(conn: &Db, by: NaiveDate, f: &mut dyn FnMut(Waiting) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare_cached(&demanded_sql())?;
    each(
        stmt.query(params![text(by)])?,
        |r| {
            Ok(Waiting {
                who: subject(r)?,
                received: day(r, SUBJECT_WIDTH)?,
                demanded: opt_day(r, SUBJECT_WIDTH + 1)?,
                requested_by: r.get(SUBJECT_WIDTH + 2)?,
            })
        },
        f,
    )
}

/// A withdrawn consent on a case whose intervention is still in force (K5).
#[derive(Debug, Clone)]
pub struct Withdrawn {
    pub who: Subject,
    pub day: NaiveDate,
    pub by: String,
}

pub fn withdrawn_sql() -> String {
    format!(
        "SELECT {SUBJECT_COLUMNS}, k.day, k.by_whom
         FROM consent k INDEXED BY consent_withdrawn
         JOIN {CASE} ON c.id = k.case_id {PERSON}
         WHERE k.kind = 'withdrawn' AND c.status IN ('decided', 'ordered', 'executed')
           AND c.insats IN ('kontaktperson-sol', 'kontaktperson-lss', 'kvalificerad-sol')
           AND NOT EXISTS (SELECT 1 FROM consent g
                           WHERE g.case_id = k.case_id AND g.by_whom = k.by_whom
                             AND g.kind IN ('given', 'request') AND g.day > k.day)
           AND NOT EXISTS (SELECT 1 FROM follow_up f
                           WHERE f.case_id = k.case_id AND f.day >= k.day)
         ORDER BY k.day, c.id"
    )
}

/// Cases of a contact person whose consent was withdrawn, not given again, and not followed up
/// since (K5: the intervention ends).
pub fn withdrawn(conn: &Db, f: &mut dyn FnMut(Withdrawn) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare_cached(&withdrawn_sql())?;
    each(
        stmt.query([])?,
        |r| {
            Ok(Withdrawn {
                who: subject(r)?,
                day: day(r, SUBJECT_WIDTH)?,
                by: r.get(SUBJECT_WIDTH + 1)?,
            })
        },
        f,
    )
}

#[cfg(test)]
mod tests {
    use super::super::plan_tests::{assert_indexed, file, plan};
    use super::super::{appeals, ivo, provider_work};
    use super::*;

    /// Every statement of `report reminders`, by name.
    fn statements() -> Vec<(&'static str, String)> {
        vec![
            ("expiring", expiring_sql()),
            ("follow_up", follow_up_sql(INDEXED_FOLLOW_UP_WEEKS)),
            ("follow_up_other_weeks", follow_up_sql(4)),
            ("lvu", lvu_sql()),
            ("open_orders", open_orders_sql()),
            ("grants_without_order", grants_without_order_sql()),
            ("agreements", agreements_sql()),
            ("open_subject", open_subject_sql()),
            ("waiting", waiting_sql()),
            ("demanded", demanded_sql()),
            ("withdrawn", withdrawn_sql()),
            (
                "candidate_cancellations",
                CANDIDATE_CANCELLATIONS_SQL.to_string(),
            ),
            ("not_used", ivo::not_used_sql()),
            ("plan_missing", provider_work::plan_missing_sql()),
            ("check_in", provider_work::check_in_sql()),
            ("changed_needs", provider_work::changed_needs_sql()),
            ("appeal_clock", appeals::clock_sql()),
            ("appeal_waiting", appeals::waiting_sql()),
        ]
    }

    #[test]
    fn reminder_queries_read_through_indexes() {
        let conn = file();
        for (name, sql) in statements() {
            assert_indexed(&conn, name, &sql);
        }
    }

    #[test]
    fn reminders_read_cases_people_and_grants_from_their_indexes_alone() {
        // Issue 21 (migration 018): a reminder's case, person and grant are read from indexes
        // that hold what the statement needs, never from the wide rows, and a follow-up's
        // day from its index.
        let conn = file();
        for (name, sql) in statements() {
            let lines = plan(&conn, name, &sql);
            for line in &lines {
                let covering = line.contains(" USING COVERING INDEX ");
                for alias in ["c", "p"] {
                    let by_id = line.starts_with(&format!("SEARCH {alias} "))
                        && (line.contains("(id=?)") || line.contains("(rowid=?)"));
                    assert!(
                        !by_id || covering,
                        "{name} reads {alias}'s rows: {lines:#?}"
                    );
                }
                if line.starts_with("SEARCH f ") {
                    assert!(covering, "{name} reads the follow-ups' rows: {lines:#?}");
                }
                if [
                    "decision_grant_end",
                    "decision_in_force",
                    "decision_follow_up_due",
                ]
                .iter()
                .any(|index| line.contains(index))
                {
                    assert!(covering, "{name} reads the decisions' rows: {lines:#?}");
                }
            }
            assert!(
                !sql.contains("person p") || lines.iter().any(|l| l.contains("person_subject")),
                "{name} does not read its people from person_subject: {lines:#?}"
            );
        }
    }

    #[test]
    fn e5_the_cancellations_that_count_are_read_from_their_indexes_alone() {
        // Issue 21 (migration 019): the candidates come from the index of the cancellations
        // that count, and their cancellations from the case's index, never from the rows.
        let conn = file();
        let lines = plan(
            &conn,
            "candidate_cancellations",
            CANDIDATE_CANCELLATIONS_SQL,
        );
        for index in ["cancellation_counted", "cancellation_case_day"] {
            assert!(
                lines
                    .iter()
                    .any(|l| l.contains(&format!("USING COVERING INDEX {index} "))),
                "{index} is not read alone: {lines:#?}"
            );
        }
        // The parties written into the statement and the index are the domain's (E5).
        use crate::domain::cancellation::CancelledBy;
        let parties = format!(
            "IN ('{}', '{}')",
            CancelledBy::Individual.as_str(),
            CancelledBy::Guardian.as_str()
        );
        assert!(CANDIDATE_CANCELLATIONS_SQL.contains(&parties));
        let index: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = 'cancellation_counted'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(index.contains(&parties), "{index}");
    }
}
