-- insats schema version 6: the gaps that deletion under R2 (gallring) leaves in the journal's
-- hash chain.
--
-- Deleting a personal file under R2 is the one lawful removal of journal entries. Each run of
-- consecutive entries it deletes is recorded here with the hashes on both sides: the hash the
-- run followed (prev_hash of its first entry) and the hash of its last entry, which the next
-- entry names as its prev_hash. `insats check` bridges exactly these runs and still reports any
-- other deletion. Rows are append-only, like the journal.

CREATE TABLE chain_gap (
    id        INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL CHECK (tbl IN ('journal')),
    first_id  INTEGER NOT NULL,
    last_id   INTEGER NOT NULL CHECK (last_id >= first_id),
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    last_hash TEXT NOT NULL CHECK (length(last_hash) = 64),
    day       TEXT NOT NULL CHECK (date(day) IS day),
    user      TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;

CREATE INDEX chain_gap_prev ON chain_gap (tbl, prev_hash);

CREATE TRIGGER chain_gap_no_update BEFORE UPDATE ON chain_gap
BEGIN
    SELECT RAISE(ABORT, 'recorded chain gaps are append-only');
END;

CREATE TRIGGER chain_gap_no_delete BEFORE DELETE ON chain_gap
BEGIN
    SELECT RAISE(ABORT, 'recorded chain gaps are append-only');
END;
