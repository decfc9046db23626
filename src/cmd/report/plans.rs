//! Every statement every report prepares is planned without a full scan of the big tables
//! (issue 21): each report runs on a small demo file while the store notes what it prepares,
//! and `EXPLAIN QUERY PLAN` of each statement must not say `SCAN` of journal, visit, decision,
//! orders or cancellation. Hand-picked lists (the store's own plan tests) miss the statements a
//! report runs per row or through a helper; this one misses none.

use clap::FromArgMatches;

use crate::store::reports::plan_tests::assert_indexed_in;

fn run(db: &std::path::Path, args: &[&str]) {
    let mut all = vec!["insats", "--db", db.to_str().expect("a path")];
    if args.first() != Some(&"--today") {
        all.extend(["--today", "2026-11-23"]);
    }
    all.extend(args);
    let matches = crate::cli::command()
        .try_get_matches_from(&all)
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    let cli = crate::cli::Cli::from_arg_matches(&matches).expect("the command line");
    crate::run(cli).unwrap_or_else(|e| panic!("{args:?}: {e:#}"));
}

#[test]
fn every_statement_of_every_report_reads_through_indexes() {
    let dir = tempfile::tempdir().expect("a folder");
    let db = dir.path().join("plans.db");
    run(&db, &["demo", "--cases", "150"]);
    // Each as CSV: the statements are the same in every format, and CSV prints least.
    let reports: &[&[&str]] = &[
        &["report", "reminders"],
        &["--today", "2026-10-15", "report", "reminders"],
        &["report", "expiring"],
        &["report", "unexecuted", "--quarter", "2026-Q3"],
        &["report", "ivo", "--quarter", "2026-Q3"],
        &["report", "hours", "--month", "2026-10"],
        &["report", "stats", "--year", "2026"],
        &["report", "caseload"],
        &["report", "compensation", "--month", "2026-10"],
        &["report", "retention"],
        &["report", "access"],
        &["report", "council", "--quarter", "2026-Q3"],
        &["report", "lss-register"],
        &["follow-up", "--due"],
    ];
    let mut checked = 0;
    for args in reports {
        let args = [*args, &["--format", "csv"]].concat();
        crate::store::start_noting();
        run(&db, &args);
        let statements = crate::store::noted_sql();
        assert!(!statements.is_empty(), "{args:?} prepared nothing");
        for sql in &statements {
            assert_indexed_in(&db, &args.join(" "), sql);
            checked += 1;
        }
    }
    // The reports prepare some hundred distinct statements between them.
    assert!(checked > 60, "only {checked} statements were checked");
}
