-- insats schema version 7: people and cases over their whole life (issue 14).
-- insats: rebuilds tables (run with foreign keys off, checked before commit: see migrate.rs)
--
-- - A person without a Swedish personnummer has a reserve number, `YYYYMMDD` + `T` + three
--   digits, which can never pass as a personnummer. Guardians (vårdnadshavare) belong to the
--   person, each with name and address so that letters can reach them.
-- - Consent and request (K1, K2) are recorded facts: who, which day, given, withdrawn or
--   refused. The case's old yes/no columns become facts dated the day the case was received.
-- - Every change to a person is kept with its old value (person_change), never overwritten
--   without trace.
-- - A case may be written off (F9, the application withdrawn) or closed, and reopened to where
--   it stood; the applicant's written demand for a decision (F8) is dated on the case.
-- - A visit or cancellation names the journal entry that recorded it, and a correction voids it.

-- People: reserve numbers beside personnummer and samordningsnummer; the guardians' count.
CREATE TABLE person_new (
    id           INTEGER PRIMARY KEY,
    pnr          TEXT NOT NULL UNIQUE CHECK (length(pnr) = 12 AND (pnr NOT GLOB '*[^0-9]*'
                     OR pnr GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9]')),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    birth_date   TEXT NOT NULL CHECK (date(birth_date) IS birth_date),
    sex          TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    coordination INTEGER NOT NULL CHECK (coordination IN (0, 1)), -- samordningsnummer
    protected    INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1)), -- skyddad identitet
    address      TEXT,
    guardians    INTEGER CHECK (guardians IN (1, 2)),
    created_at   TEXT NOT NULL
) STRICT;

INSERT INTO person_new (id, pnr, name, birth_date, sex, coordination, protected, address,
        guardians, created_at)
    SELECT p.id, p.pnr, p.name, p.birth_date, p.sex, p.coordination, p.protected, p.address,
        (SELECT max(c.guardians) FROM cases c WHERE c.person_id = p.id), p.created_at
    FROM person p;

-- A child's guardians, by slot: guardian 1 and guardian 2.
CREATE TABLE guardian (
    person_id INTEGER NOT NULL REFERENCES person (id),
    slot      INTEGER NOT NULL CHECK (slot IN (1, 2)),
    name      TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
    address   TEXT,
    PRIMARY KEY (person_id, slot)
) STRICT;

INSERT INTO guardian (person_id, slot)
    SELECT id, 1 FROM person_new WHERE guardians >= 1;
INSERT INTO guardian (person_id, slot)
    SELECT id, 2 FROM person_new WHERE guardians = 2;

-- Cases: who asked is a fact or nothing; consent moves to its own table; two more statuses.
CREATE TABLE cases_new (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL REFERENCES person (id),
    insats            TEXT NOT NULL CHECK (insats IN ('kontaktperson-sol', 'kontaktperson-lss',
                          'kvalificerad-sol', 'kvalificerad-lvu', 'umgangesstod',
                          'ledsagning-sol', 'ledsagarservice-lss')),
    received          TEXT NOT NULL CHECK (date(received) IS received),
    requested_by      TEXT CHECK (requested_by IN ('self', 'guardian', 'court', 'committee')),
    court_ref         TEXT CHECK (court_ref IS NULL OR length(trim(court_ref)) > 0),
    lss_group         INTEGER CHECK (lss_group IN (1, 2, 3)),
    housing           TEXT NOT NULL CHECK (housing IN ('ordinary', 'special')),
    workplace         TEXT,
    residence         TEXT,
    status            TEXT NOT NULL CHECK (status IN ('application', 'assessed', 'decided',
                          'ordered', 'executed', 'ended', 'rejected', 'written_off', 'closed')),
    -- Where a written-off or closed case goes back to when reopened.
    reopens_to        TEXT CHECK (reopens_to IN ('application', 'assessed', 'decided',
                          'ordered', 'executed', 'ended', 'rejected', 'written_off')),
    -- F8: the day the applicant demanded a decision in writing.
    decision_demanded TEXT CHECK (decision_demanded IS NULL
                          OR date(decision_demanded) IS decision_demanded),
    caseworker        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    area              TEXT,
    wish_sex          TEXT CHECK (wish_sex IN ('female', 'male')),
    wish_languages    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(wish_languages)),
    wish_interests    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(wish_interests)),
    -- K4: umgängesstöd only on a court's decision, enforced by the file itself too.
    CHECK (insats <> 'umgangesstod' OR court_ref IS NOT NULL),
    CHECK ((status IN ('written_off', 'closed')) = (reopens_to IS NOT NULL))
) STRICT;

