//! Texts as people type them: trimmed, compared without regard to case.

/// Trimmed, lower-case, without blanks or repeats: lists are compared case-insensitively.
pub fn clean_list(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = item.trim().to_lowercase();
        if !item.is_empty() && !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// A text flag: trimmed; empty means "none".
pub fn clean_text(s: Option<String>) -> Option<String> {
    s.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The text with its first letter upper case (Swedish sentences from parts).
pub fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A text with something in it besides whitespace.
pub fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// The first character of `s` that a text may not hold, described for a message: control
/// characters (a line break and a tab are allowed where `one_line` is false) and the
/// bidirectional overrides and isolates that reorder what a reader sees.
pub fn forbidden_char(s: &str, one_line: bool) -> Option<String> {
    s.chars().find_map(|c| {
        let allowed_break = !one_line && (c == '\n' || c == '\t');
        let control = c.is_control() && !allowed_break;
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
        (control || bidi).then(|| match c {
            '\n' => "a line break".to_string(),
            '\t' => "a tab".to_string(),
            '\u{1b}' => "an escape character (U+001B)".to_string(),
            c if bidi => format!("a bidirectional control (U+{:04X})", c as u32),
            c => format!("a control character (U+{:04X})", c as u32),
        })
    })
}

/// Flags whose value is one line: a name, an address, a reference, a title.
pub const ONE_LINE_FLAGS: &[&str] = &[
    "--name",
    "--address",
    "--guardian-1",
    "--guardian-2",
    "--guardian-1-address",
    "--guardian-2-address",
    "--court-ref",
    "--provider",
    "--title",
    "--court",
    "--workplace",
    "--residence",
    "--area",
    "--user",
    "--pnr",
];

/// The first argument that holds a forbidden character, as a one-line message naming the flag
/// and the character (never the value: it may be personal data).
pub fn check_arguments(args: &[String]) -> Result<(), String> {
    let mut flag: Option<&str> = None;
    for (i, a) in args.iter().enumerate().skip(1) {
        let (name, value) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (Some(n), v),
            _ => (None, a.as_str()),
        };
        let owner = name.or(flag);
        let one_line = owner.is_some_and(|f| ONE_LINE_FLAGS.contains(&f)) || a.starts_with('-');
        if let Some(what) = forbidden_char(value, one_line) {
            let place = match owner {
                Some(f) => format!("the value of {f}"),
                None => format!("argument {i}"),
            };
            return Err(format!(
                "{place} holds {what}: type it as plain text (names and addresses on one line)"
            ));
        }
        flag = if a.starts_with("--") && !a.contains('=') {
            Some(a.as_str())
        } else {
            None
        };
    }
    Ok(())
}
