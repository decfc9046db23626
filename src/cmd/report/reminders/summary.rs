//! The reminders as one list: gathered from every kind, sorted by what is most overdue, and
//! counted per kind for the first line of a cron mail (and the `summary` object in JSON).

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// One reminder as a kind's statement writes it; [`Item::row`] makes the row the report prints.
/// Until all are gathered and sorted it is held more compactly (`held::All`).
pub struct Item {
    pub kind: &'static str,
    pub due: NaiveDate,
    pub overdue: bool,
    pub case_id: i64,
    pub rule: &'static str,
    /// The person's number as the report may show it (`Sheet::identity`).
    pub pnr: Value,
    pub caseworker: String,
    pub message: String,
}

impl Item {
    /// The row: kind, case, rule, due, overdue, person, caseworker, message.
    pub fn row(self) -> Vec<Value> {
        vec![
            Value::from(self.kind),
            Value::from(self.case_id),
            Value::from(self.rule),
            Value::from(crate::domain::dates::iso(self.due)),
            Value::from(self.overdue),
            self.pnr,
            Value::from(self.caseworker),
            Value::from(self.message),
        ]
    }
}

/// Overdue first, then by the day each falls due; the kinds' own order (and each kind's) keeps
/// ties as they came: the order [`spilled`]'s keys and [`Ranked`] give, which the tests hold
/// them to.
#[cfg(test)]
pub fn sort(items: &mut [Item]) {
    items.sort_by_key(|i| (!i.overdue, i.due));
}

/// What the reminders keep of what they write.
pub enum Held {
    /// All of them, sorted.
    All(super::held::All),
    /// Only the first `n` in the report's order, in a heap whose greatest is dropped past `n`.
    First {
        n: usize,
        best: std::collections::BinaryHeap<Ranked>,
    },
}

/// An item with its place in [`sort`]'s order (`seq`: the how-manieth it came), for keeping
/// the first few of many in a heap.
pub struct Ranked {
    key: (bool, NaiveDate, usize),
    pub item: Item,
}

impl Ranked {
    pub fn new(item: Item, seq: usize) -> Ranked {
        Ranked {
            key: (!item.overdue, item.due, seq),
            item,
        }
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key.cmp(&other.key)
    }
}

/// Per kind, in the order the kinds first appear in the sorted report: how many are due (not
/// yet overdue) and how many are overdue, counted as the reminders are written (they may be
/// too many to hold).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    kinds: Vec<Kind>,
}

#[derive(Debug, Clone, Copy)]
struct Kind {
    kind: &'static str,
    due: usize,
    overdue: usize,
    /// The kind's first place in the report's order (overdue first, due day, the how-manieth).
    first: (bool, NaiveDate, usize),
}

impl Tally {
    /// The `seq`th reminder written.
    pub fn add(&mut self, kind: &'static str, overdue: bool, due: NaiveDate, seq: usize) {
        let place = (!overdue, due, seq);
        let k = match self.kinds.iter().position(|k| k.kind == kind) {
            Some(p) => &mut self.kinds[p],
            None => {
                self.kinds.push(Kind {
                    kind,
                    due: 0,
                    overdue: 0,
                    first: place,
                });
                let last = self.kinds.len() - 1;
                &mut self.kinds[last]
            }
        };
        k.first = k.first.min(place);
        if overdue {
            k.overdue += 1;
        } else {
            k.due += 1;
        }
    }

    /// The kinds in the order they first appear in the report.
    fn in_order(&self) -> Vec<Kind> {
        let mut kinds = self.kinds.clone();
        kinds.sort_by_key(|k| k.first);
        kinds
    }

    fn total(&self) -> usize {
        self.kinds.iter().map(|k| k.due + k.overdue).sum()
    }

    fn overdue(&self) -> usize {
        self.kinds.iter().map(|k| k.overdue).sum()
    }
}