INSERT INTO cases_new (id, person_id, insats, received, requested_by, court_ref, lss_group,
        housing, workplace, residence, status, caseworker, created_at, area, wish_sex,
        wish_languages, wish_interests)
    SELECT id, person_id, insats, received, requested_by, court_ref, lss_group, housing,
        workplace, residence, status, caseworker, created_at, area, wish_sex, wish_languages,
        wish_interests
    FROM cases;

-- Consent and request as facts (K1, K2): by the individual or one of the guardians.
CREATE TABLE consent (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    by_whom TEXT NOT NULL CHECK (by_whom IN ('self', 'guardian-1', 'guardian-2')),
    kind    TEXT NOT NULL CHECK (kind IN ('request', 'given', 'withdrawn', 'refused')),
    day     TEXT NOT NULL CHECK (date(day) IS day),
    note    TEXT,
    user    TEXT NOT NULL,
    at      TEXT NOT NULL
) STRICT;

CREATE INDEX consent_case ON consent (case_id, id);
-- K5: the consents withdrawn, for the reminders.
CREATE INDEX consent_withdrawn ON consent (day) WHERE kind = 'withdrawn';

-- What the old columns said, as facts of the day the case was received.
INSERT INTO consent (case_id, by_whom, kind, day, note, user, at)
    SELECT id, 'self', 'request', received, 'från ansökan (före version 7)', caseworker, created_at
    FROM cases WHERE requested_by = 'self';
INSERT INTO consent (case_id, by_whom, kind, day, note, user, at)
    SELECT id, 'guardian-1', 'request', received, 'från ansökan (före version 7)', caseworker,
        created_at
    FROM cases WHERE requested_by = 'guardian';
INSERT INTO consent (case_id, by_whom, kind, day, note, user, at)
    SELECT id, 'guardian-2', 'request', received, 'från ansökan (före version 7)', caseworker,
        created_at
    FROM cases WHERE requested_by = 'guardian' AND guardians = 2;
INSERT INTO consent (case_id, by_whom, kind, day, note, user, at)
    SELECT id, 'self', 'given', received, 'från ansökan (före version 7)', caseworker, created_at
    FROM cases WHERE consent_self = 1;
INSERT INTO consent (case_id, by_whom, kind, day, note, user, at)
    SELECT id, 'guardian-1', 'given', received, 'från ansökan (före version 7)', caseworker,
        created_at
    FROM cases WHERE consent_guardian = 1;
INSERT INTO consent (case_id, by_whom, kind, day, note, user, at)
    SELECT id, 'guardian-2', 'given', received, 'från ansökan (före version 7)', caseworker,
        created_at
    FROM cases WHERE consent_guardian = 1 AND guardians = 2;

DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
DROP TABLE person;
ALTER TABLE person_new RENAME TO person;

CREATE INDEX cases_person ON cases (person_id);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_insats_status ON cases (insats, status);
CREATE INDEX cases_caseworker_status ON cases (caseworker, status);
CREATE INDEX cases_received ON cases (received);
-- F8: open applications waiting for their decision, by the day they came in.
CREATE INDEX cases_waiting ON cases (received) WHERE status IN ('application', 'assessed');
CREATE INDEX cases_demanded ON cases (decision_demanded) WHERE decision_demanded IS NOT NULL;
-- find: a name, case-insensitively.
CREATE INDEX person_name ON person (name COLLATE NOCASE);

-- The history of a person's details: every change with its old and new value.
CREATE TABLE person_change (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    day       TEXT NOT NULL CHECK (date(day) IS day),
    note      TEXT NOT NULL CHECK (length(trim(note)) > 0),
    user      TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;

CREATE INDEX person_change_person ON person_change (person_id, id);

-- Visits and cancellations name the journal entry that recorded them; a correction voids one
-- and names the correcting entry. Both are written in the same transaction as their entry, the
-- row first (so no foreign key: the entry's number is known before it exists).
ALTER TABLE visit ADD COLUMN entry INTEGER;
ALTER TABLE visit ADD COLUMN voided INTEGER;
ALTER TABLE cancellation ADD COLUMN entry INTEGER;
ALTER TABLE cancellation ADD COLUMN voided INTEGER;
CREATE INDEX visit_entry ON visit (entry) WHERE entry IS NOT NULL;
CREATE INDEX cancellation_entry ON cancellation (entry) WHERE entry IS NOT NULL;
CREATE INDEX visit_voided ON visit (voided) WHERE voided IS NOT NULL;
CREATE INDEX cancellation_voided ON cancellation (voided) WHERE voided IS NOT NULL;
