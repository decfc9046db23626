//! The reminders as one list: gathered from every kind, sorted by what is most overdue, and
//! counted per kind for the first line of a cron mail (and the `summary` object in JSON).

use chrono::NaiveDate;
use serde_json::{Map, Value};

/// One reminder, as compact as it can be held until all are gathered and sorted (at 100,000
/// cases some 14,000 are): [`Item::row`] makes the row the report prints.
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
            Value::from(self.due.to_string()),
            Value::from(self.overdue),
            self.pnr,
            Value::from(self.caseworker),
            Value::from(self.message),
        ]
    }
}

/// Overdue first, then by the day each falls due; the kinds' own order (and each kind's) keeps
/// ties as they came.
pub fn sort(items: &mut [Item]) {
    items.sort_by_key(|i| (!i.overdue, i.due));
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

/// Per kind, in the order the kinds first appear: how many are due (not yet overdue) and how
/// many are overdue.
fn counts(items: &[Item]) -> Vec<(&'static str, usize, usize)> {
    let mut out: Vec<(&'static str, usize, usize)> = Vec::new();
    for i in items {
        let pos = match out.iter().position(|(k, _, _)| *k == i.kind) {
            Some(p) => p,
            None => {
                out.push((i.kind, 0, 0));
                out.len() - 1
            }
        };
        if i.overdue {
            out[pos].2 += 1;
        } else {
            out[pos].1 += 1;
        }
    }
    out
}

/// A reminder's kind in the caseworker's words (the table and the first line; JSON and CSV keep
/// the kind's key).
pub fn kind_words(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "expiring" => "upphör",
        "unexecuted" => "ej verkställt",
        "follow_up_due" => "uppföljning",
        "cancellations" => "inställda besök",
        "agreement_review" => "avtalsöversyn",
        "lvu_review" => "LVU-prövning",
        "not_used" => "används inte",
        "application_waiting" => "ansökan väntar",
        "decision_demanded" => "avgörande begärt",
        "consent_withdrawn" => "samtycke återkallat",
        "appeal_clock" => "överklagandetid",
        "appeal_forward" => "överklagande att lämna över",
        "plan_missing" => "plan saknas",
        "changed_needs" => "ändrade behov",
        "investigation_due" => "utredningstid",
        "ivo_window" => "rapport till IVO",
        _ => return None,
    })
}

/// The `summary` object: `{"total", "due", "overdue", "kinds": {KIND: {"due", "overdue"}}}`.
pub fn json(items: &[Item]) -> Value {
    let per = counts(items);
    let mut kinds = Map::new();
    for (kind, due, overdue) in &per {
        kinds.insert(
            kind.to_string(),
            serde_json::json!({"due": due, "overdue": overdue}),
        );
    }
    let overdue: usize = per.iter().map(|p| p.2).sum();
    serde_json::json!({
        "total": items.len(),
        "due": items.len() - overdue,
        "overdue": overdue,
        "kinds": kinds,
    })
}

/// The first line of the human report (Swedish: the caseworker reads it), e.g.
/// `12 att göra, varav 3 försenade: upphör 4, ej verkställt 5 (2 försenade), inställda besök 3 (1 försenad)`.
pub fn line(items: &[Item]) -> String {
    let per = counts(items);
    let overdue: usize = per.iter().map(|p| p.2).sum();
    let kinds: Vec<String> = per
        .iter()
        .map(|(kind, due, late)| (kind_words(kind).unwrap_or(kind), due, late))
        .map(|(kind, due, late)| match late {
            0 => format!("{kind} {due}"),
            n => format!("{kind} {} ({})", due + n, late_words(*n)),
        })
        .collect();
    let head = match overdue {
        0 => format!("{} att göra", items.len()),
        n => format!("{} att göra, varav {}", items.len(), late_words(n)),
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
    fn counts_per_kind() {
        let items = vec![
            item("expiring", 20, false),
            item("unexecuted", 3, true),
            item("unexecuted", 25, false),
        ];
        assert_eq!(
            line(&items),
            "3 att göra, varav 1 försenad: upphör 1, ej verkställt 2 (1 försenad)"
        );
        let j = json(&items);
        assert_eq!(j["total"], 3);
        assert_eq!(j["overdue"], 1);
        assert_eq!(j["kinds"]["unexecuted"]["due"], 1);
        assert_eq!(j["kinds"]["unexecuted"]["overdue"], 1);
    }
}
