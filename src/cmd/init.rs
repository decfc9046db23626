//! `insats init`: create (or migrate) the file and say where it is.

use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;

use crate::Ctx;
use crate::json_by_serde;
use crate::render::{Output, Style};
use crate::store::latest_version;

#[derive(Debug, Serialize)]
pub struct Initialised {
    pub db: String,
    pub schema_version: i64,
}

impl Output for Initialised {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(
            w,
            "{} is ready (schema version {})",
            self.db, self.schema_version
        )
    }
}

pub fn run(ctx: &Ctx, command: &'static str) -> Result<Box<dyn Output>> {
    let mut store = ctx.open_or_create(command)?;
    store.write(|tx| tx.audit("init", None))?;
    Ok(Box::new(Initialised {
        db: store.path().display().to_string(),
        schema_version: latest_version(),
    }))
}
