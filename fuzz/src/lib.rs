//! What the targets share: the fixed "today" and the expectations each document is read against.

use chrono::NaiveDate;
use insats::guideline::{Facts, Guideline, Question};

/// The day every target treats as today.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a real date")
}

/// The built-in guideline's questions for an adult living at home asking for a kontaktperson.
pub fn questions() -> Vec<&'static Question> {
    let facts = Facts {
        age: 40,
        housing: "ordinary".to_string(),
    };
    Guideline::builtin().questions_for("kontaktperson-sol", &facts)
}
