-- insats schema version 3: the provider's side. Assignees (uppdragstagare) and their recruitment
-- (M6), their relations to individuals (M3), offers and agreements (överenskommelse), visits and
-- cancellations (E1-E5), follow-ups (E6-E9). And the individual's wishes on the case (D4).

ALTER TABLE cases ADD COLUMN area TEXT;
ALTER TABLE cases ADD COLUMN wish_sex TEXT CHECK (wish_sex IN ('female', 'male'));
ALTER TABLE cases ADD COLUMN wish_languages TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(wish_languages));
ALTER TABLE cases ADD COLUMN wish_interests TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(wish_interests));

-- A contact person or companion (uppdragstagare), in or past recruitment.
CREATE TABLE assignee (
    id               INTEGER PRIMARY KEY,
    pnr              TEXT NOT NULL UNIQUE CHECK (length(pnr) = 12 AND pnr NOT GLOB '*[^0-9]*'),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    birth_date       TEXT NOT NULL CHECK (date(birth_date) IS birth_date),
    sex              TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    role             TEXT NOT NULL CHECK (role IN ('kontaktperson', 'ledsagare')),
    stage            TEXT NOT NULL CHECK (stage IN ('interest', 'interview', 'consent', 'checked',
                         'approved', 'not_approved', 'waiting', 'offered', 'assigned', 'paused',
                         'ended')),
    interview_day    TEXT CHECK (interview_day IS NULL OR date(interview_day) IS interview_day),
    consent_day      TEXT CHECK (consent_day IS NULL OR date(consent_day) IS consent_day),
    record_checked   TEXT CHECK (record_checked IS NULL OR date(record_checked) IS record_checked),
    register_checked TEXT CHECK (register_checked IS NULL OR date(register_checked) IS register_checked),
    approved_day     TEXT CHECK (approved_day IS NULL OR date(approved_day) IS approved_day),
    trained          INTEGER NOT NULL DEFAULT 0 CHECK (trained IN (0, 1)), -- M5
    interests        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interests)),
    languages        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    area             TEXT,
    workplace        TEXT,
    residence        TEXT,
    capacity         INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 20),
    available_from   TEXT CHECK (available_from IS NULL OR date(available_from) IS available_from),
    waiting_since    TEXT CHECK (waiting_since IS NULL OR date(waiting_since) IS waiting_since),
    created_at       TEXT NOT NULL
) STRICT;

CREATE INDEX assignee_stage ON assignee (stage);

-- M3: the assignee is a relative of, or in the network of, an individual (by 12-digit number,
-- so that it holds before the individual has a case).
CREATE TABLE assignee_relation (
    assignee_id INTEGER NOT NULL REFERENCES assignee (id),
    pnr         TEXT NOT NULL CHECK (length(pnr) = 12 AND pnr NOT GLOB '*[^0-9]*'),
    kind        TEXT NOT NULL CHECK (kind IN ('relative', 'network')),
    PRIMARY KEY (assignee_id, pnr)
) STRICT;

CREATE INDEX assignee_relation_pnr ON assignee_relation (pnr);

-- M6: each recruitment step, dated.
CREATE TABLE assignee_step (
    id          INTEGER PRIMARY KEY,
    assignee_id INTEGER NOT NULL REFERENCES assignee (id),
    stage       TEXT NOT NULL,
    day         TEXT NOT NULL CHECK (date(day) IS day),
    note        TEXT,
    user        TEXT NOT NULL,
    at          TEXT NOT NULL
) STRICT;

CREATE INDEX assignee_step_assignee ON assignee_step (assignee_id, id);

