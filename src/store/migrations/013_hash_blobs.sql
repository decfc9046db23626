-- insats schema version 13: the hashes of the chains are stored as 32-byte blobs (issue 21).
--
-- Until now every hash was 64 characters of hex, checked by a GLOB on every insert and on every
-- `check` (PRAGMA integrity_check evaluates each CHECK constraint: at 10,000 demo cases a third
-- of `check`'s time went to the GLOB), and it took twice the bytes it needs. Now the columns are
-- BLOBs of exactly 32 bytes: the journal, the audit trail, the access log, the seals and the
-- recorded chain gaps. The chains' hashes are computed as before (over the lower-case hex of the
-- previous hash and of a seal's content), so every chain of a migrated file verifies unchanged.
--
-- The journal and the audit trail get new columns, filled, and the old ones dropped (the journal
-- is referenced by other tables, so it is not rebuilt); the other three tables, referenced by
-- none, are rebuilt with the exact constraints. Their triggers and indexes are made again as
-- they were.

DROP TRIGGER journal_no_update;
DROP TRIGGER journal_hash_required;
DROP TRIGGER audit_no_update;
DROP TRIGGER audit_hash_required;

ALTER TABLE journal ADD COLUMN prev_hash_32 BLOB
    CHECK (prev_hash_32 IS NULL OR length(prev_hash_32) = 32);
ALTER TABLE journal ADD COLUMN hash_32 BLOB CHECK (hash_32 IS NULL OR length(hash_32) = 32);
UPDATE journal SET prev_hash_32 = unhex(prev_hash), hash_32 = unhex(hash);
ALTER TABLE journal DROP COLUMN prev_hash;
ALTER TABLE journal DROP COLUMN hash;
ALTER TABLE journal RENAME COLUMN prev_hash_32 TO prev_hash;
ALTER TABLE journal RENAME COLUMN hash_32 TO hash;

ALTER TABLE audit ADD COLUMN prev_hash_32 BLOB
    CHECK (prev_hash_32 IS NULL OR length(prev_hash_32) = 32);
ALTER TABLE audit ADD COLUMN hash_32 BLOB CHECK (hash_32 IS NULL OR length(hash_32) = 32);
UPDATE audit SET prev_hash_32 = unhex(prev_hash), hash_32 = unhex(hash);
ALTER TABLE audit DROP COLUMN prev_hash;
ALTER TABLE audit DROP COLUMN hash;
ALTER TABLE audit RENAME COLUMN prev_hash_32 TO prev_hash;
ALTER TABLE audit RENAME COLUMN hash_32 TO hash;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.prev_hash IS NULL
    OR NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id OR NEW.day IS NOT OLD.day
    OR NEW.at IS NOT OLD.at OR NEW.user IS NOT OLD.user OR NEW.kind IS NOT OLD.kind
    OR NEW.text IS NOT OLD.text OR NEW.corrects IS NOT OLD.corrects
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only (G4): write a correction instead');
END;
CREATE TRIGGER journal_hash_required BEFORE INSERT ON journal
WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'journal entries are written by insats only: each carries its hash');
END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.prev_hash IS NULL
    OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.day IS NOT OLD.day
    OR NEW.user IS NOT OLD.user OR NEW.command IS NOT OLD.command
    OR NEW.action IS NOT OLD.action OR NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_hash_required BEFORE INSERT ON audit
WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'audit lines are written by insats only: each carries its hash');
END;

CREATE TABLE access_log_32 (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,                          -- the system clock, UTC
    day       TEXT NOT NULL CHECK (date(day) IS day), -- the command's day (--today)
    user      TEXT NOT NULL,                          -- as recorded: LOGIN, or LOGIN for NAME
    staff     TEXT NOT NULL,                          -- whose roles applied (NAME, else LOGIN)
    command   TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('read', 'change', 'denied', 'outside_unit')),
    case_id   INTEGER,          -- no foreign keys: the log outlives a case deleted under R2
    person_id INTEGER,
    people    INTEGER CHECK (people IS NULL OR people >= 0), -- a report or list: people shown
    revealed  INTEGER NOT NULL CHECK (revealed IN (0, 1)),   -- whole personal identity numbers
    reason    TEXT,             -- --access-reason (S3), or the rule that refused
    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash      BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;
INSERT INTO access_log_32
    SELECT id, at, day, user, staff, command, kind, case_id, person_id, people, revealed, reason,
           unhex(prev_hash), unhex(hash)
    FROM access_log ORDER BY id;
DROP TABLE access_log;
ALTER TABLE access_log_32 RENAME TO access_log;
CREATE INDEX access_log_case ON access_log (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX access_log_person ON access_log (person_id) WHERE person_id IS NOT NULL;
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TABLE seal_32 (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    row_key   ANY NOT NULL, -- the id; for staff the login, for answer and guardian 'A/B'
    content   BLOB CHECK (content IS NULL OR length(content) = 32),
    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash      BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;
INSERT INTO seal_32
    SELECT id, tbl, row_key, unhex(content), unhex(prev_hash), unhex(hash) FROM seal ORDER BY id;
DROP TABLE seal;
ALTER TABLE seal_32 RENAME TO seal;
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

CREATE TABLE chain_gap_32 (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL CHECK (tbl IN ('journal')),
    first_id  INTEGER NOT NULL,
    last_id   INTEGER NOT NULL CHECK (last_id >= first_id),
    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
    last_hash BLOB NOT NULL CHECK (length(last_hash) = 32),
    day       TEXT NOT NULL CHECK (date(day) IS day),
    user      TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;
INSERT INTO chain_gap_32
    SELECT id, tbl, first_id, last_id, unhex(prev_hash), unhex(last_hash), day, user, at
    FROM chain_gap ORDER BY id;
DROP TABLE chain_gap;
ALTER TABLE chain_gap_32 RENAME TO chain_gap;
CREATE INDEX chain_gap_prev ON chain_gap (tbl, prev_hash);
CREATE TRIGGER chain_gap_no_update BEFORE UPDATE ON chain_gap
BEGIN
    SELECT RAISE(ABORT, 'recorded chain gaps are append-only');
END;
CREATE TRIGGER chain_gap_no_delete BEFORE DELETE ON chain_gap
BEGIN
    SELECT RAISE(ABORT, 'recorded chain gaps are append-only');
END;
