//! Hostile and mistaken input: documents bounded in size, control characters refused at input
//! and made harmless in output, numbers parsed by one validator.

use crate::common::*;
use crate::decide_support::*;

#[test]
fn documents_are_bounded_before_they_are_read_whole() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let before = env.dump();
    let out = env.run(&["assess", &case.to_string(), "--answers", "/dev/zero"]);
    assert_fails(&out, 2, "larger than 4 MB");
    assert_eq!(env.dump(), before);
    let big = env.dir.path().join("big.json");
    std::fs::write(&big, vec![b' '; 5 * 1024 * 1024]).unwrap();
    let out = env.run(&["guideline", "import", big.to_str().unwrap()]);
    assert_fails(&out, 2, "larger than 4 MB");
    assert_eq!(env.dump(), before);
}

#[test]
fn control_characters_and_bidi_overrides_are_refused_at_input() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let before = env.dump();
    let out = env.run(&[
        "apply",
        "--pnr",
        pnr::ADULT_MAN,
        "--name",
        "Eva \u{1b}]0;PWNED\u{7}",
        "--insats",
        "kontaktperson-sol",
    ]);
    assert_fails(
        &out,
        2,
        "the value of --name holds an escape character (U+001B)",
    );
    assert!(!stderr(&out).contains("PWNED"), "the value is not echoed");
    let out = env.run(&["log", "1", "--note", "Anna \u{202E}nosrettA"]);
    assert_fails(&out, 2, "bidirectional control (U+202E)");
    let out = env.run(&[
        "person",
        "update",
        pnr::ADULT,
        "--address",
        "Gata 1\nRad 2",
        "--note",
        "x",
    ]);
    assert_fails(&out, 2, "the value of --address holds a line break");
    assert_eq!(env.dump(), before, "nothing refused is written");
    // A note may have lines.
    env.ok(&["log", "1", "--note", "Rad ett.\nRad två."]);
}

#[test]
fn what_an_older_file_holds_prints_harmlessly_and_json_stays_exact() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    env.conn()
        .execute(
            "UPDATE person SET name = 'Eva ' || char(27) || ']0;PWNED' || char(7) || char(27) || '[2J' || char(8238)",
            [],
        )
        .unwrap();
    for args in [
        vec!["show", "1"],
        vec!["list"],
        vec!["find", "Eva"],
        vec!["report", "stats", "--year", "2026"],
    ] {
        let out = env.run(&args);
        let text = stdout(&out);
        assert!(!text.contains('\u{1b}'), "{args:?}: {text:?}");
        assert!(
            !text.contains('\u{7}') && !text.contains('\u{202E}'),
            "{args:?}: {text:?}"
        );
    }
    let shown = env.ok(&["show", &case.to_string()]);
    assert!(shown.contains("Eva ^[]0;PWNED^G^[[2J<U+202E>"), "{shown}");
    let v = env.json(&["show", &case.to_string()]);
    assert_eq!(
        v["person"]["name"],
        "Eva \u{1b}]0;PWNED\u{7}\u{1b}[2J\u{202E}"
    );
}

#[test]
fn hours_are_one_validator_for_every_command() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(case, &[])));
    let c = case.to_string();
    for hours in ["1e308", "inf", "745", "0"] {
        let mut args = grant_args(case, &[]);
        args[8] = hours.to_string();
        assert_fails_unchanged(&env, &strs(&args), 2, "not a number of hours per month");
        assert_fails_unchanged(
            &env,
            &[
                "follow-up",
                &c,
                "--outcome",
                "change",
                "--to",
                "2027-06-30",
                "--hours",
                hours,
                "--note",
                "x",
            ],
            2,
            "not a number of hours per month",
        );
    }
}

#[test]
fn a_killed_backups_partial_copy_is_gone_at_the_next_backup() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    // The copy of a backup process that no longer runs.
    let stale = env.dir.path().join(".kopia.db.partial-2147483000");
    std::fs::write(&stale, b"half a copy").unwrap();
    let out = env.dir.path().join("kopia.db");
    env.ok(&["backup", "--out", out.to_str().unwrap()]);
    assert!(!stale.exists(), "the stale partial copy is removed");
    assert!(out.exists());
}

#[test]
fn a_killed_demo_leaves_a_file_the_next_demo_replaces() {
    let env = Env::new();
    let path = env.dir.path().join("demo.db");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("insats"))
        .args(["demo", "--cases", "30000", "--db", path.to_str().unwrap()])
        .env("INSATS_TODAY", TODAY)
        .env("HOME", env.dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let _ = child.kill();
    let _ = child.wait();
    let out = env
        .bare()
        .args(["demo", "--cases", "50", "--db", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}
