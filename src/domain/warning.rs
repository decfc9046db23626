//! A rule's warning (docs/rules.md, "Warn"): the command goes on; the English message goes to
//! stderr and the Swedish text into the case journal, in the same write as what it warns about.

use serde::Serialize;

use crate::domain::rules::Rule;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub rule: Rule,
    /// For stderr, in English.
    pub message: String,
    /// For the case journal, in Swedish as the caseworker reads it.
    pub journal: String,
}

impl Warning {
    pub fn new(rule: Rule, message: impl Into<String>, journal: impl Into<String>) -> Warning {
        Warning {
            rule,
            message: message.into(),
            journal: journal.into(),
        }
    }

    /// The line on stderr: the message, naming its rule once.
    pub fn line(&self) -> String {
        let id = self.rule.id();
        if self.message.starts_with(&format!("{id}:")) || self.message.contains(&format!("({id})"))
        {
            self.message.clone()
        } else {
            format!("{} ({id})", self.message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_names_the_rule_once() {
        assert_eq!(Warning::new(Rule::E1, "over", "över").line(), "over (E1)");
        assert_eq!(Warning::new(Rule::A2, "A2: many", "").line(), "A2: many");
        assert_eq!(Warning::new(Rule::D3, "late (D3)", "").line(), "late (D3)");
    }
}
