//! The interactive layer: questions to a person at a terminal, behind a small trait so that
//! commands can be driven without one.

use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

use anyhow::{Context, Result};
use dialoguer::{Confirm, Input, Select, theme::SimpleTheme};

pub use crate::render::table::{wrap, wrap_line};

pub trait Prompter {
    /// Free text; `allow_empty` lets the person skip it.
    fn text(&mut self, label: &str, allow_empty: bool) -> Result<String>;
    /// One of `items`; returns its index, or `None` when the person pressed Esc (go back).
    /// With no `default` nothing is highlighted: Enter does nothing until a choice is made.
    fn choose(
        &mut self,
        label: &str,
        items: &[&str],
        default: Option<usize>,
    ) -> Result<Option<usize>>;
    fn confirm(&mut self, label: &str, default: bool) -> Result<bool>;
    /// Information for the person (a question's context, a summary): no answer expected.
    fn say(&mut self, text: &str);
}

/// Prompts on the terminal (stderr), with dialoguer.
pub struct TermPrompter;

impl Prompter for TermPrompter {
    fn text(&mut self, label: &str, allow_empty: bool) -> Result<String> {
        Input::<String>::with_theme(&SimpleTheme)
            .with_prompt(label)
            .allow_empty(allow_empty)
            .interact_text()
            .context("the prompt was interrupted")
    }

    fn choose(
        &mut self,
        label: &str,
        items: &[&str],
        default: Option<usize>,
    ) -> Result<Option<usize>> {
        let mut select = Select::with_theme(&SimpleTheme)
            .with_prompt(label)
            .items(items);
        if let Some(d) = default {
            select = select.default(d);
        }
        select.interact_opt().context("the prompt was interrupted")
    }

    fn confirm(&mut self, label: &str, default: bool) -> Result<bool> {
        Confirm::with_theme(&SimpleTheme)
            .with_prompt(label)
            .default(default)
            .interact()
            .context("the prompt was interrupted")
    }

    fn say(&mut self, text: &str) {
        eprintln!("{}", wrap(text, width()));
    }
}

/// The terminal's width in columns (stderr, where the prompts go), 80 when unknown.
pub fn width() -> usize {
    match dialoguer::console::Term::stderr().size_checked() {
        Some((_, cols)) if cols >= 20 => usize::from(cols),
        _ => 80,
    }
}

/// The note printed when Ctrl-C ends a prompt (set by [`on_interrupt`]).
static INTERRUPT_NOTE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
static INTERRUPT_NOTE_LEN: AtomicUsize = AtomicUsize::new(0);

/// From now on, Ctrl-C at a prompt shows the cursor again (a choice list hides it), prints
/// `note` on stderr, and then ends the process as Ctrl-C would have (console raises SIGINT on
/// Ctrl-C read in raw mode, so no error value comes back to clean up after).
pub fn on_interrupt(note: String) {
    let note: &'static str = Box::leak(note.into_boxed_str());
    INTERRUPT_NOTE_LEN.store(note.len(), Ordering::SeqCst);
    INTERRUPT_NOTE.store(note.as_ptr().cast_mut(), Ordering::SeqCst);
    let handler: extern "C" fn(libc::c_int) = interrupted;
    // SAFETY: the handler calls only async-signal-safe functions (write, signal, raise) and
    // reads a leaked, never-freed string.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

extern "C" fn interrupted(_: libc::c_int) {
    const SHOW_CURSOR: &[u8] = b"\x1b[?25h\n";
    let note = INTERRUPT_NOTE.load(Ordering::SeqCst);
    let len = INTERRUPT_NOTE_LEN.load(Ordering::SeqCst);
    // SAFETY: async-signal-safe calls only; `note` is null or a leaked string of `len` bytes.
    unsafe {
        libc::write(2, SHOW_CURSOR.as_ptr().cast(), SHOW_CURSOR.len());
        if !note.is_null() {
            libc::write(2, note.cast_const().cast(), len);
        }
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}

/// `prefix` then `text` wrapped at word boundaries to `width`, continued lines indented to line
/// up under the text's first word.
pub fn hang(prefix: &str, text: &str, width: usize) -> String {
    let pad = " ".repeat(prefix.chars().count());
    let room = width.saturating_sub(pad.len()).max(20);
    let body = wrap_line(text, room);
    let mut out = String::new();
    for (i, line) in body.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(&pad);
        } else {
            out.push_str(prefix);
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_only() {
        let text = "Har den enskilde behov av stöd för att bryta sin isolering?";
        let wrapped = wrap(text, 20);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 20),
            "{wrapped}"
        );
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>().join(" "),
            text
        );
        let hung = hang("  K5  ", text, 30);
        assert!(hung.starts_with("  K5  Har den"), "{hung}");
        assert!(
            hung.lines().skip(1).all(|l| l.starts_with("      ")),
            "{hung}"
        );
    }
}
