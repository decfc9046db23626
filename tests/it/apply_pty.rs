//! `insats apply` at a terminal asks for what the flags leave out (a real pseudo-terminal).

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Session};

use crate::common::*;

#[test]
fn apply_at_a_terminal_asks_for_missing_flags_and_registers_the_case() {
    let env = Env::new();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("insats"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("INSATS_TODAY", TODAY)
        .env("INSATS_DB", &env.db)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args([
            "apply",
            "--insats",
            "kontaktperson-sol",
            "--consent",
            "self",
        ]);
    let mut s = Session::spawn(cmd).expect("spawn in a pseudo-terminal");
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    s.expect("Personnummer eller samordningsnummer")
        .expect("asked for the number");
    s.send("900101-2385\r").unwrap();
    s.expect("Namn").expect("asked for the name");
    s.send("Anna Andersson\r").unwrap();
    s.expect("case 1 registered").expect("registered");
    let _ = s.expect(Eof);
    assert_eq!(
        s.get_process().wait().expect("wait"),
        WaitStatus::Exited(s.get_process().pid(), 0)
    );
    let show = env.json(&["show", "1"]);
    assert_eq!(show["person"]["pnr"], "199001012385");
    assert_eq!(show["person"]["name"], "Anna Andersson");
}
