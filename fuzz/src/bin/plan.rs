//! The plan document of `plan --file`: any text, never a panic.
use insats::domain::plan::{self, Expected};

fn main() {
    let goals = vec!["Bryta isolering".to_string()];
    let ordered = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("a real date");
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        for goals in [&goals[..], &[]] {
            let expected = Expected {
                case_id: 7,
                goals,
                ordered,
                today: insats_fuzz::today(),
            };
            let _ = plan::parse(text, &expected);
        }
        let _ = plan::parse_kronor(text);
    });
}
