//! S1: who acts is the system's account; `--user` is for an administrator (or root) and is
//! recorded as both.

use crate::common::*;

/// S1: the account acts as itself, whatever $USER and $LOGNAME say.
#[test]
fn s1_the_system_account_acts_not_user_from_the_environment() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("USER", "Chef Spoofad")
        .env("LOGNAME", "Chef Spoofad")
        .args(["--json", "apply", "--pnr", pnr::ADULT, "--name", "Anna A"])
        .args(["--insats", "kontaktperson-sol", "--consent", "self"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let users: Vec<String> = env
        .conn()
        .prepare("SELECT DISTINCT user FROM audit")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(users, [user()]);
    let show = env.json(&["show", "1"]);
    assert_eq!(show["case"]["caseworker"], user());
    // The account that made the file is in its register with every role and delegation.
    let staff = env.json(&["staff", "list"]);
    let me = &staff["items"][0];
    assert_eq!(me["login"], user());
    assert_eq!(me["roles"].as_array().unwrap().len(), 4);
    assert_eq!(me["delegations"].as_array().unwrap().len(), 7);
}

/// S1: an administrator acting for a registered person is recorded as "LOGIN for NAME", and
/// NAME's roles apply; naming someone unregistered or disabled is refused, except by root.
#[test]
fn s1_an_administrator_acts_for_a_registered_person_recorded_as_both() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    env.staff("anna.cw", &["caseworker"], &[]);
    let out = env.run_as(
        "anna.cw",
        &["log", "1", "--note", "Samtal med den enskilde."],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let journal = env.json(&["log", "1"]);
    let last = journal["entries"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["user"], for_user("anna.cw"));
    let line = env
        .access_lines()
        .into_iter()
        .find(|l| l.command == "log --note")
        .unwrap();
    assert_eq!(line.user, for_user("anna.cw"));
    assert_eq!(line.staff, "anna.cw");
    assert_eq!(line.kind, "change");
    // NAME's roles apply: a caseworker keeps no staff register.
    let before = env.dump();
    let out = env.run_as(
        "anna.cw",
        &[
            "staff", "add", "x.y", "--name", "X", "--title", "T", "--role", "admin",
        ],
    );
    assert_fails(&out, 3, "refused (S2)");
    assert_eq!(env.dump(), before);
    // A new case belongs to NAME.
    let made = env
        .as_user("anna.cw")
        .args(["--json", "apply", "--pnr", pnr::ADULT_MAN, "--name", "Bo B"])
        .args(["--insats", "kontaktperson-sol", "--consent", "self"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", stderr(&made));
    assert_eq!(env.json(&["show", "2"])["case"]["caseworker"], "anna.cw");

    env.ok(&["staff", "disable", "anna.cw"]);
    for name in ["anna.cw", "okand.person"] {
        let before = env.dump();
        let out = env.run_as(name, &["show", "1"]);
        if insats::host::account().uid == 0 {
            // Root is the superuser it is anyway: recorded as root for NAME.
            assert!(out.status.success(), "{}", stderr(&out));
            assert_eq!(env.last_access().user, for_user(name));
        } else {
            assert_fails(&out, 3, "refused (S1)");
            assert_eq!(env.dump(), before);
            assert_eq!(env.last_access().kind, "denied");
        }
    }
}

/// S1: a name with control characters, or an empty one, is a usage error and writes nothing.
#[test]
fn s1_a_name_with_control_characters_is_refused() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    let before = env.dump();
    let lines = env.access_lines().len();
    for name in ["chef\u{1b}[31m", "", "  ", "a\nb"] {
        let out = env
            .cmd()
            .args(["--user", name, "show", "1"])
            .output()
            .unwrap();
        assert_fails(&out, 2, "--user");
    }
    assert_eq!(env.dump(), before);
    assert_eq!(env.access_lines().len(), lines);
}

/// S1: someone who is not an administrator may not name another user. The test account made
/// the file and is its administrator; demoted, it may name nobody but itself (root excepted,
/// as the system excepts it).
#[test]
fn s1_naming_another_user_is_refused_for_a_non_administrator() {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    env.staff("ny.admin", &["admin"], &[]);
    env.staff("anna.cw", &["caseworker"], &[]);
    let me = user();
    env.ok(&["staff", "update", &me, "--role", "caseworker"]);
    let out = env.run_as("anna.cw", &["show", "1"]);
    if insats::host::account().uid == 0 {
        assert!(out.status.success(), "{}", stderr(&out));
    } else {
        assert_fails(&out, 3, "refused (S1)");
    }
    // Naming oneself is acting as oneself.
    let own = env
        .cmd()
        .args(["--user", &me, "show", "1"])
        .output()
        .unwrap();
    assert!(own.status.success(), "{}", stderr(&own));
    assert_eq!(env.last_access().user, me);
    // The register always keeps an administrator.
    let out = env.run(&["staff", "disable", "ny.admin"]);
    if insats::host::account().uid == 0 {
        assert_fails(&out, 1, "no administrator");
    } else {
        assert_fails(&out, 3, "refused (S2)");
    }
}
