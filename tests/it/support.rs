//! Setting up a case that is granted and ordered, for tests of what comes after (matching,
//! visits, follow-ups, reports).
//!
//! TEMPORARY: until `insats assess`/`decide`/`order` are merged, this writes the rows directly
//! with SQL; after the merge it is reimplemented with the real commands, and every caller keeps
//! working unchanged.

#![allow(dead_code)]

use crate::common::*;

pub struct Granted {
    pub case_id: i64,
    pub decision_id: i64,
    pub order_id: i64,
}

/// A completed 'grant' assessment, a grant in force `from`..`to` at `hours` a month, and an
/// open order to "Utföraren AB" made on `from`.
pub fn grant_and_order(env: &Env, case_id: i64, from: &str, to: &str, hours: f64) -> Granted {
    let c = env.conn();
    // The active guideline, else the test one stored by an earlier call.
    let guideline: i64 = match c.query_row(
        "SELECT id FROM guideline WHERE active = 1 OR gid = 'test' ORDER BY active DESC LIMIT 1",
        [],
        |r| r.get(0),
    ) {
        Ok(id) => id,
        Err(_) => {
            c.execute(
                "INSERT INTO guideline (gid, version, hash, source, body, imported_at, imported_by, active)
                 VALUES ('test', 'test', ?1, 'imported', '{}', '2026-01-01T00:00:00Z', 'test', 0)",
                ["0".repeat(64)],
            )
            .unwrap();
            c.last_insert_rowid()
        }
    };
    c.execute(
        "INSERT INTO assessment (case_id, guideline_id, status, started_day, started_at, started_by,
             completed_day, completed_at, completed_by, recommendation, reasons)
         VALUES (?1, ?2, 'completed', ?3, 't', 'test', ?3, 't', 'test', 'grant', '[]')",
        rusqlite::params![case_id, guideline, from],
    )
    .unwrap();
    let assessment = c.last_insert_rowid();
    c.execute(
        "INSERT INTO decision (case_id, outcome, status, decided_day, decided_at, decided_by,
             from_day, to_day, hours_per_month, goals, legal_basis, assessment_id, guideline_id)
         VALUES (?1, 'grant', 'in_force', ?2, 't', 'test', ?2, ?3, ?4, '[\"Bryta isolering\"]',
             'test', ?5, ?6)",
        rusqlite::params![case_id, from, to, hours, assessment, guideline],
    )
    .unwrap();
    let decision_id = c.last_insert_rowid();
    c.execute(
        "INSERT INTO orders (case_id, decision_id, provider, hours_per_month, goals, ordered_day,
             ordered_at, ordered_by, execute_by, status)
         VALUES (?1, ?2, 'Utföraren AB', ?3, '[\"Bryta isolering\"]', ?4, 't', 'test',
             date(?4, '+3 months'), 'open')",
        rusqlite::params![case_id, decision_id, hours, from],
    )
    .unwrap();
    let order_id = c.last_insert_rowid();
    c.execute(
        "UPDATE cases SET status = 'ordered' WHERE id = ?1",
        [case_id],
    )
    .unwrap();
    Granted {
        case_id,
        decision_id,
        order_id,
    }
}
