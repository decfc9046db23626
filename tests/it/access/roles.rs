//! S2: every role against every command, from the role table the binary prints. A command the
//! table lists without a sample here fails the test, as a command the command line has without
//! a row in the table fails `cli::tests::s2_every_command_has_a_role_decision`.

use crate::common::*;

/// A command line for each command of the role table, that gets past the role check and then
/// stops harmlessly (a case that does not exist, a rule's refusal) or changes nothing that the
/// next sample needs. `-` marks where the test puts a path of its own.
const SAMPLES: &[(&str, &[&str])] = &[
    (
        "apply",
        &[
            "apply",
            "--pnr",
            "19900101-2385",
            "--name",
            "Test Testsson",
            "--insats",
            "ledsagning-sol",
        ],
    ),
    ("assess", &["assess", "999", "--template"]),
    (
        "decide",
        &[
            "decide",
            "999",
            "--reject",
            "--no-communication-reason",
            "Uppgifterna kommer från den enskilde själv.",
            "--reason",
            "Nej.",
        ],
    ),
    ("order", &["order", "999", "--provider", "Utföraren AB"]),
    ("order --export", &["order", "999", "--export", "-"]),
    (
        "match assignee add",
        &[
            "match",
            "assignee",
            "add",
            "--name",
            "Eva Svensson",
            "--pnr",
            "19800102-2386",
            "--role",
            "kontaktperson",
            "--interview",
            "2026-11-02",
        ],
    ),
    ("match assignee list", &["match", "assignee", "list"]),
    ("match assignee show", &["match", "assignee", "show", "999"]),
    (
        "match assignee update",
        &["match", "assignee", "update", "999", "--area", "Norr"],
    ),
    (
        "match assignee step",
        &[
            "match",
            "assignee",
            "step",
            "999",
            "--stage",
            "consent",
            "--date",
            "2026-11-05",
        ],
    ),
    ("match suggest", &["match", "suggest", "999"]),
    ("match offer", &["match", "offer", "999", "--assignee", "1"]),
    ("match decline", &["match", "decline", "999"]),
    (
        "match start",
        &["match", "start", "999", "--date", "2026-11-20"],
    ),
    ("log", &["log", "999"]),
    ("log --note", &["log", "999", "--note", "Samtal."]),
    (
        "log --demand-decision",
        &["log", "999", "--demand-decision", "2026-11-23"],
    ),
    (
        "log --correct",
        &["log", "999", "--correct", "1", "--note", "Rättelse."],
    ),
    (
        "log --visit",
        &["log", "999", "--visit", "2026-11-20", "--hours", "3"],
    ),
    (
        "log --cancel",
        &[
            "log",
            "999",
            "--cancel",
            "2026-11-20",
            "--by",
            "assignee",
            "--notice-days",
            "2",
        ],
    ),
    (
        "follow-up",
        &[
            "follow-up",
            "999",
            "--outcome",
            "continue",
            "--note",
            "Samtal.",
        ],
    ),
    (
        "follow-up --agreement-review",
        &[
            "follow-up",
            "999",
            "--agreement-review",
            "--note",
            "Samtal.",
        ],
    ),
    ("follow-up --due", &["follow-up", "--due"]),
    ("report reminders", &["report", "reminders"]),
    ("report expiring", &["report", "expiring"]),
    ("report unexecuted", &["report", "unexecuted"]),
    ("report ivo", &["report", "ivo"]),
    ("report council", &["report", "council"]),
    ("report lss-register", &["report", "lss-register"]),
    ("ivo note", &["ivo", "note", "999", "--reason", "Skäl."]),
    ("report hours", &["report", "hours"]),
    ("report stats", &["report", "stats"]),
    ("report caseload", &["report", "caseload"]),
    ("report compensation", &["report", "compensation"]),
    ("report retention", &["report", "retention"]),
    ("report access", &["report", "access"]),
    ("show", &["show", "999"]),
    ("find", &["find", "Test"]),
    ("person show", &["person", "show", "19900101-2385"]),
    (
        "person update",
        &[
            "person",
            "update",
            "19900101-2385",
            "--address",
            "Gata 1",
            "--note",
            "Ny.",
        ],
    ),
    (
        "consent",
        &["consent", "999", "--by", "self", "--given", "2026-11-23"],
    ),
    (
        "withdraw",
        &[
            "withdraw",
            "999",
            "--date",
            "2026-11-23",
            "--note",
            "Återkallad.",
        ],
    ),
    ("close", &["close", "999", "--note", "Avslutat."]),
    ("reopen", &["reopen", "999", "--note", "Åter."]),
    ("list", &["list"]),
    ("letter", &["letter", "999"]),
    ("letter --sent", &["letter", "999", "--sent", "2026-11-23"]),
    (
        "letter --received",
        &["letter", "999", "--received", "2026-11-23"],
    ),
    (
        "communicate",
        &[
            "communicate",
            "999",
            "--sent",
            "2026-11-23",
            "--reply-by",
            "2026-12-07",
        ],
    ),
    (
        "communicate --reply",
        &[
            "communicate",
            "999",
            "--reply",
            "2026-11-23",
            "--note",
            "Svar.",
        ],
    ),
    ("appeal", &["appeal", "999", "--received", "2026-11-23"]),
    (
        "appeal --too-late",
        &["appeal", "999", "--too-late", "--note", "Sent."],
    ),
    (
        "appeal --forward",
        &["appeal", "999", "--forward", "2026-11-23"],
    ),
    (
        "appeal --judgment",
        &[
            "appeal",
            "999",
            "--judgment",
            "2026-11-23",
            "--outcome",
            "rejected",
        ],
    ),
    ("guideline show", &["guideline", "show"]),
    ("guideline export", &["guideline", "export"]),
    ("guideline import", &["guideline", "import", "-"]),
    ("retention delete", &["retention", "delete", "--yes"]),
    ("check", &["check"]),
    ("backup", &["backup", "--out", "-"]),
    ("restore", &["restore", "-", "--yes"]),
    ("init", &["init"]),
    (
        "staff add",
        &[
            "staff",
            "add",
            "ny.person",
            "--name",
            "Ny",
            "--title",
            "Handläggare",
            "--role",
            "caseworker",
        ],
    ),
    ("staff list", &["staff", "list"]),
    (
        "staff update",
        &["staff", "update", "ingen.alls", "--title", "Chef"],
    ),
    ("staff disable", &["staff", "disable", "ingen.alls"]),
    ("unit", &["unit", "999", "Vuxen"]),
    (
        "log --expense",
        &[
            "log",
            "999",
            "--expense",
            "2026-11-20",
            "--amount",
            "50",
            "--what",
            "Buss",
        ],
    ),
    (
        "log --changed-needs",
        &[
            "log",
            "999",
            "--changed-needs",
            "2026-11-20",
            "--note",
            "Mer stöd.",
        ],
    ),
    ("plan", &["plan", "999"]),
    ("plan --template", &["plan", "999", "--template"]),
    ("plan --file", &["plan", "999", "--file", "-"]),
    (
        "plan --check-in",
        &["plan", "999", "--check-in", "2026-11-20", "--note", "Bra."],
    ),
    ("plan --export", &["plan", "999", "--export", "md"]),
];

