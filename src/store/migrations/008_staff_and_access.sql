-- insats schema version 8: who may see and do what (issue 15, rules S1-S5).
--
-- - The staff register: each person who may act, by their operating system login, with the
--   name and title letters print, their roles (S2), the units they work in (S3) and the
--   intervention types their delegation covers (S2). A person is disabled, never deleted: the
--   audit trail and the access log keep naming them. The file's owner is registered with every
--   role and every delegation by a step in Rust right after this script (src/store/staff.rs,
--   `register_owner`), so that one person can go on working alone.
-- - Each case belongs to a unit (S3); NULL where the guideline maps the type to none.
-- - A decision keeps the decision-maker's name and title as the register had them that day,
--   so that its letter names them even after the register changes (S2).
-- - The access log (S4): one line per command that read or changed a person's data, or was
--   refused by S1-S3, chained by hash like the audit trail (src/store/chain.rs, ACCESS). It is
--   the one thing a refused command writes, so every table that belongs to it is named
--   access_*.

CREATE TABLE staff (
    login       TEXT PRIMARY KEY NOT NULL
                    CHECK (length(login) BETWEEN 1 AND 64 AND login NOT GLOB '*[^!-~]*'),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    roles       TEXT NOT NULL CHECK (json_valid(roles) AND json_type(roles) = 'array'),
    units       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(units) AND json_type(units) = 'array'),
    delegations TEXT NOT NULL DEFAULT '[]'
                    CHECK (json_valid(delegations) AND json_type(delegations) = 'array'),
    disabled    TEXT CHECK (disabled IS NULL OR date(disabled) IS disabled),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;

CREATE TRIGGER staff_no_delete BEFORE DELETE ON staff
BEGIN
    SELECT RAISE(ABORT, 'staff are disabled, never deleted: the logs keep naming them');
END;

ALTER TABLE cases ADD COLUMN unit TEXT CHECK (unit IS NULL OR length(trim(unit)) > 0);

ALTER TABLE decision ADD COLUMN decided_name TEXT;
ALTER TABLE decision ADD COLUMN decided_title TEXT;

CREATE TABLE access_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,                          -- the system clock, UTC
    day       TEXT NOT NULL CHECK (date(day) IS day), -- the command's day (--today)
    user      TEXT NOT NULL,                          -- as recorded: LOGIN, or LOGIN for NAME
    staff     TEXT NOT NULL,                          -- whose roles applied (NAME, else LOGIN)
    command   TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('read', 'change', 'denied', 'outside_unit')),
    case_id   INTEGER,          -- no foreign keys: the log outlives a case deleted under R2
    person_id INTEGER,
    people    INTEGER CHECK (people IS NULL OR people >= 0), -- a report or list: people shown
    revealed  INTEGER NOT NULL CHECK (revealed IN (0, 1)),   -- whole personal identity numbers
    reason    TEXT,             -- --access-reason (S3), or the rule that refused
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64 AND prev_hash NOT GLOB '*[^0-9a-f]*'),
    hash      TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*')
) STRICT;

-- Every reading writes a line, so the log keeps few indexes: the review by case and by person
-- finds its lines at once; by staff member or period it reads the log through (it is run now
-- and then, and every index would be written on every reading).
CREATE INDEX access_log_case ON access_log (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX access_log_person ON access_log (person_id) WHERE person_id IS NOT NULL;

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
