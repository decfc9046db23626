-- insats schema version 14: the chains no longer store each row's prev_hash (issue 21).
--
-- A row's prev_hash was always the hash of the row before it in id order (or, after entries
-- deleted under R2, the last hash of the recorded gap that bridges them), so it was a second
-- copy of 32 bytes on every journal entry, audit line, access line and seal: about an eighth of
-- a demo file. Each hash is still computed over the previous row's hash, exactly as before, so
-- every chain of a migrated file verifies unchanged; `check` now takes the previous hash from
-- the row before instead of reading it off the row itself.
--
-- SQLite drops a column in place (ALTER TABLE DROP COLUMN rewrites the table's rows), once no
-- trigger names it: the journal's and the audit trail's append-only triggers are made again
-- without it. The recorded gaps (chain_gap) keep the hash they followed: that is what bridges
-- them.

DROP TRIGGER journal_no_update;
DROP TRIGGER journal_hash_required;
DROP TRIGGER audit_no_update;
DROP TRIGGER audit_hash_required;

ALTER TABLE journal DROP COLUMN prev_hash;
ALTER TABLE audit DROP COLUMN prev_hash;
ALTER TABLE access_log DROP COLUMN prev_hash;
ALTER TABLE seal DROP COLUMN prev_hash;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL
    OR NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id OR NEW.day IS NOT OLD.day
    OR NEW.at IS NOT OLD.at OR NEW.user IS NOT OLD.user OR NEW.kind IS NOT OLD.kind
    OR NEW.text IS NOT OLD.text OR NEW.corrects IS NOT OLD.corrects
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only (G4): write a correction instead');
END;
CREATE TRIGGER journal_hash_required BEFORE INSERT ON journal
WHEN NEW.hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'journal entries are written by insats only: each carries its hash');
END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL
    OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.day IS NOT OLD.day
    OR NEW.user IS NOT OLD.user OR NEW.command IS NOT OLD.command
    OR NEW.action IS NOT OLD.action OR NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_hash_required BEFORE INSERT ON audit
WHEN NEW.hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'audit lines are written by insats only: each carries its hash');
END;
