//! The three ways a command can fail, each with its exit code from docs/cli.md.
//!
//! Everything else travels as `anyhow::Error` with context added at the I/O and database edges;
//! `main` looks for these types in the chain to pick the exit code.

use std::fmt;

use crate::domain::rules::Rule;

/// Exit codes of docs/cli.md.
pub const EXIT_OK: u8 = 0;
pub const EXIT_ERROR: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_REFUSED: u8 = 3;

/// A refusal by a rule of docs/rules.md: exit 3, and the message names the rule. The sentence
/// says why, about this case; the hint, when there is one, says what to do (printed on a line
/// of its own, `Hint: ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub rule: Rule,
    pub message: String,
    pub hint: Option<String>,
}

impl Refusal {
    pub fn new(rule: Rule, message: impl Into<String>) -> Self {
        Refusal {
            rule,
            message: message.into(),
            hint: None,
        }
    }

    /// The same refusal with what to do about it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "refused ({}): {} (source: {})",
            self.rule,
            self.message,
            self.rule.source()
        )?;
        if let Some(h) = &self.hint {
            write!(f, "\nHint: {h}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refusal {}

/// Wrong or missing flags: exit 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Bad data with several problems (a document to fix): exit 1, a summary line, then one
/// problem per line, so that a person can fix them all in one go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    pub summary: String,
    pub problems: Vec<String>,
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary)?;
        // One problem stays on one line; more get a line each.
        if let [only] = self.problems.as_slice() {
            return write!(f, " {only}");
        }
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// Builds an `anyhow::Error` listing every problem of a document.
pub fn problems(summary: impl Into<String>, problems: Vec<String>) -> anyhow::Error {
    anyhow::Error::new(Problems {
        summary: summary.into(),
        problems,
    })
}

/// Builds an `anyhow::Error` carrying a usage error.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UsageError(message.into()))
}

/// Builds an `anyhow::Error` carrying a refusal.
pub fn refuse(rule: Rule, message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Refusal::new(rule, message))
}

/// The exit code for an error: the first typed error found in the chain decides.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.downcast_ref::<Refusal>().is_some() {
            return EXIT_REFUSED;
        }
        if cause.downcast_ref::<UsageError>().is_some() {
            return EXIT_USAGE;
        }
    }
    EXIT_ERROR
}

/// One line for stderr: a refusal stands alone, anything else is `error: a: b: c`.
pub fn one_line(err: &anyhow::Error) -> String {
    if let Some(r) = err.chain().find_map(|c| c.downcast_ref::<Refusal>()) {
        return r.to_string();
    }
    if let Some(p) = err.chain().find_map(|c| c.downcast_ref::<Problems>()) {
        // The one place with more than one line: the summary, then a problem per line.
        return format!("error: {p}");
    }
    let text = format!("{err:#}");
    // Keep it to one line whatever a lower layer put in its message.
    let flat: String = text
        .split('\n')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    format!("error: {flat}")
}