/// The kinds in the order the report gathers them, each in the caseworker's words (the table
/// and the first line; JSON and CSV keep the kind's key). Among the reminders of one due day
/// (overdue or not), those of a kind earlier here come first, and each kind's in the order it
/// wrote them; so a statement may write two kinds as it reads them.
const KINDS: &[(&str, &str)] = &[
    ("expiring", "upphör"),
    ("unexecuted", "ej verkställt"),
    ("follow_up_due", "uppföljning"),
    ("cancellations", "inställda besök"),
    ("agreement_review", "avtalsöversyn"),
    ("lvu_review", "LVU-prövning"),
    ("not_used", "används inte"),
    ("investigation_due", "utredningstid"),
    ("application_waiting", "ansökan väntar"),
    ("decision_demanded", "avgörande begärt"),
    ("consent_withdrawn", "samtycke återkallat"),
    ("appeal_clock", "överklagandetid"),
    ("appeal_forward", "överklagande att lämna över"),
    ("plan_missing", "plan saknas"),
    ("changed_needs", "ändrade behov"),
    ("ivo_window", "rapport till IVO"),
];

/// The place of the `n`th reminder written, of `kind`, among those of its due day: the
/// `seq` of [`spilled`], [`Ranked`] and [`Tally::add`].
pub fn place(kind: &str, n: usize) -> usize {
    let rank = KINDS.iter().position(|(k, _)| *k == kind);
    debug_assert!(rank.is_some(), "{kind} is not among the kinds");
    let rank = rank.unwrap_or(KINDS.len());
    (rank << 40) | n
}

/// An item as one row of strings, for holding it beyond memory (`render::spill`), with its key
/// in [`sort`]'s order (`seq`: the how-manieth it came): overdue first, then by due day.
pub fn spilled(item: Item, seq: usize) -> Result<(String, Vec<String>)> {
    let due = crate::domain::dates::Iso(item.due);
    let key = format!("{}{due}{seq:020}", u8::from(!item.overdue));
    let row = vec![
        item.kind.to_string(),
        item.case_id.to_string(),
        item.rule.to_string(),
        due.to_string(),
        if item.overdue { "1" } else { "0" }.to_string(),
        serde_json::to_string(&item.pnr)?,
        item.caseworker,
        item.message,
    ];
    Ok((key, row))
}

/// The report's row (as [`Item::row`]) from a [`spilled`] one.
pub fn unspilled(cells: Vec<String>) -> Result<Vec<Value>> {
    let Ok([kind, case_id, rule, due, overdue, pnr, caseworker, message]) =
        <[String; 8]>::try_from(cells)
    else {
        bail!("a reminder held in the temporary file lost its fields");
    };
    let case_id: i64 = case_id
        .parse()
        .context("a reminder held in the temporary file lost its case")?;
    Ok(vec![
        Value::from(kind),
        Value::from(case_id),
        Value::from(rule),
        Value::from(due),
        Value::from(overdue == "1"),
        serde_json::from_str(&pnr)?,
        Value::from(caseworker),
        Value::from(message),
    ])
}

/// A reminder's kind in the caseworker's words (see [`KINDS`]).
pub fn kind_words(kind: &str) -> Option<&'static str> {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, words)| *words)
}

/// The `summary` object: `{"total", "due", "overdue", "kinds": {KIND: {"due", "overdue"}}}`.
pub fn json(tally: &Tally) -> Value {
    let mut kinds = Map::new();
    for k in &tally.kinds {
        kinds.insert(
            k.kind.to_string(),
            serde_json::json!({"due": k.due, "overdue": k.overdue}),
        );
    }
    let (total, overdue) = (tally.total(), tally.overdue());
    serde_json::json!({
        "total": total,
        "due": total - overdue,
        "overdue": overdue,
        "kinds": kinds,
    })
}

/// The first line of the human report (Swedish: the caseworker reads it), e.g.
/// `12 att göra, varav 3 försenade: upphör 4, ej verkställt 5 (2 försenade), inställda besök 3 (1 försenad)`.
pub fn line(tally: &Tally) -> String {
    let kinds: Vec<String> = tally
        .in_order()
        .iter()
        .map(|k| match k.overdue {
            0 => format!("{} {}", kind_words(k.kind).unwrap_or(k.kind), k.due),
            n => format!(
                "{} {} ({})",
                kind_words(k.kind).unwrap_or(k.kind),
                k.due + n,
                late_words(n)
            ),
        })
        .collect();
    let total = tally.total();
    let head = match tally.overdue() {
        0 => format!("{total} att göra"),
        n => format!("{total} att göra, varav {}", late_words(n)),
    };
    format!("{head}: {}", kinds.join(", "))
}