-- An offer of an assignment to an assignee for an order; a declined one stays in the history.
CREATE TABLE offer (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    assignee_id  INTEGER NOT NULL REFERENCES assignee (id),
    offered_day  TEXT NOT NULL CHECK (date(offered_day) IS offered_day),
    answered_day TEXT CHECK (answered_day IS NULL OR date(answered_day) IS answered_day),
    outcome      TEXT NOT NULL CHECK (outcome IN ('pending', 'accepted', 'declined', 'withdrawn')),
    user         TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX offer_one_pending ON offer (case_id) WHERE outcome = 'pending';
CREATE INDEX offer_case ON offer (case_id, id);
CREATE INDEX offer_assignee ON offer (assignee_id);

-- The agreement (överenskommelse) once the assignment starts; followed up yearly (E8).
CREATE TABLE agreement (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases (id),
    order_id           INTEGER NOT NULL REFERENCES orders (id),
    assignee_id        INTEGER NOT NULL REFERENCES assignee (id),
    start_day          TEXT NOT NULL CHECK (date(start_day) IS start_day),
    meetings_per_month INTEGER CHECK (meetings_per_month IS NULL OR meetings_per_month > 0),
    hours_per_meeting  REAL CHECK (hours_per_meeting IS NULL OR hours_per_meeting > 0),
    goals              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
    compensation_level INTEGER,
    text               TEXT NOT NULL,
    review_due         TEXT NOT NULL CHECK (date(review_due) IS review_due),
    last_review        TEXT CHECK (last_review IS NULL OR date(last_review) IS last_review),
    status             TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    ended_day          TEXT CHECK (ended_day IS NULL OR date(ended_day) IS ended_day)
) STRICT;

CREATE UNIQUE INDEX agreement_one_active ON agreement (case_id) WHERE status = 'active';
CREATE INDEX agreement_review ON agreement (review_due) WHERE status = 'active';
CREATE INDEX agreement_assignee ON agreement (assignee_id) WHERE status = 'active';

-- A meeting held (besök/träff) and its hours (E1).
CREATE TABLE visit (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id),
    order_id INTEGER NOT NULL REFERENCES orders (id),
    day      TEXT NOT NULL CHECK (date(day) IS day),
    hours    REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
    user     TEXT NOT NULL,
    at       TEXT NOT NULL
) STRICT;

CREATE INDEX visit_case_day ON visit (case_id, day);
CREATE INDEX visit_day ON visit (day);

-- A cancelled meeting (avbokning) and what it did to the hours (E2-E5).
CREATE TABLE cancellation (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    day          TEXT NOT NULL CHECK (date(day) IS day),
    by_whom      TEXT NOT NULL CHECK (by_whom IN ('individual', 'guardian', 'assignee', 'provider')),
    notice_days  INTEGER NOT NULL CHECK (notice_days >= 0),
    rebooked_day TEXT CHECK (rebooked_day IS NULL OR date(rebooked_day) IS rebooked_day),
    hours        REAL NOT NULL CHECK (hours >= 0),
    effect       TEXT NOT NULL CHECK (effect IN ('kept', 'lost', 'rebooked')),
    user         TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;

CREATE INDEX cancellation_case_day ON cancellation (case_id, day);

-- A follow-up (uppföljning) of a decision (E6, E7).
CREATE TABLE follow_up (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    decision_id     INTEGER NOT NULL REFERENCES decision (id),
    day             TEXT NOT NULL CHECK (date(day) IS day),
    outcome         TEXT NOT NULL CHECK (outcome IN ('continue', 'change', 'extend', 'end')),
    attainment      TEXT CHECK (attainment IN ('met', 'partly', 'not_met')),
    end_reason      TEXT CHECK (end_reason IN ('need_met_otherwise', 'does_not_want', 'moved',
                        'died', 'other')),
    note            TEXT NOT NULL CHECK (length(trim(note)) > 0),
    new_decision_id INTEGER REFERENCES decision (id),
    user            TEXT NOT NULL,
    at              TEXT NOT NULL,
    CHECK ((outcome = 'end') = (end_reason IS NOT NULL))
) STRICT;

CREATE INDEX follow_up_case ON follow_up (case_id, id);
