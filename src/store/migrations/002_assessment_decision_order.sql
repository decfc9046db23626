-- insats schema version 2: guidelines as stored data, assessments (utredning/bedömning) with
-- their answers, decisions (beslut) and orders to the provider (beställning).

-- A guideline (riktlinje) as used: the built-in default or a municipality's own import. Exactly
-- one is active; assessments and decisions keep the one they used.
CREATE TABLE guideline (
    id          INTEGER PRIMARY KEY,
    gid         TEXT NOT NULL,
    version     TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
    source      TEXT NOT NULL CHECK (source IN ('builtin', 'imported')),
    body        TEXT NOT NULL CHECK (json_valid(body)),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    active      INTEGER NOT NULL CHECK (active IN (0, 1)),
    UNIQUE (gid, version)
) STRICT;

CREATE UNIQUE INDEX guideline_one_active ON guideline (active) WHERE active = 1;

-- An assessment of one case against one guideline. At most one is in progress per case; a redone
-- assessment supersedes the earlier one, which stays.
CREATE TABLE assessment (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id),
    guideline_id   INTEGER NOT NULL REFERENCES guideline (id),
    status         TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'superseded')),
    started_day    TEXT NOT NULL CHECK (date(started_day) IS started_day),
    started_at     TEXT NOT NULL,
    started_by     TEXT NOT NULL,
    completed_day  TEXT CHECK (completed_day IS NULL OR date(completed_day) IS completed_day),
    completed_at   TEXT,
    completed_by   TEXT,
    recommendation TEXT CHECK (recommendation IN ('grant', 'reject')),
    reasons        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)), -- [{rule, text}]
    -- The child section (C1, C2): heard in own words and how, or why not; age and maturity.
    child_heard            INTEGER CHECK (child_heard IN (0, 1)),
    child_own_words        TEXT,
    child_how              TEXT,
    child_maturity         TEXT,
    child_not_heard_reason TEXT,
    CHECK ((status = 'in_progress') = (recommendation IS NULL)),
    CHECK ((status = 'in_progress') = (completed_at IS NULL))
) STRICT;

CREATE UNIQUE INDEX assessment_one_in_progress ON assessment (case_id)
    WHERE status = 'in_progress';
CREATE INDEX assessment_case ON assessment (case_id, id);

-- One answer to one question of the guideline; saved as it is given.
CREATE TABLE answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id),
    question_id   TEXT NOT NULL,
    rule          TEXT NOT NULL,
    answer        TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unsure')),
    note          TEXT NOT NULL DEFAULT '',
    answered_at   TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) STRICT;

-- A decision (beslut). One per case is in force; a new one replaces it and both are kept.
CREATE TABLE decision (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases (id),
    outcome            TEXT NOT NULL CHECK (outcome IN ('grant', 'reject')),
    status             TEXT NOT NULL CHECK (status IN ('in_force', 'replaced', 'ended')),
    decided_day        TEXT NOT NULL CHECK (date(decided_day) IS decided_day),
    decided_at         TEXT NOT NULL,
    decided_by         TEXT NOT NULL,
    from_day           TEXT CHECK (from_day IS NULL OR date(from_day) IS from_day),
    to_day             TEXT CHECK (to_day IS NULL OR date(to_day) IS to_day),
    hours_per_month    REAL CHECK (hours_per_month IS NULL OR hours_per_month > 0),
    meetings_per_month INTEGER CHECK (meetings_per_month IS NULL OR meetings_per_month > 0),
    purpose            TEXT CHECK (purpose IN ('economy')),
    goals              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
    reason             TEXT,
    deviation_reason   TEXT,
    override_reason    TEXT,
    guardian_objects   INTEGER NOT NULL DEFAULT 0 CHECK (guardian_objects IN (0, 1)),
    crime_recorded     INTEGER NOT NULL DEFAULT 0 CHECK (crime_recorded IN (0, 1)),
    legal_basis        TEXT NOT NULL,
    assessment_id      INTEGER REFERENCES assessment (id),
    guideline_id       INTEGER NOT NULL REFERENCES guideline (id),
    replaces           INTEGER REFERENCES decision (id),
    ended_day          TEXT CHECK (ended_day IS NULL OR date(ended_day) IS ended_day),
    -- G1 in the file itself: a grant has a period, an end, and a level.
    CHECK (outcome <> 'grant' OR (from_day IS NOT NULL AND to_day IS NOT NULL
                                  AND to_day >= from_day AND hours_per_month IS NOT NULL)),
    CHECK (outcome <> 'reject' OR length(trim(coalesce(reason, ''))) > 0)
) STRICT;

CREATE UNIQUE INDEX decision_one_in_force ON decision (case_id) WHERE status = 'in_force';
CREATE INDEX decision_case ON decision (case_id, id);
CREATE INDEX decision_grant_end ON decision (to_day)
    WHERE status = 'in_force' AND outcome = 'grant';

-- An order to the provider (beställning), resting on a granting decision (G3).
CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    decision_id     INTEGER NOT NULL REFERENCES decision (id),
    provider        TEXT NOT NULL CHECK (length(trim(provider)) > 0),
    note            TEXT,
    hours_per_month REAL NOT NULL CHECK (hours_per_month > 0),
    goals           TEXT NOT NULL CHECK (json_valid(goals)),
    ordered_day     TEXT NOT NULL CHECK (date(ordered_day) IS ordered_day),
    ordered_at      TEXT NOT NULL,
    ordered_by      TEXT NOT NULL,
    execute_by      TEXT NOT NULL CHECK (date(execute_by) IS execute_by), -- D3
    executed_day    TEXT CHECK (executed_day IS NULL OR date(executed_day) IS executed_day),
    status          TEXT NOT NULL CHECK (status IN ('open', 'executed', 'ended')),
    ended_day       TEXT CHECK (ended_day IS NULL OR date(ended_day) IS ended_day)
) STRICT;

CREATE UNIQUE INDEX orders_one_open ON orders (case_id) WHERE status <> 'ended';
CREATE INDEX orders_case ON orders (case_id, id);
CREATE INDEX orders_execute_by ON orders (execute_by) WHERE status = 'open';
