//! Rendering results: one place turns a command's result into JSON or human text.

pub mod doc;
pub mod headers;
pub mod letter;
pub mod pdf;
pub mod plan;
pub mod provider_order;
pub mod report;
pub mod safe;
pub mod spill;
pub mod table;

use std::io::{self, Write};

use anyhow::Result;

use crate::Ctx;

/// How human output may look.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub tty: bool,
}

/// A command's result.
pub trait Output {
    /// The one JSON document printed with `--json`.
    fn json(&self) -> serde_json::Value;
    /// The human form, for stdout.
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()>;
    /// Already written to stdout while it was made (a streamed report): nothing left to print.
    fn written(&self) -> bool {
        false
    }
    /// Bytes to pass untouched (a PDF), not text to make safe for a terminal.
    fn binary(&self) -> bool {
        false
    }
}

/// Implements `Output::json` through `Serialize`.
#[macro_export]
macro_rules! json_by_serde {
    () => {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    };
}

/// Prints a result: JSON with `--json`, else the human form.
pub fn emit(ctx: &Ctx, output: &dyn Output) -> Result<()> {
    if output.written() {
        return Ok(());
    }
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    if ctx.json {
        serde_json::to_writer_pretty(&mut w, &output.json())?;
        writeln!(w)?;
    } else {
        let style = Style {
            color: ctx.color,
            tty: ctx.stdout_tty,
        };
        if output.binary() {
            output.human(&mut w, style)?;
        } else {
            let mut safe = safe::Safe::new(&mut w);
            output.human(&mut safe, style)?;
            safe.flush()?;
        }
    }
    w.flush()?;
    Ok(())
}

/// Nothing to print (the command said what it did on stderr, or there is nothing to say).
pub struct Silent;

impl Output for Silent {
    fn json(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
    fn human(&self, _: &mut dyn Write, _: Style) -> io::Result<()> {
        Ok(())
    }
}

/// Bold when colour is on.
pub fn bold(text: &str, style: Style) -> String {
    if style.color {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// A yes/no for a caseworker.
pub fn ja_nej(b: bool) -> &'static str {
    if b { "ja" } else { "nej" }
}