fn late_words(n: usize) -> String {
    if n == 1 {
        "1 försenad".to_string()
    } else {
        format!("{n} försenade")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: &'static str, day: u32, overdue: bool) -> Item {
        Item {
            kind,
            due: NaiveDate::from_ymd_opt(2026, 11, day).unwrap_or_default(),
            overdue,
            case_id: i64::from(day),
            rule: "G1",
            pnr: Value::Null,
            caseworker: String::new(),
            message: String::new(),
        }
    }

    #[test]
    fn a_kind_gathered_earlier_comes_first_on_a_day_whatever_the_order_written() {
        // The waiting statement writes investigations and applications as it reads them.
        assert!(place("investigation_due", 900) < place("application_waiting", 1));
        assert!(place("expiring", 1 << 30) < place("unexecuted", 1));
        assert!(place("ivo_window", 1) < place("ivo_window", 2));
        let ranks: Vec<usize> = KINDS.iter().map(|(k, _)| place(k, 0)).collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
    }

    #[test]
    fn overdue_first_then_by_due_day() {
        let mut items = vec![
            item("expiring", 20, false),
            item("unexecuted", 25, true),
            item("unexecuted", 3, true),
            item("cancellations", 10, false),
        ];
        sort(&mut items);
        let days: Vec<u32> = items
            .iter()
            .map(|i| i.due.format("%d").to_string().parse().unwrap_or(0))
            .collect();
        assert_eq!(days, vec![3, 25, 10, 20]);
    }

    #[test]
    fn a_heap_of_the_first_few_keeps_the_sorted_order() {
        // The demo keeps only the first reminders of many: the same, in the same order, as
        // sorting all of them and taking the first.
        let all: Vec<(u32, bool)> = (0..40).map(|i| ((i * 7) % 13 + 1, i % 3 == 0)).collect();
        let mut sorted: Vec<Item> = all.iter().map(|&(d, o)| item("a", d, o)).collect();
        for (n, i) in sorted.iter_mut().enumerate() {
            i.case_id = n as i64;
        }
        let mut heap = std::collections::BinaryHeap::new();
        for (n, &(d, o)) in all.iter().enumerate() {
            let mut i = item("a", d, o);
            i.case_id = n as i64;
            heap.push(Ranked::new(i, n));
            if heap.len() > 5 {
                heap.pop();
            }
        }
        sort(&mut sorted);
        let first: Vec<i64> = sorted.iter().take(5).map(|i| i.case_id).collect();
        let kept: Vec<i64> = heap
            .into_sorted_vec()
            .into_iter()
            .map(|r| r.item.case_id)
            .collect();
        assert_eq!(kept, first);
    }

    #[test]
    fn a_spilled_item_reads_back_as_its_row_and_sorts_by_its_key() {
        let mut a = item("unexecuted", 25, true);
        a.pnr = Value::from("19900101-2385");
        a.message = "ej verkställt i tid".to_string();
        let want = Item {
            pnr: a.pnr.clone(),
            message: a.message.clone(),
            caseworker: a.caseworker.clone(),
            ..item("unexecuted", 25, true)
        }
        .row();
        let (key_a, cells) = spilled(a, 7).unwrap();
        assert_eq!(unspilled(cells).unwrap(), want);
        // Overdue first, then by due day, then in the order they came.
        let (key_b, _) = spilled(item("expiring", 3, false), 1).unwrap();
        let (key_c, _) = spilled(item("unexecuted", 26, true), 2).unwrap();
        let (key_d, _) = spilled(item("unexecuted", 25, true), 8).unwrap();
        let mut keys = vec![key_b.clone(), key_c.clone(), key_d.clone(), key_a.clone()];
        keys.sort();
        assert_eq!(keys, vec![key_a, key_d, key_c, key_b]);
    }

    #[test]
    fn counts_per_kind() {
        let items = [
            item("expiring", 20, false),
            item("unexecuted", 3, true),
            item("unexecuted", 25, false),
        ];
        let mut tally = Tally::default();
        for (n, i) in items.iter().enumerate() {
            tally.add(i.kind, i.overdue, i.due, n);
        }
        assert_eq!(
            line(&tally),
            "3 att göra, varav 1 försenad: ej verkställt 2 (1 försenad), upphör 1",
            "the kinds in the order they first appear in the report: overdue first"
        );
        let j = json(&tally);
        assert_eq!(j["total"], 3);
        assert_eq!(j["overdue"], 1);
        assert_eq!(j["kinds"]["unexecuted"]["due"], 1);
        assert_eq!(j["kinds"]["unexecuted"]["overdue"], 1);
    }
}
