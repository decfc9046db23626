//! Retention (gallring, R2): which personal files are due for deletion, and deleting them.
//!
//! A file is one person's cases under one law, all closed: under SoL always; under LSS only when
//! the guideline deletes LSS files (default: kept). LVU and court-ordered (FB) cases are not
//! listed. It is due on the day five years (the guideline's number) after its last journal
//! entry, and must be deleted by the end of the following calendar year; files of people born
//! on the guideline's research days (5th, 15th, 25th) are kept and never listed. Deleting is
//! never automatic, and the audit trail records how many entries went, never what they said.

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::dates::sub_months;
use crate::domain::report::{RetentionDates, kept_for_research, plus_days, retention_dates};
use crate::guideline::Guideline;
use crate::store::reports::retention::{
    FileRow, delete_case, delete_person_if_alone, files, with_journal_deletable,
};
use crate::store::{Db, Tx};

/// A file due for deletion.
#[derive(Debug, Clone)]
pub struct DueFile {
    pub law: String,
    pub file: FileRow,
    pub dates: RetentionDates,
}

/// The laws whose files are deleted, with their intervention types and years (R2).
fn rules(guideline: &Guideline) -> Vec<(String, Vec<String>, u32)> {
    let r = &guideline.settings.retention;
    let mut laws = vec![("SoL".to_string(), r.sol_years_after_last_entry)];
    if r.lss_delete {
        let years = r
            .lss_years_after_last_entry
            .unwrap_or(r.sol_years_after_last_entry);
        laws.push(("LSS".to_string(), years));
    }
    laws.into_iter()
        .map(|(law, years)| {
            let types = guideline
                .interventions
                .iter()
                .filter(|(_, i)| i.law == law)
                .map(|(k, _)| k.clone())
                .collect();
            (law, types, years)
        })
        .collect()
}

/// Every file due for deletion on `today`, law by law, oldest last entry first.
pub fn each_due(
    conn: &Db,
    guideline: &Guideline,
    today: NaiveDate,
    f: &mut dyn FnMut(DueFile) -> Result<()>,
) -> Result<()> {
    let research = &guideline.settings.retention.research_birth_days;
    for (law, types, years) in rules(guideline) {
        // A few days generous for month ends; the day itself is checked below.
        let by = plus_days(sub_months(today, years.saturating_mul(12)), 3);
        files(conn, &types, by, &mut |file| {
            let dates = retention_dates(file.last_entry, years);
            if dates.deletable_from > today || kept_for_research(file.birth_date, research) {
                return Ok(());
            }
            f(DueFile {
                law: law.clone(),
                file,
                dates,
            })
        })?;
    }
    Ok(())
}

/// "3;7": a file's case numbers.
pub fn case_list(cases: &[i64]) -> String {
    cases
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

#[derive(Debug, Serialize)]
pub struct DeletedFile {
    pub person_id: i64,
    pub law: String,
    pub cases: Vec<i64>,
    pub journal_entries: usize,
    /// The person had no other case left, so the person is deleted too.
    pub person_deleted: bool,
}

/// Deletes the files of `due` that are still due under the write lock (read again: only what is
/// still due is deleted), each case with everything on it, and audits each.
pub fn delete(
    tx: &Tx,
    due: &[DueFile],
    guideline: &Guideline,
    today: NaiveDate,
) -> Result<Vec<DeletedFile>> {
    // Read again under the write lock: only what is still due is deleted.
    let mut still = Vec::new();
    each_due(tx, guideline, today, &mut |d| {
        still.push(d);
        Ok(())
    })?;
    let confirmed: Vec<&DueFile> = due
        .iter()
        .filter(|d| {
            still.iter().any(|s| {
                s.file.person_id == d.file.person_id
                    && s.law == d.law
                    && s.file.cases == d.file.cases
            })
        })
        .collect();
    with_journal_deletable(tx, || {
        let mut out = Vec::new();
        for file in confirmed {
            let mut entries = 0;
            for &case_id in &file.file.cases {
                let gone = delete_case(tx, case_id)?;
                entries += gone.journal_entries;
                tx.audit(
                    &format!(
                        "retention delete (R2): case deleted with {} journal entries and {} rows in all",
                        gone.journal_entries, gone.rows
                    ),
                    Some(case_id),
                )?;
            }
            let person_deleted = delete_person_if_alone(tx, file.file.person_id)?;
            tx.audit(
                &format!(
                    "retention delete (R2): {} file of person {} deleted: {} cases, {entries} journal entries{}",
                    file.law,
                    file.file.person_id,
                    file.file.cases.len(),
                    if person_deleted { ", person deleted" } else { "" }
                ),
                None,
            )?;
            out.push(DeletedFile {
                person_id: file.file.person_id,
                law: file.law.clone(),
                cases: file.file.cases.clone(),
                journal_entries: entries,
                person_deleted,
            });
        }
        Ok(out)
    })
}
