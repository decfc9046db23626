use super::*;

#[test]
fn migrations_are_valid() {
    migrations().validate().expect("migrations validate");
}

fn store(dir: &tempfile::TempDir) -> Store {
    let actor = Actor {
        user: "test".to_string(),
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        command: "test",
    };
    Store::open(&dir.path().join("t.db"), OpenMode::Create, actor).unwrap()
}

fn intact(conn: &Db) -> (i64, i64) {
    let mut rows = Vec::new();
    for c in &chain::ALL {
        let v = chain::verify(conn, c).unwrap();
        assert!(v.findings.is_empty(), "{}: {:?}", c.table, v.findings);
        rows.push(v.rows as i64);
    }
    (rows[0], rows[1])
}

/// The chain heads a transaction keeps are forgotten when a savepoint is undone: what it
/// appended is gone, and the next row links to the row before it, not to the undone one.
#[test]
fn chains_stay_intact_across_an_undone_savepoint() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    s.write(|tx| {
        tx.audit("first", None)?;
        let kept = tx.savepoint(|tx| {
            tx.audit("undone", None)?;
            tx.audit("undone too", None)?;
            anyhow::bail!("refused by a rule")
        })?;
        assert!(!kept);
        assert!(tx.savepoint(|tx| tx.audit("kept", None))?);
        tx.audit("last", None)?;
        Ok(())
    })
    .unwrap();
    let (_, audit) = intact(&s);
    assert_eq!(audit, 3);
    let actions: Vec<String> = s
        .conn()
        .prepare("SELECT action FROM audit ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(actions, ["first", "kept", "last"]);
}

/// A transaction that fails leaves nothing, and the next one reads the head afresh.
#[test]
fn a_failed_write_leaves_the_chain_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    s.write(|tx| tx.audit("one", None)).unwrap();
    let failed: Result<()> = s.write(|tx| {
        tx.audit("two", None)?;
        anyhow::bail!("refused")
    });
    assert!(failed.is_err());
    s.write(|tx| tx.audit("three", None)).unwrap();
    assert_eq!(intact(&s).1, 2);
}

/// Bulk writing is for a new file only; `finish` puts back the indexes and every setting.
#[test]
fn bulk_writing_refuses_a_file_in_use_and_finishes_as_an_ordinary_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    let schema = |c: &Db| -> Vec<(String, String)> {
        c.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let before = schema(&s);
    let bulk = bulk::Bulk::begin(&mut s).unwrap();
    assert!(schema(&s).len() < before.len());
    // Bulk writing goes to the file and its rollback journal, not to the write-ahead log,
    // although every open keeps the log's file between commands (SQLITE_FCNTL_PERSIST_WAL).
    s.execute_batch(
        "INSERT INTO meta (key, value) VALUES ('bulk', 'x'); DELETE FROM meta WHERE key = 'bulk';",
    )
    .unwrap();
    let wal = dir.path().join("t.db-wal");
    let logged = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert_eq!(logged, 0, "bulk writing went to the write-ahead log");
    bulk.finish(&mut s).unwrap();
    assert_eq!(schema(&s), before);
    let pragma = |s: &Db, p: &str| -> String {
        s.query_row(&format!("PRAGMA {p}"), [], |r| {
            r.get::<_, rusqlite::types::Value>(0)
        })
        .map(|v| format!("{v:?}"))
        .unwrap()
    };
    assert_eq!(pragma(&s, "journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma(&s, "foreign_keys"), "Integer(1)");
    assert_eq!(pragma(&s, "synchronous"), "Integer(2)");
    s.execute_batch(
        "INSERT INTO person (pnr, name, birth_date, sex, coordination, created_at)
             VALUES ('191212121212', 'Test Testsson', '1912-12-12', 'male', 0, 'now');
             INSERT INTO cases (person_id, insats, received, requested_by, housing, status,
                 caseworker, created_at)
             VALUES (1, 'kontaktperson-sol', '2026-11-23', 'self', 'ordinary',
                 'application', 'test', 'now');",
    )
    .unwrap();
    let err = bulk::Bulk::begin(&mut s).err().expect("refused");
    assert!(err.to_string().contains("only for a new file"), "{err}");
    // Refused before anything changed: the file still writes ahead and checks its keys.
    assert_eq!(pragma(&s, "journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma(&s, "foreign_keys"), "Integer(1)");
}

/// The indexes made after a bulk write enforce nothing: a unique index made late would let the
/// demo write what the rules refuse, and fail only at the end.
#[test]
fn indexes_made_after_a_bulk_write_are_never_unique() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    for name in bulk::DEFERRED {
        let unique: bool = s
            .query_row(
                "SELECT \"unique\" FROM pragma_index_list(
                     (SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?1))
                 WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap_or_else(|e| panic!("{name} is not an index of the schema: {e}"));
        assert!(
            !unique,
            "{name} is unique and cannot be made after the bulk write"
        );
    }
}

/// A savepoint undone forgets the changes of sealed rows it made: they are not sealed, and the
/// rows kept around it are (no seal names a row that never was, and none is missing).
#[test]
fn seals_follow_what_an_undone_savepoint_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    let staff = |tx: &Tx, login: &str| -> Result<()> {
        tx.execute(
            "INSERT INTO staff (login, name, title, roles, created_at, created_by)
             VALUES (?1, 'Anna Berg', 'socialsekreterare', '[\"caseworker\"]', 'now', 'test')",
            [login],
        )?;
        Ok(())
    };
    s.write(|tx| {
        staff(tx, "anna")?;
        let kept = tx.savepoint(|tx| {
            staff(tx, "bo")?;
            anyhow::bail!("refused by a rule")
        })?;
        assert!(!kept);
        assert!(tx.savepoint(|tx| staff(tx, "cay"))?);
        Ok(())
    })
    .unwrap();
    assert!(seal::verify(&s).unwrap().is_empty());
    let sealed: Vec<String> = s
        .prepare("SELECT row_key FROM seal WHERE tbl = 'staff' ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(sealed.contains(&"anna".to_string()), "{sealed:?}");
    assert!(sealed.contains(&"cay".to_string()), "{sealed:?}");
    assert!(!sealed.contains(&"bo".to_string()), "{sealed:?}");
    intact(&s);
}
