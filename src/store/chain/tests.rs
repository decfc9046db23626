//! The chains' own tests: hashing, verifying, backfilling.
use super::*;

fn db() -> Db {
    let conn = Db(rusqlite::Connection::open_in_memory().unwrap());
    conn.execute_batch(
        "CREATE TABLE journal (id INTEGER PRIMARY KEY, case_id INTEGER, day TEXT, at TEXT,
             user TEXT, kind TEXT, text TEXT, corrects INTEGER, hash BLOB);",
    )
    .unwrap();
    conn
}

/// The journal as schema versions 4 to 13 had it, with each row's `prev_hash`.
fn db_v4() -> Db {
    let conn = Db(rusqlite::Connection::open_in_memory().unwrap());
    conn.execute_batch(
        "CREATE TABLE journal (id INTEGER PRIMARY KEY, case_id INTEGER, day TEXT, at TEXT,
             user TEXT, kind TEXT, text TEXT, corrects INTEGER, prev_hash TEXT, hash TEXT);",
    )
    .unwrap();
    conn
}

fn add(conn: &Db, text: &str) -> i64 {
    let v = |s: &str| Value::Text(s.to_string());
    append(
        conn,
        &JOURNAL,
        &[
            Value::Integer(1),
            v("2026-11-23"),
            v("2026-11-23T08:00:00Z"),
            v("u"),
            v("note"),
            v(text),
            Value::Null,
        ],
    )
    .unwrap()
}

#[test]
fn the_encoding_separates_fields_and_types() {
    let a = row_hash(
        &JOURNAL,
        1,
        &[ValueRef::Text(b"ab"), ValueRef::Text(b"c")],
        GENESIS,
    );
    let b = row_hash(
        &JOURNAL,
        1,
        &[ValueRef::Text(b"a"), ValueRef::Text(b"bc")],
        GENESIS,
    );
    assert_ne!(a, b);
    let i = row_hash(&JOURNAL, 1, &[ValueRef::Integer(5)], GENESIS);
    let t = row_hash(&JOURNAL, 1, &[ValueRef::Text(b"5")], GENESIS);
    assert_ne!(i, t);
    let n = row_hash(&JOURNAL, 1, &[ValueRef::Null], GENESIS);
    let e = row_hash(&JOURNAL, 1, &[ValueRef::Text(b"")], GENESIS);
    assert_ne!(n, e);
    assert_ne!(
        row_hash(&JOURNAL, 1, &[], GENESIS),
        row_hash(&AUDIT, 1, &[], GENESIS),
        "the table is part of the hash"
    );
    assert_eq!(a.len(), 64);
}

#[test]
fn an_intact_chain_verifies_and_each_kind_of_tampering_is_named() {
    let conn = db();
    for t in ["a", "b", "c", "d"] {
        add(&conn, t);
    }
    let ok = verify(&conn, &JOURNAL).unwrap();
    assert!(ok.findings.is_empty(), "{:?}", ok.findings);
    assert_eq!(ok.rows, 4);

    conn.execute("UPDATE journal SET text = 'x' WHERE id = 2", [])
        .unwrap();
    let f = verify(&conn, &JOURNAL).unwrap().findings;
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("#2 does not match its hash"), "{f:?}");
    conn.execute("UPDATE journal SET text = 'b' WHERE id = 2", [])
        .unwrap();

    conn.execute("DELETE FROM journal WHERE id = 3", [])
        .unwrap();
    let f = verify(&conn, &JOURNAL).unwrap().findings;
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].starts_with("journal entry #3 is missing: deleted"),
        "{f:?}"
    );
    assert!(f[0].contains("#4 does not follow #2"), "{f:?}");

    let conn = db();
    add(&conn, "a");
    conn.execute(
        "INSERT INTO journal (id, text, hash) VALUES (2, 'forged', NULL)",
        [],
    )
    .unwrap();
    let f = verify(&conn, &JOURNAL).unwrap().findings;
    assert!(f[0].contains("#2 has no hash"), "{f:?}");
    assert!(
        append(&conn, &JOURNAL, &[]).is_err(),
        "no append after a hashless row"
    );
}

#[test]
fn backfill_fills_only_rows_without_a_hash_and_matches_append() {
    let a = db();
    add(&a, "one");
    add(&a, "two");
    // Migration 004 backfilled the rows of a file of version 3, which had no hashes.
    let b = db_v4();
    b.execute_batch(
        "INSERT INTO journal SELECT id, case_id, day, at, user, kind, text, corrects, NULL, NULL
         FROM (SELECT 1 AS id, 1 AS case_id, '2026-11-23' AS day, '2026-11-23T08:00:00Z' AS at,
               'u' AS user, 'note' AS kind, 'one' AS text, NULL AS corrects);",
    )
    .unwrap();
    assert_eq!(backfill(&b, &JOURNAL).unwrap(), 1);
    add(&b, "two");
    assert_eq!(backfill(&b, &JOURNAL).unwrap(), 0);
    let head = |c: &Db| verify(c, &JOURNAL).unwrap().head;
    assert_eq!(head(&a), head(&b));
}

#[test]
fn a_changed_stored_hash_is_named_on_its_row_and_the_next() {
    // From schema version 14 a row does not store the hash it follows: the next row's hash,
    // recomputed from the changed one, names the break too.
    let conn = db();
    for t in ["a", "b", "c"] {
        add(&conn, t);
    }
    conn.execute("UPDATE journal SET hash = zeroblob(32) WHERE id = 2", [])
        .unwrap();
    let f = verify(&conn, &JOURNAL).unwrap().findings;
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f[0].contains("#2 does not match its hash"), "{f:?}");
    assert!(f[1].contains("#3 does not follow #2"), "{f:?}");
}

#[test]
fn hex_of_a_hash_parses_back_and_nothing_else_does() {
    let bytes: [u8; 32] = std::array::from_fn(|i| (i * 37 + 11) as u8);
    let text = hex32(&bytes);
    assert_eq!(parse_hex32(&text), Some(bytes));
    assert_eq!(parse_hex32(GENESIS.as_bytes()), Some([0; 32]));
    // Upper case, a stray byte, one digit short or long: not a hash insats wrote.
    let upper = text.to_ascii_uppercase();
    assert!(upper != text && parse_hex32(&upper).is_none());
    for (at, byte) in [(0, b'g'), (63, b' '), (31, 0xff), (40, b'/')] {
        let mut t = text;
        t[at] = byte;
        assert_eq!(parse_hex32(&t), None, "{:?}", String::from_utf8_lossy(&t));
    }
    assert_eq!(parse_hex32(&text[..63]), None);
    assert_eq!(parse_hex32(&[text.as_slice(), b"0"].concat()), None);
    // A stored hash is its bytes; text that is not a hash stays text.
    assert_eq!(stored(GENESIS), Value::Blob(vec![0; 32]));
    assert_eq!(stored("zz"), Value::Text("zz".into()));
}
