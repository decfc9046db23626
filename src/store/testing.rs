//! For unit tests outside `store`: a look into the file without naming SQLite there.

use super::Db;

/// The one integer a statement returns.
pub fn scalar(db: &Db, sql: &str) -> i64 {
    db.query_row(sql, [], |r| r.get(0)).expect(sql)
}

/// The first column of every row a statement returns, as text.
pub fn column(db: &Db, sql: &str) -> Vec<String> {
    let mut stmt = db.prepare(sql).expect(sql);
    let rows = stmt.query_map([], |r| r.get(0)).expect(sql);
    rows.collect::<rusqlite::Result<_>>().expect(sql)
}
