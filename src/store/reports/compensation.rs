//! The rows behind `report compensation`: agreements with contact persons running in a month.

use crate::store::Db;
use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::{day, each, opt_day, text};

/// An agreement (överenskommelse) and its assignee.
#[derive(Debug, Clone)]
pub struct AgreementPay {
    pub agreement_id: i64,
    pub case_id: i64,
    pub assignee_id: i64,
    pub assignee: String,
    /// The assignee's stored 12 digits: mask before printing (G5).
    pub pnr: String,
    pub role: String,
    pub start: NaiveDate,
    pub ended: Option<NaiveDate>,
    pub level: Option<u32>,
    /// The expenses recorded on the assignment in the month (P2), in öre, and those the plan
    /// did not name.
    pub expenses_ore: i64,
    pub outside_plan_ore: i64,
}

pub const AGREEMENTS_SQL: &str = "SELECT a.id, a.case_id, a.assignee_id, s.name, s.pnr, s.role,
        a.start_day, CASE WHEN a.status = 'ended' THEN coalesce(a.ended_day, a.start_day) END,
        a.compensation_level,
        (SELECT coalesce(sum(e.amount_ore), 0) FROM expense e INDEXED BY expense_case_day
         WHERE e.case_id = a.case_id AND e.day BETWEEN ?2 AND ?1
           AND e.assignee_id IS a.assignee_id AND e.day >= a.start_day),
        (SELECT coalesce(sum(e.amount_ore), 0) FROM expense e INDEXED BY expense_case_day
         WHERE e.case_id = a.case_id AND e.day BETWEEN ?2 AND ?1
           AND e.assignee_id IS a.assignee_id AND e.day >= a.start_day AND e.in_plan = 0)
     FROM agreement a INDEXED BY agreement_start
     JOIN assignee s ON s.id = a.assignee_id
     WHERE a.start_day <= ?1 AND (a.status = 'active' OR a.ended_day >= ?2)
     ORDER BY a.assignee_id, a.case_id, a.id";

/// Agreements that began on or before `to` and had not ended before `from`, by assignee.
pub fn agreements(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
    f: &mut dyn FnMut(AgreementPay) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(AGREEMENTS_SQL)?;
    each(
        stmt.query(params![text(to), text(from)])?,
        |r| {
            Ok(AgreementPay {
                agreement_id: r.get(0)?,
                case_id: r.get(1)?,
                assignee_id: r.get(2)?,
                assignee: r.get(3)?,
                pnr: r.get(4)?,
                role: r.get(5)?,
                start: day(r, 6)?,
                ended: opt_day(r, 7)?,
                level: r.get(8)?,
                expenses_ore: r.get(9)?,
                outside_plan_ore: r.get(10)?,
            })
        },
        f,
    )
}

#[cfg(test)]
mod tests {
    use super::super::plan_tests::{assert_indexed, file};
    use super::*;

    #[test]
    fn compensation_query_reads_through_an_index() {
        assert_indexed(&file(), "agreements", AGREEMENTS_SQL);
    }
}
