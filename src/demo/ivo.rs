//! The demo's reports to IVO (R1): on most cases whose grant is not executed in time, the
//! caseworker has written why, what it means for the person and what support they have
//! meanwhile (`insats ivo note`), so that `report ivo` shows filled rows beside rows that still
//! lack them.

use anyhow::Result;

use crate::act::ivo::{IvoNote, note};
use crate::domain::dates::sub_months;
use crate::domain::report::{Quarter, plus_days};
use crate::store::Tx;
use crate::store::reports::quarter::late;

const REASONS: [&str; 4] = [
    "Ingen lämplig kontaktperson har kunnat rekryteras ännu.",
    "Erbjuden kontaktperson avböjdes; ny matchning pågår.",
    "Den enskilde har önskemål om kön och språk som ännu inte kunnat mötas.",
    "Utföraren har brist på ledsagare i området.",
];

const CONSEQUENCES: [&str; 3] = [
    "Fortsatt social isolering.",
    "Den enskilde kommer inte ut på fritidsaktiviteter.",
    "Ökad oro hos den enskilde och anhöriga.",
];

const INTERIM: [&str; 2] = [
    "Hänvisad till kommunens träffpunkt.",
    "Tät kontakt med handläggaren under väntetiden.",
];

/// Notes on two of three cases late today; the third is left for the caseworker.
pub fn notes(tx: &Tx) -> Result<u32> {
    let today = tx.actor().today;
    let from = Quarter::containing(today).first_day();
    let decided_by = plus_days(sub_months(today, 3), 3);
    let mut cases = Vec::new();
    let months = crate::store::guideline::in_use(tx)?
        .settings
        .execute_within_months;
    late(tx, today, from, decided_by, &mut |row| {
        let by = row
            .execute_by
            .unwrap_or_else(|| crate::domain::report::execute_by(row.decided, months));
        if row.executed.is_none() && row.ended.is_none() && by < today {
            cases.push(row.who.case_id);
        }
        Ok(())
    })?;
    cases.sort_unstable();
    cases.dedup();
    let mut written = 0;
    for case_id in cases.into_iter().filter(|c| c % 3 != 0) {
        let i = usize::try_from(case_id).unwrap_or(0);
        let request = IvoNote {
            case_id,
            reason: REASONS[i % REASONS.len()].to_string(),
            consequences: (i % 4 != 1).then(|| CONSEQUENCES[i % CONSEQUENCES.len()].to_string()),
            interim: (i % 2 == 0).then(|| INTERIM[i / 2 % INTERIM.len()].to_string()),
        };
        // A type IVO's report does not cover is refused (R1): no note then.
        if tx.savepoint(|tx| note(tx, &request).map(|_| ()))? {
            written += 1;
        }
    }
    Ok(written)
}
