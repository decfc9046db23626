//! Secrecy of error messages (G5, issue 9): a failed or refused command says what was wrong
//! without printing personal data from the file that the user did not type on that command
//! line: no name, no address, no personal identity number in any form.

use crate::common::*;
use crate::decide_support::{ChildView, complete_assessment};
use crate::matching::{add, apnr};
use crate::secrecy::forms;
use crate::support::grant_and_order;

/// A person in the file: number, name, address.
struct Person {
    pnr: &'static str,
    name: &'static str,
    address: &'static str,
}

const ANNA: Person = Person {
    pnr: pnr::ADULT,
    name: "Anna Adultsson",
    address: "Annavägen 1, 111 11 Annestad",
};
const KIM: Person = Person {
    pnr: pnr::CHILD_14,
    name: "Kim Fjortonsson",
    address: "Kimvägen 2, 222 22 Kimstad",
};
const TOVE: Person = Person {
    pnr: pnr::YOUNG_20,
    name: "Tove Tjugosson",
    address: "Tovevägen 3, 333 33 Tovestad",
};
const BO: Person = Person {
    pnr: pnr::CHILD_9,
    name: "Bo Barnsson",
    address: "Bovägen 4, 444 44 Bostad",
};
const MATS: Person = Person {
    pnr: pnr::ADULT_MAN,
    name: "Mats Skyddsson",
    address: "Matsvägen 5, 555 55 Matsstad",
};
const SIXTEN: Person = Person {
    pnr: pnr::TEEN_16,
    name: "Sixten Sextonsson",
    address: "Sixtenvägen 6, 666 66 Sixtenstad",
};
const GRETA: Person = Person {
    pnr: pnr::SENIOR_70,
    name: "Greta Gammalsson",
    address: "Gretavägen 7, 777 77 Gretastad",
};
const PEOPLE: [&Person; 7] = [&ANNA, &KIM, &TOVE, &BO, &MATS, &SIXTEN, &GRETA];

/// The assignees: (number, name).
const RELATIVE: (&str, &str) = (apnr::M2, "Rolf Släktingsson");
const ULLA: (&str, &str) = (apnr::F2, "Ulla Uppdragsson");
const ULF: (&str, &str) = (apnr::M1, "Ulf Uppdragsson");

fn apply(env: &Env, p: &Person, insats: &str, received: &str, extra: &[&str]) -> i64 {
    let mut args = vec![
        "apply",
        "--pnr",
        p.pnr,
        "--name",
        p.name,
        "--insats",
        insats,
        "--received",
        received,
        "--address",
        p.address,
    ];
    args.extend_from_slice(extra);
    env.json(&args)["case_id"].as_i64().expect("case_id")
}

/// Every piece of personal data the file holds: names and their parts, addresses and their
/// parts, numbers in every form; each with the number or text that, typed, makes it the
/// user's own.
fn personal_data() -> Vec<(String, String)> {
    let mut all = Vec::new();
    let mut text = |owner: &str, s: &str| {
        all.push((s.to_string(), owner.to_string()));
        for word in s.split([' ', ',']).filter(|w| w.chars().count() >= 4) {
            if word.chars().all(char::is_alphabetic) {
                all.push((word.to_string(), owner.to_string()));
            }
        }
    };
    for p in PEOPLE {
        text(p.name, p.name);
        text(p.address, p.address);
    }
    for (_, name) in [RELATIVE, ULLA, ULF] {
        text(name, name);
    }
    let numbers = PEOPLE
        .iter()
        .map(|p| p.pnr)
        .chain([RELATIVE.0, ULLA.0, ULF.0]);
    for n in numbers {
        for f in forms(n) {
            all.push((f, n.to_string()));
        }
    }
    all
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether the user typed `owner` (a name, an address, or a number in any form) on the line.
fn typed(args: &[&str], piece: &str, owner: &str) -> bool {
    args.iter().any(|a| {
        a.contains(piece)
            || a.contains(owner)
            || (digits(owner).len() == 12 && {
                let d = digits(a);
                d.len() >= 10 && digits(owner).ends_with(&d[d.len() - 10..])
            })
    })
}

/// Runs a command that must fail (exit 1, 2 or 3), and checks that neither stream holds
/// personal data the command line did not.
fn fails_without_leaking(env: &Env, args: &[&str]) -> String {
    let before = env.dump();
    let out = env.run(args);
    assert!(
        matches!(out.status.code(), Some(1..=3)),
        "insats {args:?} should fail: {:?} {}",
        out.status.code(),
        stderr(&out)
    );
    let printed = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!printed.contains("panicked"), "{printed}");
    for (piece, owner) in personal_data() {
        if !typed(args, &piece, &owner) {
            assert!(
                !printed.contains(&piece),
                "insats {args:?} prints {piece:?}, which it was not given:\n{printed}"
            );
        }
    }
    assert_eq!(env.dump(), before, "{args:?} changed the file");
    stderr(&out)
}

