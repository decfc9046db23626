-- insats schema version 9: due process around a decision (issue 16, rules F1-F7).
--
-- - Kommunicering (F1): the material sent to the party before a decision that goes against
--   them, the day they may reply by (theirs in full), and their reply when it comes.
-- - Letters (F3): a row for each letter once it is sent, naming what it is the letter of (a
--   decision, a follow-up's ending, a written-off case, a dismissed appeal), how it went out,
--   and the day the party received it, from which the appeal clock runs (F4).
-- - Appeals (F4-F7): when one came in and whether in time; omprövning covers a new decision
--   (F5); a dismissal (avvisning) of one too late, the forwarding to the court (F6) and the
--   court's judgment (F7), which may become a decision in force.
-- - A decision and a follow-up keep the caseworker's motivering (F2) and the documented
--   reason when kommunicering was not needed (F1); a decision made from a judgment names it.
-- - A written-off case keeps the day the applicant withdrew (F9), for its notice.

CREATE TABLE communication (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    sent       TEXT NOT NULL CHECK (date(sent) IS sent),
    reply_by   TEXT NOT NULL CHECK (date(reply_by) IS reply_by AND reply_by >= sent),
    material   TEXT NOT NULL DEFAULT '[]'
                   CHECK (json_valid(material) AND json_type(material) = 'array'),
    note       TEXT,
    replied    TEXT CHECK (replied IS NULL OR (date(replied) IS replied AND replied >= sent)),
    reply_note TEXT,
    user       TEXT NOT NULL,
    at         TEXT NOT NULL,
    CHECK ((replied IS NULL) = (reply_note IS NULL))
) STRICT;
CREATE INDEX communication_case ON communication (case_id, id);

CREATE TABLE appeal (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES cases (id),
    decision_id          INTEGER NOT NULL REFERENCES decision (id),
    follow_up_id         INTEGER REFERENCES follow_up (id),
    came                 TEXT NOT NULL CHECK (date(came) IS came),
    last_day             TEXT CHECK (last_day IS NULL OR date(last_day) IS last_day),
    in_time              INTEGER NOT NULL CHECK (in_time IN (0, 1)),
    status               TEXT NOT NULL
                             CHECK (status IN ('open', 'dismissed', 'forwarded', 'lapsed', 'judged')),
    note                 TEXT,
    covers_decision_id   INTEGER REFERENCES decision (id),
    dismissed            TEXT CHECK (dismissed IS NULL OR date(dismissed) IS dismissed),
    dismissed_by         TEXT,
    dismissed_name       TEXT,
    dismissed_title      TEXT,
    dismissal_note       TEXT,
    forwarded            TEXT CHECK (forwarded IS NULL OR (date(forwarded) IS forwarded AND forwarded >= came)),
    court                TEXT,
    judgment             TEXT CHECK (judgment IS NULL OR (date(judgment) IS judgment AND judgment >= came)),
    judgment_outcome     TEXT CHECK (judgment_outcome IN ('granted', 'partly', 'rejected', 'returned')),
    judgment_decision_id INTEGER REFERENCES decision (id),
    user                 TEXT NOT NULL,
    at                   TEXT NOT NULL,
    CHECK ((status = 'dismissed') = (dismissed IS NOT NULL)),
    CHECK ((judgment IS NULL) = (judgment_outcome IS NULL))
) STRICT;
CREATE INDEX appeal_case ON appeal (case_id, id);
CREATE INDEX appeal_waiting ON appeal (came) WHERE status = 'open' AND in_time = 1;

CREATE TABLE letter (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    act          TEXT NOT NULL CHECK (act IN ('decision', 'ending', 'written_off', 'dismissal')),
    decision_id  INTEGER REFERENCES decision (id),
    follow_up_id INTEGER REFERENCES follow_up (id),
    appeal_id    INTEGER REFERENCES appeal (id),
    appealable   INTEGER NOT NULL CHECK (appealable IN (0, 1)),
    sent         TEXT NOT NULL CHECK (date(sent) IS sent),
    how          TEXT NOT NULL CHECK (how IN ('post', 'digital', 'hand')),
    received     TEXT CHECK (received IS NULL OR (date(received) IS received AND received >= sent)),
    user         TEXT NOT NULL,
    at           TEXT NOT NULL,
    CHECK (act <> 'decision' OR decision_id IS NOT NULL),
    CHECK (act <> 'ending' OR follow_up_id IS NOT NULL),
    CHECK (act <> 'dismissal' OR appeal_id IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX letter_one_per_act ON letter (
    case_id, act, coalesce(decision_id, 0), coalesce(follow_up_id, 0), coalesce(appeal_id, 0));
CREATE INDEX letter_appeal_clock ON letter (received) WHERE appealable = 1 AND received IS NOT NULL;

ALTER TABLE decision ADD COLUMN motivation TEXT;
ALTER TABLE decision ADD COLUMN no_communication_reason TEXT;
ALTER TABLE decision ADD COLUMN judgment_of INTEGER REFERENCES appeal (id);
ALTER TABLE follow_up ADD COLUMN motivation TEXT;
ALTER TABLE follow_up ADD COLUMN no_communication_reason TEXT;
ALTER TABLE cases ADD COLUMN withdrawn TEXT CHECK (withdrawn IS NULL OR date(withdrawn) IS withdrawn);
