//! The Swedish table headers of report columns. A column's key stays its JSON key and CSV
//! header (English, stable for scripts); the table and Markdown a caseworker reads say it in
//! Swedish. [`swedish`] runs when the report's column list is built, which is a `const`: a key
//! missing here stops the build, so no English header can slip into a table.

const HEADERS: &[(&str, &str)] = &[
    ("agreement_id", "avtal"),
    ("applications", "ansökningar"),
    ("assignee", "uppdragstagare"),
    ("assignee_id", "uppdragstagare nr"),
    ("case_id", "ärende"),
    ("cases", "ärenden"),
    ("caseworker", "handläggare"),
    ("days", "dagar"),
    ("days_late", "dagar sent"),
    ("days_left", "dagar kvar"),
    ("decided", "beslutat"),
    ("decision_id", "beslut nr"),
    ("decisions", "beslut"),
    ("deletable_from", "gallras tidigast"),
    ("delete_by", "gallras senast"),
    ("dimension", "indelning"),
    ("due", "senast"),
    ("ended", "avslutat"),
    ("execute_by", "verkställ senast"),
    ("executed", "verkställt"),
    ("expenses", "omkostnader"),
    ("expenses_percent", "omkostnader %"),
    ("fee", "arvode"),
    ("fee_percent", "arvode %"),
    ("from", "från"),
    ("granted", "beviljat"),
    ("hours_per_month", "tim per månad"),
    ("insats", "insats"),
    ("kept", "sparat"),
    ("kind", "slag"),
    ("last_entry", "senaste anteckning"),
    ("law", "lag"),
    ("level", "nivå"),
    ("lost", "förlorat"),
    ("message", "meddelande"),
    ("model", "modell"),
    ("oldest_received", "äldsta inkommen"),
    ("outside_plan", "utanför plan"),
    ("over", "över"),
    ("overdue", "försenad"),
    ("period_end", "period slut"),
    ("period_granted", "period beviljat"),
    ("period_remaining", "period kvar"),
    ("period_start", "period början"),
    ("period_used", "period använt"),
    ("person_id", "person nr"),
    ("pnr", "personnummer"),
    ("provider", "utförare"),
    ("recorded_expenses", "redovisade utlägg"),
    ("rejected", "avslag"),
    ("remaining", "kvar"),
    ("rule", "regel"),
    ("state", "läge"),
    ("status", "status"),
    ("to", "till"),
    ("used", "använt"),
    ("value", "värde"),
];

/// The Swedish header of report key `key`; stops a `const` evaluation (the build) when there
/// is none.
pub const fn swedish(key: &str) -> &'static str {
    let mut i = 0;
    while i < HEADERS.len() {
        if same(HEADERS[i].0, key) {
            return HEADERS[i].1;
        }
        i += 1;
    }
    panic!("a report column has no Swedish header: add its key to render::headers")
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_headers_swedish_words() {
        for (n, (key, header)) in HEADERS.iter().enumerate() {
            assert!(
                HEADERS[n + 1..].iter().all(|(k, _)| k != key),
                "{key} twice"
            );
            assert!(!header.contains('_'), "{header} reads like a key");
            assert_eq!(swedish(key), *header);
        }
    }
}
