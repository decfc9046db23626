-- insats schema version 12: every record of legal weight is sealed (issue 17, tamper evidence).
--
-- The journal and the audit trail are hash chains (version 4), but the rows they speak of,
-- decisions, persons, consents, assessments and answers, orders, agreements, visits and the
-- rest, could be changed, deleted or inserted with the sqlite3 shell unnoticed. Now each insert,
-- change or deletion of such a row appends one row here: the table, the row's key and the
-- SHA-256 of the row's content (all columns, in schema order; NULL once insats deleted the row,
-- under R2). The seals are themselves a hash chain like the journal's, so a forged row cannot be
-- given a matching seal without recomputing the chain from there on (and the chain's head is
-- anchored with the others, `check --anchor`).
--
-- The rows are written by triggers that insats makes on each connection it writes with (TEMP
-- triggers, see src/store/seal.rs): they call insats's own SQL functions, so that no code path
-- can forget a seal, while a change made outside insats gets none. `insats check` recomputes
-- every sealed row and compares it with its latest seal.
--
-- The rows already in the file are sealed by a step in Rust right after this script, in the
-- same transaction (src/store/seal.rs, `seal_unsealed`).

CREATE TABLE seal (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    row_key   ANY NOT NULL, -- the id; for staff the login, for answer and guardian 'A/B'
    content   TEXT CHECK (content IS NULL OR (length(content) = 64 AND content NOT GLOB '*[^0-9a-f]*')),
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64 AND prev_hash NOT GLOB '*[^0-9a-f]*'),
    hash      TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*')
) STRICT;

-- `check` reads each table's latest seals in key order from this index alone.
CREATE INDEX seal_row ON seal (tbl, row_key, id, content);

CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal
BEGIN
    SELECT RAISE(ABORT, 'seals are append-only: a change of a sealed row appends a new seal');
END;

CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal
BEGIN
    SELECT RAISE(ABORT, 'seals are append-only: a deletion appends a seal without content');
END;
