-- insats schema version 17: two indexes that `check` can compare with their tables by reading
-- each once (issue 21).
--
-- `visit_ledger` holds the visits not voided (WHERE voided IS NULL), but not `voided` itself,
-- so nothing could read the index alone: SQLite looked each entry's row up to evaluate the
-- condition. `check` compares every index with its table by reading each once (see
-- src/store/safety/indexes.rs), which needs every index to be readable alone; for the visits it
-- had to fall back on SQLite's own check, a lookup in each of seven indexes for every visit
-- (9-14 s of `check` at 100,000 cases). The column comes last: the hours ledger's statements
-- read the same entries in the same order, through the same four leading columns.

DROP INDEX visit_ledger;
CREATE INDEX visit_ledger ON visit (case_id, order_id, day, hours, voided) WHERE voided IS NULL;

-- `journal_case` was (case_id, id), with `id` the rowid: every entry held the rowid twice, and
-- SQLite never reads the first copy (it answers with the rowid at the entry's end), so `check`
-- could not compare it with the row. On (case_id) alone the entries come in the same order,
-- a case's entries by id, and the statements read them as before.
DROP INDEX journal_case;
CREATE INDEX journal_case ON journal (case_id);
