//! `insats manpage`: the manual page (roff), made from the command line itself by clap_mangen.
//! Needs no file. `scripts/update-generated` keeps a copy in man/insats.1.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;

use crate::render::{Output, Style};

/// Print the manual page (roff) of insats
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  insats manpage > insats.1 && man ./insats.1")]
pub struct ManpageArgs {}

pub struct Page(Vec<u8>);

impl Output for Page {
    fn json(&self) -> serde_json::Value {
        serde_json::json!({ "manpage": String::from_utf8_lossy(&self.0) })
    }
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        w.write_all(&self.0)
    }
    fn binary(&self) -> bool {
        // roff passes as it is (it holds no data from the file).
        true
    }
}

/// The page, as bytes.
pub fn page() -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(crate::cli::command()).render(&mut buf)?;
    Ok(buf)
}

pub fn run(_: ManpageArgs) -> Result<Box<dyn Output>> {
    Ok(Box::new(Page(page()?)))
}
