//! The journal: notes, corrections, reading; append-only in the file itself (G4).

use std::process::Command as Std;

use crate::common::*;

#[test]
fn g4_notes_and_corrections_are_appended_and_read_back() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    let note = env.json(&["log", "1", "--note", "Hembesök genomfört."]);
    assert_eq!(note["entry_id"], 2);
    assert_eq!(note["kind"], "note");
    let fix = env.json(&[
        "log",
        "1",
        "--correct",
        "2",
        "--note",
        "Hembesök genomfört 20 nov.",
    ]);
    assert_eq!(fix["corrects"], 2);
    let journal = env.json(&["log", "1"]);
    let entries = journal["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(
        entries[1]["text"], "Hembesök genomfört.",
        "the original stays"
    );
    assert_eq!(entries[1]["corrected_by"], serde_json::json!([3]));
    assert_eq!(entries[2]["kind"], "correction");
    assert_eq!(entries[2]["user"], user());
    assert_eq!(entries[2]["day"], TODAY);
    let human = env.ok(&["log", "1"]);
    assert!(human.contains("[rättad genom #3]"), "{human}");
    assert!(human.contains("[rättar #2]"), "{human}");
}

#[test]
fn g4_corrections_must_point_at_an_entry_of_the_same_case() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.apply(pnr::SENIOR_70, "ledsagning-sol", &[]);
    let before = env.dump();
    assert_fails(
        &env.run(&["log", "1", "--correct", "2", "--note", "x"]),
        1,
        "another case",
    );
    assert_fails(
        &env.run(&["log", "1", "--correct", "99", "--note", "x"]),
        1,
        "no journal entry 99",
    );
    assert_fails(&env.run(&["log", "1", "--correct", "1"]), 2, "--note");
    assert_fails(&env.run(&["log", "1", "--note", "   "]), 2, "empty");
    assert_eq!(env.dump(), before);
}

#[test]
fn g4_update_and_delete_on_the_journal_fail_in_the_file_itself() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &[]);
    env.ok(&["log", "1", "--note", "Anteckning."]);
    let before = env.dump();
    let c = env.conn();
    let e = c
        .execute("UPDATE journal SET text = 'ändrad' WHERE id = 2", [])
        .unwrap_err();
    assert!(e.to_string().contains("append-only (G4)"), "{e}");
    let e = c
        .execute("DELETE FROM journal WHERE id = 2", [])
        .unwrap_err();
    assert!(e.to_string().contains("append-only (G4)"), "{e}");
    let e = c.execute("DELETE FROM audit", []).unwrap_err();
    assert!(e.to_string().contains("append-only"), "{e}");
    drop(c);
    // And from the sqlite3 shell, where the machine has one.
    if let Ok(out) = Std::new("sqlite3")
        .arg(&env.db)
        .arg("DELETE FROM journal; UPDATE journal SET text = 'x';")
        .output()
    {
        assert!(!out.status.success() || !out.stderr.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains("append-only"));
    }
    assert_eq!(env.dump(), before);
}

/// Issue 20: `show` speaks Swedish to the caseworker (labels, states, the carrying out, the
/// journal's columns and corrections); its JSON keeps the English keys and codes (SPEC).
#[test]
fn show_speaks_swedish_and_its_json_keeps_the_keys() {
    let env = Env::new();
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--received", "2026-01-01"],
    );
    let g = crate::support::grant_and_order(&env, case, "2026-01-01", "2026-12-31", 10.0);
    crate::support::execute_order(&env, g.order_id, "2026-01-15");
    let note = env.json(&["log", "1", "--note", "Hembesök."]);
    let id = note["entry_id"].to_string();
    env.ok(&["log", "1", "--correct", &id, "--note", "Hembesök 20 nov."]);
    let human = env.ok(&["show", "1"]);
    for swedish in [
        "Ärende 1 · kontaktperson-sol · verkställd",
        "(36 år, kvinna)",
        "  inkom             2026-01-01",
        "  handläggare       ",
        "  beslut            #1 bifall 2026-01-01 – 2026-12-31, 10 tim/mån",
        "  beställning       #1 till Utföraren AB",
        "Genomförande",
        "  timmar            ",
        "Journal",
        "nr ",
        "[rättar #",
        "[rättad genom #",
    ] {
        assert!(human.contains(swedish), "no {swedish:?} in:\n{human}");
    }
    for english in [
        "Case 1",
        "caseworker",
        "Carrying out",
        "received",
        "corrected by",
        "h/month",
        "years",
        "female",
        "executed",
    ] {
        assert!(!human.contains(english), "{english:?} in:\n{human}");
    }
    let v = env.json(&["show", "1"]);
    assert_eq!(v["status"], "executed");
    assert_eq!(v["person"]["sex"], "female");
    assert_eq!(v["decision"]["outcome"], "grant");
    assert_eq!(v["order"]["status"], "executed");
    assert!(v["case"]["caseworker"].is_string(), "{v}");
    assert!(v["case"]["received"].is_string(), "{v}");
    assert!(v["hours"]["remaining"].is_number(), "{v}");
    let corrected = v["journal"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Hembesök.")
        .unwrap();
    assert_eq!(corrected["kind"], "note");
    assert_eq!(corrected["corrected_by"].as_array().unwrap().len(), 1);
}
