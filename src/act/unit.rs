//! Moving a case to another unit (S3): an administrator's act, journalled and audited.

use anyhow::Result;

use crate::store::Tx;
use crate::store::journal::{EntryKind, append};
use crate::store::staff::{case_facts, set_unit};

/// Moves case `case_id` to `unit`; returns the unit it had.
pub fn move_case(tx: &Tx, case_id: i64, unit: &str, note: Option<&str>) -> Result<Option<String>> {
    let before = case_facts(tx, case_id)?.unit;
    set_unit(tx, case_id, Some(unit))?;
    let mut text = match &before {
        Some(b) => format!("Ärendet flyttat från enheten {b} till enheten {unit}."),
        None => format!("Ärendet fört till enheten {unit}."),
    };
    if let Some(n) = note {
        text.push(' ');
        text.push_str(n);
    }
    tx.audit(&format!("unit {unit}"), Some(case_id))?;
    append(tx, case_id, EntryKind::Event, &text)?;
    Ok(before)
}
