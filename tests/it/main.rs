//! One integration test binary: every test drives the real `insats` binary in a temp folder
//! with a pinned date and user (see `common`). Test names carry the rule IDs they guard.

mod access;
mod apply_pty;
mod assess;
mod assess_pty;
mod carrying;
mod common;
mod concurrency;
mod decide;
mod decide_support;
mod demo_file;
mod due_process;
mod file;
mod foundation;
mod guideline_cmd;
mod hostile;
mod journal;
mod layers;
mod letter;
mod letter_kinds;
mod matching;
mod order;
mod people;
mod pnr_forms;
mod props;
mod props_answers;
mod reports;
mod safety;
mod secrecy;
mod secrecy_errors;
mod shared_host;
mod support;
mod tamper;
mod upgrade;
