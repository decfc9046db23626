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
    // Who asked: nothing highlighted, the first `j` lands on "self".
    s.expect("Vem ansökte?").expect("asked who applied");
    s.send("j\r").unwrap();
    s.expect("Postadress").expect("asked for the address");
    s.send("Storgatan 1, 123 45 Ort\r").unwrap();
    s.expect("Boende").expect("asked for housing");
    s.send("\r").unwrap();
    s.expect("case 1 registered").expect("registered");
    let _ = s.expect(Eof);
    assert_eq!(
        s.get_process().wait().expect("wait"),
        WaitStatus::Exited(s.get_process().pid(), 0)
    );
    let show = env.json(&["show", "1"]);
    assert_eq!(show["person"]["pnr"], "199001012385");
    assert_eq!(show["person"]["name"], "Anna Andersson");
    assert!(
        show["consents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["by"] == "self" && c["kind"] == "request"),
        "{show}"
    );
    assert_eq!(show["person"]["address"], "Storgatan 1, 123 45 Ort");
}

/// `apply` with nothing but the type, for a child: a mistyped number is asked again with the
/// reason, then who asked, the guardians (how many, names), consent party by party (K1).
#[test]
fn k1_apply_for_a_child_asks_for_guardians_and_consent_and_asks_again_on_a_bad_number() {
    let env = Env::new();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("insats"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("INSATS_TODAY", TODAY)
        .env("INSATS_DB", &env.db)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args(["apply", "--insats", "kontaktperson-sol"]);
    let mut s = Session::spawn(cmd).expect("spawn in a pseudo-terminal");
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    let step = |s: &mut expectrl::session::OsSession, prompt: &str, keys: &str| {
        if let Err(e) = s.expect(prompt) {
            panic!("waiting for {prompt:?}: {e}");
        }
        s.send(keys).unwrap();
    };
    let child = pnr::CHILD_9;
    let mut typo = child.to_string();
    let last = typo.pop().unwrap();
    typo.push(if last == '0' { '1' } else { '0' });
    step(
        &mut s,
        "Personnummer eller samordningsnummer",
        &format!("{typo}\r"),
    );
    step(&mut s, "Försök igen", "");
    step(
        &mut s,
        "Personnummer eller samordningsnummer",
        &format!("{child}\r"),
    );
    step(&mut s, "Namn", "Barn Barnsson\r");
    step(&mut s, "Vem ansökte?", "jj\r");
    step(&mut s, "Hur många vårdnadshavare", "jj\r");
    step(&mut s, "Vårdnadshavare 1, namn", "Vera Vårdnad\r");
    step(&mut s, "Vårdnadshavare 1, adress", "\r");
    step(&mut s, "Vårdnadshavare 2, namn", "Valle Vårdnad\r");
    step(&mut s, "Vårdnadshavare 2, adress", "\r");
    step(&mut s, "själv samtyckt", "jj\r");
    step(&mut s, "vårdnadshavare 1 samtyckt", "j\r");
    step(&mut s, "vårdnadshavare 2 samtyckt", "j\r");
    step(&mut s, "Postadress", "\r");
    step(&mut s, "Boende", "\r");
    step(&mut s, "case 1 registered", "");
    let _ = s.expect(Eof);
    assert_eq!(
        s.get_process().wait().expect("wait"),
        WaitStatus::Exited(s.get_process().pid(), 0)
    );
    let show = env.json(&["show", "1"]);
    assert_eq!(show["person"]["guardians"], 2, "{show}");
    let consents: Vec<(String, String)> = show["consents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["by"].as_str().unwrap().into(),
                c["kind"].as_str().unwrap().into(),
            )
        })
        .collect();
    for fact in [
        ("guardian-1", "request"),
        ("guardian-2", "request"),
        ("guardian-1", "given"),
        ("guardian-2", "given"),
    ] {
        assert!(
            consents.contains(&(fact.0.into(), fact.1.into())),
            "{consents:?}"
        );
    }
    assert!(!consents.iter().any(|c| c.0 == "self"), "{consents:?}");
}