/// A granted case, ordered and started with `assignee` (real commands all the way).
fn executed(env: &Env, case: i64, from: &str, to: &str, assignee: i64, start: &str) {
    grant_and_order(env, case, from, to, 8.0);
    let c = case.to_string();
    let a = assignee.to_string();
    env.json(&["--today", start, "match", "offer", &c, "--assignee", &a]);
    env.json(&["--today", start, "match", "start", &c, "--date", start]);
}

#[test]
fn g5_errors_print_no_personal_data_the_user_did_not_type() {
    let env = Env::new();
    let today = TODAY;
    // K1: an adult's case started by the committee, without the person's consent.
    let k1 = apply(
        &env,
        &ANNA,
        "kontaktperson-sol",
        today,
        &["--requested-by", "committee"],
    );
    complete_assessment(&env, k1, "grant", None);
    // K3: LVU for a 14-year-old without a recorded crime.
    let k3 = apply(
        &env,
        &KIM,
        "kvalificerad-lvu",
        today,
        &["--requested-by", "committee", "--guardians", "2"],
    );
    complete_assessment(&env, k3, "grant", Some(ChildView::heard()));
    // K6: kvalificerad-sol from the 21st birthday.
    let k6 = apply(
        &env,
        &TOVE,
        "kvalificerad-sol",
        today,
        &["--consent", "self"],
    );
    complete_assessment(&env, k6, "grant", None);
    // C1: a child's case assessed without the child's view.
    let c1 = apply(
        &env,
        &BO,
        "kontaktperson-sol",
        today,
        &["--consent", "guardian", "--guardians", "2"],
    );
    complete_assessment(&env, c1, "grant", Some(ChildView::missing()));
    // M3: a protected person's case ordered, and a relative of theirs in the register.
    let m3 = apply(
        &env,
        &MATS,
        "kontaktperson-sol",
        "2026-10-01",
        &["--consent", "self", "--protected"],
    );
    grant_and_order(&env, m3, "2026-10-01", "2027-09-30", 8.0);
    let relative = add(
        &env,
        RELATIVE.1,
        RELATIVE.0,
        "kontaktperson",
        &[
            "--record-checked",
            "2026-06-01",
            "--approved",
            "2026-06-15",
            "--relative-of",
            MATS.pnr,
        ],
    );
    // E3: a 16-year-old's executed case; G3: a grant that ended in June.
    let approved = ["--record-checked", "2025-12-01", "--approved", "2025-12-15"];
    let ulla = add(&env, ULLA.1, ULLA.0, "kontaktperson", &approved);
    let ulf = add(&env, ULF.1, ULF.0, "kontaktperson", &approved);
    let e3 = apply(
        &env,
        &SIXTEN,
        "kontaktperson-sol",
        "2026-06-01",
        &["--consent", "self", "--guardians", "2"],
    );
    executed(&env, e3, "2026-06-01", "2027-05-31", ulla, "2026-06-20");
    let g3 = apply(
        &env,
        &GRETA,
        "kontaktperson-sol",
        "2026-01-01",
        &["--consent", "self"],
    );
    executed(&env, g3, "2026-01-01", "2026-06-30", ulf, "2026-01-15");

    let (k1, k3, k6, c1, m3, e3, g3) = (
        k1.to_string(),
        k3.to_string(),
        k6.to_string(),
        c1.to_string(),
        m3.to_string(),
        e3.to_string(),
        g3.to_string(),
    );
    let grant = |case: &str, from: &'static str, to: &'static str| -> Vec<String> {
        [
            "decide", case, "--grant", "--from", from, "--to", to, "--hours", "8", "--goal", "Mål",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let broken = env.dir.path().join("broken-guideline.json");
    std::fs::write(
        &broken,
        r#"{"id": "x", "version": 1, "questions": [{"id": 2}]}"#,
    )
    .unwrap();
    let not_json = env.dir.path().join("not-json.json");
    std::fs::write(&not_json, "{ inte json").unwrap();
    let wrong_answers = env.dir.path().join("answers.json");
    std::fs::write(
        &wrong_answers,
        format!(r#"{{"case_id": {m3}, "guideline": "x", "questions": []}}"#),
    )
    .unwrap();

    let refusals: Vec<(Vec<String>, Option<&str>)> = vec![
        (grant(&k1, "2026-12-01", "2027-05-31"), Some("K1")),
        (grant(&k3, "2026-12-31", "2027-05-31"), Some("K3")),
        (grant(&k6, "2027-01-01", "2027-06-30"), Some("K6")),
        (grant(&c1, "2026-12-01", "2027-05-31"), Some("C1")),
        (
            strings(&["match", "offer", &m3, "--assignee", &relative.to_string()]),
            Some("M3"),
        ),
        (
            strings(&[
                "log",
                &e3,
                "--cancel",
                "2026-11-20",
                "--by",
                "individual",
                "--notice-days",
                "3",
                "--hours",
                "2",
            ]),
            Some("E3"),
        ),
        (
            strings(&["log", &g3, "--visit", "2026-07-10", "--hours", "2"]),
            Some("G3"),
        ),
        (
            strings(&["log", &k1, "--visit", "2026-11-20", "--hours", "2"]),
            Some("G3"),
        ),
        (
            strings(&["retention", "delete", "--person", "1", "--yes"]),
            Some("R2"),
        ),
    ];
    for (args, rule) in &refusals {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = fails_without_leaking(&env, &args);
        if let Some(rule) = rule {
            assert!(
                err.contains(&format!("refused ({rule})")),
                "{args:?}: {err}"
            );
        }
    }

    let relative_id = relative.to_string();
    let kims_entry: i64 = env
        .conn()
        .query_row(
            "SELECT max(id) FROM journal WHERE case_id = ?1",
            [&k3],
            |r| r.get(0),
        )
        .unwrap();
    let kims_entry = kims_entry.to_string();
    let failures: Vec<Vec<&str>> = vec![
        // Unknown cases and entries.
        vec!["show", "99"],
        vec!["log", "99", "--note", "x"],
        vec!["decide", "99", "--reject", "--reason", "x"],
        vec!["letter", "99"],
        vec!["order", "99", "--provider", "Utföraren AB"],
        vec!["match", "suggest", "99"],
        vec!["follow-up", "99", "--outcome", "continue", "--note", "x"],
        vec!["assess", "99", "--template"],
        vec!["log", &k1, "--correct", "9999", "--note", "x"],
        vec!["log", &k1, "--correct", &kims_entry, "--note", "Rättelse."],
        vec!["letter", &e3, "--decision", "1"],
        vec!["match", "assignee", "show", "99"],
        // Bad numbers, near the file's own.
        vec![
            "apply",
            "--pnr",
            "19900101-2386",
            "--name",
            "X Y",
            "--insats",
            "ledsagning-sol",
        ],
        vec![
            "apply",
            "--pnr",
            "900101-238",
            "--name",
            "X Y",
            "--insats",
            "ledsagning-sol",
        ],
        vec![
            "match",
            "assignee",
            "add",
            "--name",
            "Ny Person",
            "--pnr",
            "19900101-2384",
            "--role",
            "kontaktperson",
        ],
        vec![
            "match",
            "assignee",
            "add",
            "--name",
            "Ny Person",
            "--pnr",
            apnr::F3,
            "--role",
            "kontaktperson",
            "--relative-of",
            "19851301-2390",
        ],
        // A number already registered as an assignee, under another name.
        vec![
            "match",
            "assignee",
            "add",
            "--name",
            "Annan Person",
            "--pnr",
            ULLA.0,
            "--role",
            "kontaktperson",
        ],
        // Visits and cancellations that cannot be counted.
        vec!["log", &e3, "--visit", "2026-06-10", "--hours", "2"],
        vec!["log", &e3, "--visit", "2026-12-10", "--hours", "2"],
        vec!["log", &m3, "--visit", "2026-11-20", "--hours", "2"],
        vec![
            "log",
            &e3,
            "--cancel",
            "2026-06-10",
            "--by",
            "guardian",
            "--notice-days",
            "3",
        ],
        // Matching what cannot be matched.
        vec!["match", "offer", &e3, "--assignee", &relative_id],
        vec!["match", "start", &m3, "--date", "2026-11-20"],
        vec!["match", "decline", &m3],
        // Follow-ups without a grant, or past it.
        vec!["follow-up", &k1, "--outcome", "continue", "--note", "x"],
        vec![
            "follow-up",
            &g3,
            "--outcome",
            "extend",
            "--note",
            "x",
            "--to",
            "2026-03-01",
        ],
        // Guidelines and answers documents that do not read.
        vec!["guideline", "import", broken.to_str().unwrap()],
        vec!["guideline", "import", not_json.to_str().unwrap()],
        vec!["assess", &m3, "--answers", wrong_answers.to_str().unwrap()],
        vec!["assess", &c1, "--answers", not_json.to_str().unwrap()],
        // Usage errors.
        vec!["decide", &k1, "--grant"],
        vec!["apply", "--pnr", MATS.pnr],
    ];
    for args in &failures {
        fails_without_leaking(&env, args);
    }
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}
