//! Due process around a decision, through the binary: kommunicering (F1), motivering (F2),
//! notice (F3), the appeal's time (F4), omprövning (F5), forwarding (F6), a judgment that
//! grants (F7), and drafts with unconfirmed references (R3), with their boundary days.

use serde_json::Value;

use crate::common::*;
use crate::decide_support::*;

const REASON: &str = "Du har ett fungerande nätverk genom föreningen.";
const NO_COMM: &str = "Uppgifterna kommer från den enskilde själv.";

/// An adult's case assessed with a rejection recommendation.
fn assessed_for_rejection(env: &Env) -> i64 {
    let case = env.apply(
        pnr::ADULT,
        "kontaktperson-sol",
        &["--address", "Storgatan 1"],
    );
    complete_assessment(env, case, "reject", None);
    case
}

fn on(day: &str, args: &[&str]) -> Vec<String> {
    let mut v = vec!["--today".to_string(), day.to_string()];
    v.extend(args.iter().map(|s| s.to_string()));
    v
}

fn reject(case: &str, extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = ["decide", case, "--reject", "--reason", REASON]
        .iter()
        .map(|s| s.to_string())
        .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

fn with_today(day: &str, args: Vec<String>) -> Vec<String> {
    let mut v = vec!["--today".to_string(), day.to_string()];
    v.extend(args);
    v
}

/// A rejection decided on 2026-11-23 without kommunicering (documented), its letter sent that
/// day and received on `received`.
fn rejected_and_received(env: &Env, received: &str) -> String {
    let case = assessed_for_rejection(env).to_string();
    env.json(&strs(&reject(
        &case,
        &["--no-communication-reason", NO_COMM],
    )));
    env.ok(&["letter", &case, "--sent", "2026-11-23"]);
    env.ok(&strs(&on(
        received,
        &["letter", &case, "--received", received],
    )));
    case
}

#[test]
fn f1_a_rejection_needs_kommunicering_and_waits_out_the_reply_day() {
    let env = Env::new();
    let case = assessed_for_rejection(&env).to_string();
    let msg = assert_refused(&env, &strs(&reject(&case, &[])), "F1");
    assert!(msg.contains("insats communicate"), "{msg}");
    env.ok(&[
        "communicate",
        &case,
        "--sent",
        "2026-11-23",
        "--reply-by",
        "2026-12-07",
        "--material",
        "Utredning 2026-11-23",
    ]);
    // The reply day is the party's own, whole.
    assert_refused(
        &env,
        &strs(&with_today("2026-12-07", reject(&case, &[]))),
        "F1",
    );
    let v = env.json(&strs(&with_today("2026-12-08", reject(&case, &[]))));
    assert_eq!(v["outcome"], "reject");
    let journal = journal(&env, case.parse().unwrap());
    assert!(
        journal
            .iter()
            .any(|(_, t)| t.contains("Underlag: Utredning 2026-11-23")),
        "the material is listed in the journal: {journal:?}"
    );
}

#[test]
fn f1_a_reply_before_the_day_allows_the_decision_and_a_reply_needs_a_kommunicering() {
    let env = Env::new();
    let case = assessed_for_rejection(&env).to_string();
    let before = env.dump();
    let out = env.run(&[
        "communicate",
        &case,
        "--reply",
        "2026-11-23",
        "--note",
        "Svar.",
    ]);
    assert_fails(&out, 3, "refused (F1)");
    assert_eq!(env.dump(), before, "a refused reply changes nothing");
    env.ok(&[
        "communicate",
        &case,
        "--sent",
        "2026-11-23",
        "--reply-by",
        "2026-12-07",
    ]);
    env.ok(&strs(&on(
        "2026-11-30",
        &[
            "communicate",
            &case,
            "--reply",
            "2026-11-30",
            "--note",
            "Anna håller inte med.",
        ],
    )));
    let v = env.json(&strs(&with_today("2026-11-30", reject(&case, &[]))));
    assert_eq!(v["outcome"], "reject");
    let shown = env.ok(&["show", &case]);
    assert!(shown.contains("svar kom 2026-11-30"), "{shown}");
}

#[test]
fn f1_the_documented_exception_and_bad_input() {
    let env = Env::new();
    let case = assessed_for_rejection(&env).to_string();
    assert_fails_unchanged(
        &env,
        &strs(&reject(&case, &["--no-communication-reason", "   "])),
        2,
        "--no-communication-reason is empty",
    );
    assert_fails_unchanged(
        &env,
        &[
            "communicate",
            &case,
            "--sent",
            "2026-11-23",
            "--reply-by",
            "2026-11-22",
        ],
        2,
        "before --sent",
    );
    let v = env.json(&strs(&reject(
        &case,
        &["--no-communication-reason", NO_COMM],
    )));
    assert_eq!(v["outcome"], "reject");
}

#[test]
fn f2_a_partial_grant_states_its_reasons() {
    let env = Env::new();
    let case = assessed_adult(&env);
    let partial = [
        "--partial",
        "Ansökan gällde 20 timmar.",
        "--no-communication-reason",
        NO_COMM,
    ];
    assert_refused(&env, &strs(&grant_args(case, &partial)), "F2");
    let mut blank = partial.to_vec();
    blank.extend(["--motivation", "  "]);
    assert_fails_unchanged(
        &env,
        &strs(&grant_args(case, &blank)),
        2,
        "--motivation is empty",
    );
    let mut ok = partial.to_vec();
    ok.extend(["--motivation", "Behovet ryms inom tio timmar i månaden."]);
    env.json(&strs(&grant_args(case, &ok)));
    let txt = env.ok(&["letter", &case.to_string()]);
    assert!(
        txt.contains("Behovet ryms inom tio timmar i månaden."),
        "{txt}"
    );
    assert!(txt.contains("Hur man överklagar"), "{txt}");
}

#[test]
fn f1_f2_fewer_hours_at_a_change_and_an_ending_not_asked_for() {
    let env = Env::new();
    let case = assessed_adult(&env);
    env.json(&strs(&grant_args(case, &[])));
    let c = case.to_string();
    let change = [
        "follow-up",
        &c,
        "--outcome",
        "change",
        "--to",
        "2027-06-30",
        "--hours",
        "6",
        "--note",
        "Behovet har minskat.",
    ];
    assert_refused(&env, &change, "F1");
    let mut excused = change.to_vec();
    excused.extend(["--no-communication-reason", NO_COMM]);
    assert_refused(&env, &excused, "F2");
    excused.extend(["--motivation", "Anna träffar nu vänner på egen hand."]);
    env.json(&excused);
    let txt = env.ok(&["letter", &c]);
    assert!(txt.contains("Beslut om ändrad insats"), "{txt}");
    assert!(txt.contains("Tidigare beslut omfattade 10 timmar"), "{txt}");
    assert!(
        txt.contains("Hur man överklagar"),
        "fewer hours can be appealed: {txt}"
    );
    // An ending the individual asked for needs neither; one they did not, both.
    let end = [
        "follow-up",
        &c,
        "--outcome",
        "end",
        "--end-reason",
        "moved",
        "--note",
        "Flyttat.",
    ];
    assert_refused(&env, &end, "F1");
    let asked = [
        "follow-up",
        &c,
        "--outcome",
        "end",
        "--end-reason",
        "does-not-want",
        "--note",
        "Vill inte längre.",
    ];
    env.json(&asked);
    let v = env.json(&["letter", &c]);
    assert_eq!(v["act"], "ending");
    assert_eq!(
        v["appeal"], false,
        "an ending asked for has nothing to appeal"
    );
    assert!(
        v["letter"]
            .as_str()
            .unwrap()
            .contains("Beslut om att avsluta kontaktperson")
    );
}

#[test]
fn f3_sending_and_receipt_are_recorded_and_checked() {
    let env = Env::new();
    let case = assessed_for_rejection(&env).to_string();
    env.json(&strs(&reject(
        &case,
        &["--no-communication-reason", NO_COMM],
    )));
    assert_fails_unchanged(
        &env,
        &["letter", &case, "--received", "2026-11-23"],
        3,
        "refused (F3)",
    );
    assert_fails_unchanged(
        &env,
        &["letter", &case, "--sent", "2026-11-22"],
        3,
        "refused (F3)",
    );
    env.ok(&["letter", &case, "--sent", "2026-11-23", "--how", "digital"]);
    assert_fails_unchanged(
        &env,
        &["letter", &case, "--sent", "2026-11-23"],
        1,
        "sent once",
    );
    let v = env.json(&strs(&on(
        "2026-11-25",
        &["letter", &case, "--received", "2026-11-24"],
    )));
    assert_eq!(v["appeal_last_day"], "2026-12-15");
    let shown = env.ok(&["show", &case]);
    assert!(
        shown.contains("skickat 2026-11-23 digitalt, mottaget 2026-11-24"),
        "{shown}"
    );
}

fn appeal_on(env: &Env, case: &str, day: &str) -> Value {
    env.json(&strs(&on(day, &["appeal", case, "--received", day])))
}

#[test]
fn f4_the_21st_day_after_receipt_is_in_time_and_the_22nd_is_not() {
    let env = Env::new();
    let case = rejected_and_received(&env, "2026-11-24");
    let v = appeal_on(&env, &case, "2026-12-15");
    assert_eq!(v["in_time"], true);
    assert_eq!(v["last_day"], "2026-12-15");
    let env = Env::new();
    let case = rejected_and_received(&env, "2026-11-24");
    let v = appeal_on(&env, &case, "2026-12-16");
    assert_eq!(v["in_time"], false);
    // The dismissal is a decision of its own, with its own appeal information.
    env.json(&strs(&on(
        "2026-12-16",
        &[
            "appeal",
            &case,
            "--too-late",
            "--note",
            "Kom in dagen efter.",
        ],
    )));
    let v = env.json(&strs(&on("2026-12-16", &["letter", &case])));
    assert_eq!(v["act"], "dismissal");
    assert_eq!(v["appeal"], true);
    let txt = v["letter"].as_str().unwrap();
    assert!(txt.contains("avvisar överklagandet"), "{txt}");
    assert!(
        txt.contains("Sista dag att överklaga var 2026-12-15"),
        "{txt}"
    );
}

#[test]
fn f4_a_last_day_on_a_saturday_or_a_holiday_moves_to_the_next_weekday() {
    // Received 2026-11-28: three weeks end on Saturday 2026-12-19.
    let env = Env::new();
    let case = rejected_and_received(&env, "2026-11-28");
    let v = appeal_on(&env, &case, "2026-12-21");
    assert_eq!(
        (v["in_time"].clone(), v["last_day"].clone()),
        (Value::from(true), Value::from("2026-12-21"))
    );
    // Received 2026-12-04: three weeks end on juldagen; annandag jul and a Sunday follow.
    let env = Env::new();
    let case = rejected_and_received(&env, "2026-12-04");
    let v = appeal_on(&env, &case, "2026-12-28");
    assert_eq!(v["last_day"], "2026-12-28");
    assert_eq!(v["in_time"], true);
}

#[test]
fn f4_without_a_known_receipt_no_appeal_is_too_late_and_none_predates_the_letter() {
    let env = Env::new();
    let case = assessed_for_rejection(&env).to_string();
    env.json(&strs(&reject(
        &case,
        &["--no-communication-reason", NO_COMM],
    )));
    env.ok(&strs(&on(
        "2026-11-25",
        &["letter", &case, "--sent", "2026-11-25"],
    )));
    assert_fails_unchanged(
        &env,
        &strs(&on(
            "2026-11-25",
            &["appeal", &case, "--received", "2026-11-24"],
        )),
        3,
        "before the letter was sent",
    );
    let v = appeal_on(&env, &case, "2027-03-01");
    assert_eq!(v["in_time"], true);
    assert_eq!(v["last_day"], Value::Null);
    // An appeal in time cannot be dismissed.
    assert_fails_unchanged(
        &env,
        &strs(&on(
            "2027-03-01",
            &["appeal", &case, "--too-late", "--note", "x"],
        )),
        3,
        "refused (F4)",
    );
}

#[test]
fn f5_f6_reconsideration_in_full_lapses_the_appeal_and_one_waiting_is_flagged() {
    let env = Env::new();
    let case = rejected_and_received(&env, "2026-11-24");
    appeal_on(&env, &case, "2026-12-01");
    let reminders = env.json(&["--today", "2026-12-09", "report", "reminders"]);
    let kinds: Vec<&str> = reminders["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"appeal_forward"), "{reminders}");
    // Omprövning: the committee grants in full; nothing is left to forward.
    let mut grant = grant_args(
        case.parse().unwrap(),
        &[
            "--deviation-reason",
            "Vid omprövningen framkom att nätverket inte finns kvar.",
        ],
    );
    grant[4] = "2026-12-09".into();
    env.json(&strs(&with_today("2026-12-09", grant)));
    let shown = env.json(&["--today", "2026-12-09", "show", &case]);
    assert_eq!(shown["appeals"][0]["status"], "lapsed");
    assert_eq!(shown["appeals"][0]["covers_decision_id"], 2);
    assert_fails_unchanged(
        &env,
        &strs(&on(
            "2026-12-09",
            &["appeal", &case, "--forward", "2026-12-09"],
        )),
        3,
        "refused (F6)",
    );
}

#[test]
fn f7_a_judgment_that_grants_is_a_decision_in_force_from_its_day() {
    let env = Env::new();
    let case = rejected_and_received(&env, "2026-11-24");
    appeal_on(&env, &case, "2026-12-01");
    env.json(&strs(&on(
        "2026-12-03",
        &["appeal", &case, "--forward", "2026-12-03"],
    )));
    let v = env.json(&strs(&on(
        "2027-02-10",
        &[
            "appeal",
            &case,
            "--judgment",
            "2027-02-10",
            "--outcome",
            "granted",
            "--to",
            "2027-08-31",
            "--hours",
            "8",
        ],
    )));
    assert_eq!(v["status"], "judged");
    let id = v["new_decision_id"].as_i64().expect("a decision in force");
    let shown = env.json(&["--today", "2027-02-10", "show", &case]);
    assert_eq!(shown["decision"]["decision_id"], id);
    assert_eq!(shown["decision"]["decided_day"], "2027-02-10");
    assert_eq!(shown["decision"]["from"], "2027-02-10");
    // D3 counts from the day the judgment came in: three months to execute.
    let r = env.json(&[
        "--today",
        "2027-05-05",
        "report",
        "reminders",
        "--within",
        "10",
    ]);
    let unexecuted = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "unexecuted")
        .expect("flagged by D3");
    assert_eq!(unexecuted["due"], "2027-05-10");
    // Still not executed after its three months: D3's report lists it, IVO's report (R1) and
    // the council's counts (R4) do not cover a court's judgment.
    let late = env.json(&[
        "--today",
        "2027-07-15",
        "report",
        "unexecuted",
        "--quarter",
        "2027-Q2",
    ]);
    let listed = late["items"].as_array().unwrap();
    assert!(
        listed
            .iter()
            .any(|i| i["case_id"] == case.parse::<i64>().unwrap()),
        "{late}"
    );
    let ivo = env.json(&[
        "--today",
        "2027-07-15",
        "report",
        "ivo",
        "--quarter",
        "2027-Q2",
    ]);
    assert_eq!(ivo["items"].as_array().unwrap().len(), 0, "{ivo}");
    let council = env.json(&[
        "--today",
        "2027-07-15",
        "report",
        "council",
        "--quarter",
        "2027-Q2",
    ]);
    assert_eq!(council["items"].as_array().unwrap().len(), 0, "{council}");
    let txt = env.ok(&["--today", "2027-02-10", "letter", &case]);
    assert!(
        txt.contains("Förvaltningsrätten har i dom den 2027-02-10"),
        "{txt}"
    );
    assert!(!txt.contains("Hur man överklagar"), "{txt}");
}

#[test]
fn r3_a_letter_needing_an_unconfirmed_reference_is_a_draft_until_confirmed() {
    let env = Env::new();
    let case = assessed_for_rejection(&env).to_string();
    env.json(&strs(&reject(
        &case,
        &["--no-communication-reason", NO_COMM],
    )));
    let v = env.json(&["letter", &case]);
    assert_eq!(v["draft"], true);
    assert!(v["letter"].as_str().unwrap().contains("UTKAST"));
    assert_fails_unchanged(&env, &["letter", &case, "--final"], 3, "refused (R3)");
    // The municipality confirms the references by importing its guideline.
    let mut g: Value = serde_json::from_str(&env.ok(&["guideline", "export"])).unwrap();
    g["version"] = Value::from("2026.2-bekräftad");
    for r in g["references"].as_array_mut().unwrap() {
        r.as_object_mut().unwrap().remove("unconfirmed");
    }
    let path = env.dir.path().join("g.json");
    std::fs::write(&path, g.to_string()).unwrap();
    env.ok(&["guideline", "import", path.to_str().unwrap()]);
    // The decision keeps its own guideline: decided anew under the confirmed one, it is final.
    let other = env.apply(pnr::ADULT_MAN, "kontaktperson-sol", &[]);
    complete_assessment(&env, other, "reject", None);
    env.json(&strs(&reject(
        &other.to_string(),
        &["--no-communication-reason", NO_COMM],
    )));
    let v = env.json(&["letter", &other.to_string(), "--final"]);
    assert_eq!(v["draft"], false);
    assert!(!v["letter"].as_str().unwrap().contains("UTKAST"));
}

#[test]
fn letters_as_pdf_are_a4_with_fonts_and_the_same_bytes_each_time() {
    let env = Env::new();
    let case = assessed_for_rejection(&env).to_string();
    env.json(&strs(&reject(
        &case,
        &["--no-communication-reason", NO_COMM],
    )));
    let a = env.dir.path().join("a.pdf");
    let b = env.dir.path().join("b.pdf");
    env.ok(&["letter", &case, "--out", a.to_str().unwrap()]);
    env.ok(&[
        "letter",
        &case,
        "--format",
        "pdf",
        "--out",
        b.to_str().unwrap(),
    ]);
    let (x, y) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert!(x.starts_with(b"%PDF-"));
    assert_eq!(x, y, "the same letter and day give the same bytes");
    let doc = lopdf::Document::load_mem(&x).expect("a readable PDF");
    let text = doc.extract_text(&[1]).unwrap_or_default();
    assert!(text.contains("Socialnämnden"), "{text}");
    let pages = doc.get_pages();
    assert!(!pages.is_empty(), "one page or more");
    for id in pages.values() {
        let page = doc
            .get_object(*id)
            .and_then(|o| o.as_dict())
            .expect("a page");
        let media = page
            .get(b"MediaBox")
            .and_then(|m| m.as_array())
            .expect("a media box");
        let size: Vec<f32> = media.iter().map(|n| n.as_float().unwrap_or(0.0)).collect();
        assert!(
            (size[2] - 595.28).abs() < 0.5 && (size[3] - 841.89).abs() < 0.5,
            "A4: {size:?}"
        );
    }
    let fonts = String::from_utf8_lossy(&x).matches("/FontFile2").count();
    assert!(fonts >= 1, "the fonts are embedded");
}

#[test]
fn written_off_notice_has_no_appeal_information() {
    let env = Env::new();
    let case = env.apply(pnr::ADULT, "kontaktperson-sol", &[]).to_string();
    env.ok(&[
        "withdraw",
        &case,
        "--date",
        "2026-11-23",
        "--note",
        "Ringde och återkallade.",
    ]);
    let v = env.json(&["letter", &case]);
    assert_eq!(v["act"], "written_off");
    assert_eq!(v["appeal"], false);
    let txt = v["letter"].as_str().unwrap();
    assert!(txt.contains("Ansökan återkallades den 2026-11-23"), "{txt}");
    assert!(txt.contains("inte ett avslag"), "{txt}");
    assert!(!txt.contains("överklaga"), "{txt}");
}
