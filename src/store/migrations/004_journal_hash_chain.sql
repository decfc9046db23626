-- insats schema version 4: the journal and the audit trail become hash chains (tamper evidence).
--
-- Every row carries `hash`, SHA-256 (lowercase hex) over a length-prefixed encoding of its own
-- columns and of `prev_hash`, which is the hash of the row before it in id order (64 zeros for
-- the first row). `insats check` recomputes both chains: a row changed, deleted or inserted
-- behind the tool's back, say with the sqlite3 shell after dropping the triggers, breaks the
-- chain at that row. The encoding is in src/store/chain.rs.
--
-- SQL cannot compute SHA-256, so the rows already in the file get their hashes from a step in
-- Rust that runs right after this script, in the same transaction as this script and the
-- version bump (src/store/chain.rs, `backfill`). For that step the UPDATE triggers allow one
-- kind of update only: filling in prev_hash and hash of a row that has no hash yet, every other
-- column unchanged. After it every row has a hash, and the INSERT triggers below refuse rows
-- without one, so from then on no row can be updated at all.

ALTER TABLE journal ADD COLUMN prev_hash TEXT CHECK (prev_hash IS NULL OR (length(prev_hash) = 64 AND prev_hash NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE journal ADD COLUMN hash TEXT CHECK (hash IS NULL OR (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'));

ALTER TABLE audit ADD COLUMN prev_hash TEXT CHECK (prev_hash IS NULL OR (length(prev_hash) = 64 AND prev_hash NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE audit ADD COLUMN hash TEXT CHECK (hash IS NULL OR (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'));

DROP TRIGGER journal_no_update;

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

DROP TRIGGER audit_no_update;

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