const ROLES: [&str; 4] = ["caseworker", "coordinator", "manager", "admin"];

/// S2: each role runs each command; the role table decides which are refused (exit 3 naming
/// S2, one denied line in the access log and nothing else changed) and which get past the
/// check (whatever they then do, they are not refused by S2).
#[test]
fn s2_every_role_against_every_command() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    for role in ROLES {
        env.staff(&format!("bara.{role}"), &[role], &[]);
    }
    let table = env.json(&["staff", "roles"]);
    let rows = table["items"].as_array().expect("items");
    let guideline = env.ok(&["guideline", "export"]);
    let mut seen = Vec::new();
    for row in rows {
        let command = row["command"].as_str().expect("command");
        if row["anyone"] == true {
            continue;
        }
        let Some((_, sample)) = SAMPLES.iter().find(|(c, _)| *c == command) else {
            panic!("`{command}` has no sample in tests/it/access/roles.rs: add one");
        };
        seen.push(command);
        let allowed: Vec<&str> = row["roles"]
            .as_array()
            .expect("roles")
            .iter()
            .map(|r| r.as_str().expect("role"))
            .collect();
        for role in ROLES {
            let args = paths(&env, sample, role);
            let login = format!("bara.{role}");
            let before = env.dump();
            let lines = env.access_lines().len();
            let out = env
                .as_user(&login)
                .args(&args)
                .write_stdin(guideline.clone())
                .output()
                .expect("run");
            let err = stderr(&out);
            if allowed.contains(&role) {
                assert!(
                    !err.contains("refused (S2)"),
                    "{role} may run `{command}` but was refused: {err}"
                );
            } else {
                assert_fails(&out, 3, "refused (S2)");
                assert_eq!(env.dump(), before, "{role} `{command}` changed the file");
                let log = env.access_lines();
                assert_eq!(log.len(), lines + 1, "{role} `{command}`: one line");
                let last = log.last().expect("the denied line");
                assert_eq!(last.kind, "denied", "{role} `{command}`");
                assert_eq!(last.command, command);
                assert_eq!(last.user, for_user(&login));
                assert!(last.reason.as_deref().is_some_and(|r| r.starts_with("S2")));
            }
        }
    }
    for (command, _) in SAMPLES {
        assert!(
            seen.contains(command),
            "the sample for `{command}` is not a command of the role table"
        );
    }
}

