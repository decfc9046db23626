//! The interactive layer: questions to a person at a terminal, behind a small trait so that
//! commands can be driven without one.

use anyhow::{Context, Result};
use dialoguer::{Confirm, Input, Select, theme::SimpleTheme};

pub trait Prompter {
    /// Free text; `allow_empty` lets the person skip it.
    fn text(&mut self, label: &str, allow_empty: bool) -> Result<String>;
    /// One of `items`; returns its index.
    fn choose(&mut self, label: &str, items: &[&str], default: usize) -> Result<usize>;
    fn confirm(&mut self, label: &str, default: bool) -> Result<bool>;
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

    fn choose(&mut self, label: &str, items: &[&str], default: usize) -> Result<usize> {
        Select::with_theme(&SimpleTheme)
            .with_prompt(label)
            .items(items)
            .default(default)
            .interact()
            .context("the prompt was interrupted")
    }

    fn confirm(&mut self, label: &str, default: bool) -> Result<bool> {
        Confirm::with_theme(&SimpleTheme)
            .with_prompt(label)
            .default(default)
            .interact()
            .context("the prompt was interrupted")
    }
}
