//! Documents read from a file or standard input (`assess --answers`, `guideline import`,
//! `plan --file`), bounded in size before they are read whole: a hostile or mistaken input
//! (`/dev/zero`) is refused with a clear error instead of growing without end.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};

use crate::error::usage;

/// The largest document insats reads, in bytes. The built-in guideline is about 60 KB; an
/// answers document a few KB.
pub const MAX_DOCUMENT_BYTES: u64 = 4 * 1024 * 1024;

/// Reads `path` (`-` for stdin) as UTF-8 text of at most [`MAX_DOCUMENT_BYTES`]. `what` names
/// the document in messages ("the answers document").
pub fn read_document(path: &Path, what: &str) -> Result<String> {
    let stdin = path.as_os_str() == "-";
    let shown = if stdin {
        "standard input".to_string()
    } else {
        path.display().to_string()
    };
    let mut bytes = Vec::new();
    let read = if stdin {
        std::io::stdin()
            .lock()
            .take(MAX_DOCUMENT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_DOCUMENT_BYTES + 1).read_to_end(&mut bytes))
    };
    read.with_context(|| {
        format!("cannot read {what} {shown}: give a readable file, or '-' for stdin")
    })?;
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(usage(format!(
            "{what} in {shown} is larger than {} MB: give the document itself, not a stream or an archive",
            MAX_DOCUMENT_BYTES / (1024 * 1024)
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        usage(format!(
            "{what} in {shown} is not UTF-8 text (a byte at offset {} is not): save it as UTF-8",
            e.utf8_error().valid_up_to()
        ))
    })
}
