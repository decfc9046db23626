-- insats schema version 11: the reports the law asks for (issue 18, rules R1, R4, R5, D3).
--
-- - The caseworker's fields of IVO's individual report (R1): the reason for the delay, the
--   consequences for the individual and any interim support, one row per `insats ivo note`,
--   never edited (each note is also journalled; deleted only with its case under R2). The report reads, field by
--   field, the latest note that gives it.
-- - Who declined an offer (R1 asks for it) is offer.declined_by, added by version 10.
-- - Indexes for the reports' queries, so that none reads the whole decision, orders or visit
--   table: executed orders for not_used (D3), and a covering index of the meetings.

CREATE TABLE ivo_note (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    day          TEXT NOT NULL CHECK (date(day) IS day),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    consequences TEXT CHECK (consequences IS NULL OR length(trim(consequences)) > 0),
    interim      TEXT CHECK (interim IS NULL OR length(trim(interim)) > 0),
    entry        INTEGER NOT NULL, -- the journal entry that records it
    user         TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;

CREATE INDEX ivo_note_case ON ivo_note (case_id, id);

CREATE TRIGGER ivo_note_no_update BEFORE UPDATE ON ivo_note
BEGIN
    SELECT RAISE(ABORT, 'IVO notes are append-only: write a new note instead');
END;

-- D3 not_used: executed orders still running, by the day they were executed.
CREATE INDEX orders_running ON orders (executed_day) WHERE status = 'executed';

-- R1 (report ivo, the ivo_window reminder) and report hours read each order's meetings and
-- hours: covering, so they are read from the index alone, a case's rows side by side, rather
-- than from visit rows spread over the whole file (measured on the 100,000-case demo: report
-- ivo from about 1.2 s to 0.7 s of CPU).
CREATE INDEX visit_ledger ON visit (case_id, order_id, day, hours) WHERE voided IS NULL;

-- R2 deletes a case's rows table by table; SQLite checks every foreign key pointing at a deleted
-- row, and without an index on the pointing column each check reads the whole table. These
-- indexes keep deleting a case proportional to the case (the retention test asks the planner).
CREATE INDEX letter_decision ON letter (decision_id);
CREATE INDEX letter_follow_up ON letter (follow_up_id);
CREATE INDEX letter_appeal ON letter (appeal_id);
CREATE INDEX appeal_decision ON appeal (decision_id);
CREATE INDEX appeal_follow_up ON appeal (follow_up_id);
CREATE INDEX appeal_covers ON appeal (covers_decision_id);
CREATE INDEX appeal_judgment ON appeal (judgment_decision_id);
CREATE INDEX decision_judgment_of ON decision (judgment_of);
CREATE INDEX expense_order ON expense (order_id);
