//! Every reminder of the report, held until all are gathered and sorted: in memory, typed, while
//! they fit the spill budget (`render::spill::budget`); past it, as rows of strings in
//! `render::spill::Sorter`, which sorts them through a temporary file.
//!
//! Held typed, a reminder is not written out as strings and read back: at 100,000 cases
//! (14,274 reminders, 3.4 MB held) that was a sixth of the report's instructions (issue 21).
//! Both ways give the same rows in the same order, which a test below holds them to.

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::Value;

use super::summary::{Item, spilled, unspilled};
use crate::render::spill::Sorter;

/// What a held reminder's text costs beyond its bytes: the allocator's header and rounding.
const TEXT_COST: usize = 24;

/// All the reminders written, sorted when given back by [`All::each`].
pub struct All {
    kept: Vec<Kept>,
    /// The bytes the kept reminders' texts take.
    texts: usize,
    budget: usize,
    /// Past the budget: every reminder, as rows of strings.
    spilled: Option<Sorter>,
}

impl All {
    pub fn new(budget: usize) -> All {
        All {
            kept: Vec::new(),
            texts: 0,
            budget,
            spilled: None,
        }
    }

    /// The `seq`th reminder written (`summary::place`).
    pub fn push(&mut self, item: Item, seq: usize) -> Result<()> {
        if let Some(sorter) = self.spilled.as_mut() {
            let (key, cells) = spilled(item, seq)?;
            return sorter.push(key, cells);
        }
        let kept = Kept::new(item, seq);
        self.texts += kept.text.len() + TEXT_COST;
        self.kept.push(kept);
        if self.kept.capacity() * std::mem::size_of::<Kept>() + self.texts > self.budget {
            self.spill()?;
        }
        Ok(())
    }

    /// Hands every reminder kept so far to a [`Sorter`], which holds them from now on. Each
    /// reminder's text is freed as the sorter takes it; only the list's own memory (about a
    /// third of the budget) is held twice, for as long as this takes.
    fn spill(&mut self) -> Result<()> {
        let mut sorter = Sorter::new(self.budget);
        for kept in std::mem::take(&mut self.kept) {
            let seq = kept.key.2;
            let (key, cells) = spilled(kept.item(), seq)?;
            sorter.push(key, cells)?;
        }
        self.texts = 0;
        self.spilled = Some(sorter);
        Ok(())
    }

    /// Every reminder's row ([`Item::row`]): overdue first, then by due day, then in the order
    /// of their places.
    pub fn each(self, f: &mut dyn FnMut(Vec<Value>) -> Result<()>) -> Result<()> {
        match self.spilled {
            Some(sorter) => sorter.each(&mut |cells| f(unspilled(cells)?)),
            None => {
                let mut kept = self.kept;
                // Places are unique: no two keys are equal.
                kept.sort_unstable_by_key(|k| k.key);
                kept.into_iter().try_for_each(|k| f(k.item().row()))
            }
        }
    }
}

/// One reminder held in memory: where it sorts, and its three texts in one allocation.
struct Kept {
    /// Not overdue, the due day, the place: the order of `summary::spilled`'s keys.
    key: (bool, NaiveDate, usize),
    case_id: i64,
    kind: &'static str,
    rule: &'static str,
    /// The person's number as the report may show it, the caseworker, and the message.
    text: Box<str>,
    pnr_end: usize,
    caseworker_end: usize,
    pnr: Pnr,
}

/// What the person's cell was: a number (or its mask), nothing, or some other JSON value.
#[derive(Clone, Copy)]
enum Pnr {
    Text,
    Null,
    Json,
}

impl Kept {
    fn new(item: Item, seq: usize) -> Kept {
        let (pnr, pnr_text) = match item.pnr {
            Value::String(s) => (Pnr::Text, s),
            Value::Null => (Pnr::Null, String::new()),
            other => (Pnr::Json, other.to_string()),
        };
        let mut text =
            String::with_capacity(pnr_text.len() + item.caseworker.len() + item.message.len());
        text.push_str(&pnr_text);
        let pnr_end = text.len();
        text.push_str(&item.caseworker);
        let caseworker_end = text.len();
        text.push_str(&item.message);
        Kept {
            key: (!item.overdue, item.due, seq),
            case_id: item.case_id,
            kind: item.kind,
            rule: item.rule,
            text: text.into_boxed_str(),
            pnr_end,
            caseworker_end,
            pnr,
        }
    }

    fn item(self) -> Item {
        let text = &*self.text;
        let pnr_text = text.get(..self.pnr_end).unwrap_or_default();
        let pnr = match self.pnr {
            Pnr::Text => Value::from(pnr_text),
            Pnr::Null => Value::Null,
            Pnr::Json => serde_json::from_str(pnr_text).unwrap_or(Value::Null),
        };
        Item {
            kind: self.kind,
            due: self.key.1,
            overdue: !self.key.0,
            case_id: self.case_id,
            rule: self.rule,
            pnr,
            caseworker: text
                .get(self.pnr_end..self.caseworker_end)
                .unwrap_or_default()
                .to_string(),
            message: text
                .get(self.caseworker_end..)
                .unwrap_or_default()
                .to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(n: usize) -> Item {
        Item {
            kind: ["expiring", "unexecuted", "follow_up_due"][n % 3],
            due: NaiveDate::from_ymd_opt(2026, 11, 1 + (n * 7 % 28) as u32).unwrap_or_default(),
            overdue: n.is_multiple_of(4),
            case_id: n as i64,
            rule: "G1",
            pnr: match n % 5 {
                0 => Value::Null,
                1 => serde_json::json!({"masked": true}),
                _ => Value::from(format!("19900101-{n:04}")),
            },
            caseworker: ["anna.lindqvist", "", "erik.johansson"][n % 3].to_string(),
            message: format!("påminnelse nummer {n}: åtgärda ärendet"),
        }
    }

    fn rows(budget: usize, n: usize) -> (Vec<Vec<Value>>, bool) {
        let mut all = All::new(budget);
        for i in 0..n {
            all.push(item(i), n - i).unwrap();
        }
        let spilled = all.spilled.is_some();
        let mut out = Vec::new();
        all.each(&mut |row| {
            out.push(row);
            Ok(())
        })
        .unwrap();
        (out, spilled)
    }

    #[test]
    fn held_typed_or_spilled_the_rows_and_their_order_are_the_same() {
        let (typed, spilled) = rows(1 << 30, 500);
        assert!(!spilled);
        let (through_file, spilled) = rows(2_000, 500);
        assert!(
            spilled,
            "a budget of 2,000 bytes holds 500 reminders in the sorter"
        );
        assert_eq!(typed.len(), 500);
        assert_eq!(typed, through_file);
        // Overdue first, then by due day.
        let keys: Vec<(bool, String)> = typed
            .iter()
            .map(|r| (r[4] == false, r[3].to_string()))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        // Each row is the item's own row.
        let want = item(7).row();
        assert!(typed.contains(&want), "{want:?}");
    }
}
