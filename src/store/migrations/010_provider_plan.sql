-- insats schema: the provider's work (issue 19, rules P1-P4 and M6).
--
-- - A declined offer says who declined it and why: an assignee who declined is not suggested
--   for the same case again (M6); NULL in declined_by is "not stated" (offers declined before
--   this version, or `match decline` without --by).
-- - The implementation plan (genomförandeplan, P1): each stored version is a whole JSON
--   document, numbered per case, never changed (a new version replaces it in force).
-- - The coordinator's check-ins with the assignee (P4), the companion's expenses (P2) and the
--   provider's reports of changed needs (P3), each pointing at the journal entry that recorded it.

ALTER TABLE offer ADD COLUMN declined_by TEXT
    CHECK (declined_by IS NULL OR declined_by IN ('individual', 'assignee'));
ALTER TABLE offer ADD COLUMN reason TEXT
    CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 2000);

CREATE INDEX offer_declined ON offer (case_id, assignee_id) WHERE declined_by = 'assignee';

CREATE TABLE plan_version (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id),
    order_id  INTEGER NOT NULL REFERENCES orders (id),
    version   INTEGER NOT NULL CHECK (version >= 1),
    drawn_up  TEXT NOT NULL CHECK (date(drawn_up) IS drawn_up),
    body      TEXT NOT NULL CHECK (json_valid(body) AND length(body) <= 65536),
    entry     INTEGER,
    user      TEXT NOT NULL,
    at        TEXT NOT NULL,
    UNIQUE (case_id, version)
) STRICT;

CREATE INDEX plan_version_order ON plan_version (order_id, version);

-- A version is never edited: a changed plan is a new version.
CREATE TRIGGER plan_version_no_update BEFORE UPDATE ON plan_version
BEGIN
    SELECT RAISE(ABORT, 'a stored plan version is never changed: store a new version');
END;

CREATE TABLE plan_check_in (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id),
    day      TEXT NOT NULL CHECK (date(day) IS day),
    note     TEXT NOT NULL CHECK (length(trim(note)) > 0),
    entry    INTEGER,
    user     TEXT NOT NULL,
    at       TEXT NOT NULL
) STRICT;

CREATE INDEX plan_check_in_case ON plan_check_in (case_id, day);

CREATE TABLE expense (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    assignee_id  INTEGER REFERENCES assignee (id),
    day          TEXT NOT NULL CHECK (date(day) IS day),
    -- In öre, so that sums are exact.
    amount_ore   INTEGER NOT NULL CHECK (amount_ore > 0 AND amount_ore <= 10000000),
    what         TEXT NOT NULL CHECK (length(trim(what)) > 0),
    in_plan      INTEGER NOT NULL CHECK (in_plan IN (0, 1)),
    entry        INTEGER,
    user         TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;

CREATE INDEX expense_case_day ON expense (case_id, day);
CREATE INDEX expense_day ON expense (day);

CREATE TABLE changed_needs (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id),
    day      TEXT NOT NULL CHECK (date(day) IS day),
    note     TEXT NOT NULL CHECK (length(trim(note)) > 0),
    entry    INTEGER,
    user     TEXT NOT NULL,
    at       TEXT NOT NULL
) STRICT;

CREATE INDEX changed_needs_case ON changed_needs (case_id, day);
CREATE INDEX changed_needs_day ON changed_needs (day);

-- P1: executed orders, for the plan that is missing after the guideline's number of days.
CREATE INDEX orders_executed ON orders (executed_day) WHERE status = 'executed';