/// The sample with `-` as a path replaced, where the command writes one, by a path in the
/// test's folder.
fn paths(env: &Env, sample: &[&str], role: &str) -> Vec<String> {
    let mut args: Vec<String> = sample.iter().map(|s| s.to_string()).collect();
    if args[0] == "backup" {
        args[2] = env
            .dir
            .path()
            .join(format!("backup-{role}.db"))
            .display()
            .to_string();
    }
    if args[0] == "restore" {
        args[1] = env
            .dir
            .path()
            .join("no-such-backup.db")
            .display()
            .to_string();
    }
    args
}

/// S2: `staff roles` needs no file and makes none; the table has a row for every command.
#[test]
fn s2_the_role_table_needs_no_file() {
    let env = Env::new();
    let out = env.ok(&["staff", "roles"]);
    assert!(
        out.contains("kommando") && out.contains("handläggare"),
        "{out}"
    );
    assert!(!env.db.exists(), "staff roles made a file");
    let json = env.json(&["staff", "roles"]);
    let decide = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["command"] == "decide")
        .expect("decide");
    assert_eq!(decide["roles"], serde_json::json!(["caseworker"]));
    assert_eq!(decide["writes"], true);
    assert_eq!(decide["reach"], "one_case");
}

/// S2: a decision needs a delegation that covers the intervention type; the letter names the
/// decision-maker, their title and the delegation.
#[test]
fn s2_decide_needs_a_delegation_for_the_type() {
    let env = Env::new();
    let case = crate::decide_support::assessed_adult(&env);
    env.ok(&[
        "staff",
        "add",
        "utan.delegation",
        "--name",
        "Ulla Utan",
        "--title",
        "Socialsekreterare",
        "--role",
        "caseworker",
        "--delegation",
        "ledsagning-sol",
    ]);
    env.ok(&[
        "staff",
        "add",
        "med.delegation",
        "--name",
        "Maja Med",
        "--title",
        "Socialsekreterare",
        "--role",
        "caseworker",
        "--delegation",
        "kontaktperson-sol",
    ]);
    let grant = crate::decide_support::grant_args(case, &[]);
    let args = crate::decide_support::strs(&grant);
    let before = env.dump();
    let out = env.run_as("utan.delegation", &args);
    assert_fails(&out, 3, "refused (S2)");
    assert!(
        stderr(&out).contains("kontaktperson-sol"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.dump(), before);
    assert_eq!(env.last_access().kind, "denied");
    assert_eq!(env.last_access().case_id, Some(case));
    let ok = env.run_as("med.delegation", &args);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let letter = env.ok(&["letter", &case.to_string()]);
    assert!(
        letter.contains("Maja Med, Socialsekreterare\nBeslutet är fattat med stöd av delegation från Socialnämnden för beslut om kontaktperson."),
        "{letter}"
    );
    // The letter keeps the title the decision was made under.
    env.ok(&["staff", "update", "med.delegation", "--title", "Enhetschef"]);
    let again = env.ok(&["letter", &case.to_string()]);
    assert!(again.contains("Maja Med, Socialsekreterare"), "{again}");
}

/// S2: a caseworker's own nightly reminder (`--mine`) holds the cases that are theirs.
#[test]
fn s2_a_caseworkers_reminders_hold_their_own_cases() {
    let env = Env::new();
    env.staff("anna.cw", &["caseworker"], &[]);
    let out = env
        .as_user("anna.cw")
        .args(["--json", "apply", "--pnr", pnr::ADULT, "--name", "Anna A"])
        .args(["--insats", "kontaktperson-sol", "--consent", "self"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let hers: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hers = hers["case_id"].as_i64().unwrap();
    let mine = env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &["--consent", "self"]);
    for case in [hers, mine] {
        crate::support::grant_and_order(&env, case, "2026-08-03", "2027-08-02", 10.0);
    }
    let all = env.json(&["report", "reminders"]);
    let cases = |v: &serde_json::Value| -> Vec<i64> {
        let mut c: Vec<i64> = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["case_id"].as_i64().unwrap())
            .collect();
        c.dedup();
        c
    };
    assert_eq!(cases(&all), [hers, mine], "{all}");
    let out = env.run_as("anna.cw", &["--json", "report", "reminders", "--mine"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cases(&v), [hers], "{v}");
    assert_eq!(env.last_access().people, Some(1));
}
