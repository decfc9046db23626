-- insats schema version 1: people, cases, the append-only journal, the audit trail.
-- Dates are TEXT 'YYYY-MM-DD'; moments are TEXT RFC 3339 in UTC.

PRAGMA application_id = 1229869908; -- 0x494E5354, 'INST'

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- A person (enskild), identified by personnummer or samordningsnummer in 12 digits.
CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    pnr          TEXT NOT NULL UNIQUE CHECK (length(pnr) = 12 AND pnr NOT GLOB '*[^0-9]*'),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    birth_date   TEXT NOT NULL CHECK (date(birth_date) IS birth_date),
    sex          TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    coordination INTEGER NOT NULL CHECK (coordination IN (0, 1)), -- samordningsnummer
    protected    INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1)), -- skyddad identitet
    address      TEXT,
    created_at   TEXT NOT NULL
) STRICT;

-- A case (ärende): one application for one intervention.
CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES person (id),
    insats           TEXT NOT NULL CHECK (insats IN ('kontaktperson-sol', 'kontaktperson-lss',
                         'kvalificerad-sol', 'kvalificerad-lvu', 'umgangesstod',
                         'ledsagning-sol', 'ledsagarservice-lss')),
    received         TEXT NOT NULL CHECK (date(received) IS received),
    requested_by     TEXT NOT NULL CHECK (requested_by IN ('self', 'guardian', 'court', 'committee')),
    consent_self     INTEGER NOT NULL CHECK (consent_self IN (0, 1)),
    consent_guardian INTEGER NOT NULL CHECK (consent_guardian IN (0, 1)),
    guardians        INTEGER CHECK (guardians IN (1, 2)),
    court_ref        TEXT CHECK (court_ref IS NULL OR length(trim(court_ref)) > 0),
    lss_group        INTEGER CHECK (lss_group IN (1, 2, 3)),
    housing          TEXT NOT NULL CHECK (housing IN ('ordinary', 'special')),
    workplace        TEXT,
    residence        TEXT,
    status           TEXT NOT NULL CHECK (status IN ('application', 'assessed', 'decided',
                         'ordered', 'executed', 'ended', 'rejected')),
    caseworker       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    -- K4: umgängesstöd only on a court's decision, enforced by the file itself too.
    CHECK (insats <> 'umgangesstod' OR court_ref IS NOT NULL)
) STRICT;

CREATE INDEX cases_person ON cases (person_id);
CREATE INDEX cases_status ON cases (status);

-- The case journal (journal): append-only (G4). A correction is a new entry pointing at the old.
CREATE TABLE journal (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id),
    day      TEXT NOT NULL CHECK (date(day) IS day), -- the date the entry is about (--today)
    at       TEXT NOT NULL,                          -- when it was written
    user     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('event', 'note', 'correction', 'warning')),
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    corrects INTEGER REFERENCES journal (id),
    CHECK ((kind = 'correction') = (corrects IS NOT NULL))
) STRICT;

CREATE INDEX journal_case ON journal (case_id, id);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only (G4): write a correction instead');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only (G4): entries cannot be deleted');
END;

-- The audit trail: who changed what, when, with which command. Append-only like the journal.
CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    day     TEXT NOT NULL,
    user    TEXT NOT NULL,
    command TEXT NOT NULL,
    action  TEXT NOT NULL,
    case_id INTEGER -- no foreign key: the audit trail outlives a case deleted under R2
) STRICT;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
