//! One integration test binary: every test drives the real `insats` binary in a temp folder
//! with a pinned date and user (see `common`). Test names carry the rule IDs they guard.

mod common;
mod file;
mod foundation;
mod journal;
mod pnr_forms;
mod reports;
mod support;
mod upgrade;
