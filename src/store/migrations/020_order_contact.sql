-- insats schema version 20: each executed order's last contact, kept by triggers (issue 21).
--
-- D3's reminder `not_used` names an executed intervention that has had no meeting (visit) and
-- no follow-up for three months. `report reminders` found the few that have by looking up the
-- latest visit and follow-up of every executed order (13,800 at 100,000 cases, for one
-- reminder), a ninth of its time. The day of that last contact is now kept with each executed
-- order and indexed, so the reminders read only the orders that have gone quiet.
--
-- `order_contact_computed` says what the day is; `order_contact` keeps it, one row for each
-- executed order and none for any other; the triggers below keep the two the same through
-- every write of an order, a visit or a follow-up, in the write's own transaction. `check`
-- compares them, and the demo's bulk writing fills the table once at the end.

-- The day an executed order last had contact: its execution, its latest visit not voided, or
-- its case's latest follow-up, whichever is latest.
CREATE VIEW order_contact_computed AS
SELECT o.id AS order_id, o.case_id AS case_id,
       max(o.executed_day,
           coalesce((SELECT max(v.day) FROM visit v
                     WHERE v.case_id = o.case_id AND v.order_id = o.id AND v.voided IS NULL), ''),
           coalesce((SELECT max(f.day) FROM follow_up f WHERE f.case_id = o.case_id), ''))
           AS quiet_since
FROM orders o
WHERE o.status = 'executed' AND o.executed_day IS NOT NULL;

CREATE TABLE order_contact (
    order_id    INTEGER PRIMARY KEY, -- orders.id; no foreign key: the triggers keep it
    case_id     INTEGER NOT NULL,
    quiet_since TEXT NOT NULL        -- order_contact_computed.quiet_since
) STRICT;
CREATE INDEX order_contact_quiet ON order_contact (quiet_since);
CREATE INDEX order_contact_case ON order_contact (case_id);

INSERT INTO order_contact (order_id, case_id, quiet_since)
SELECT order_id, case_id, quiet_since FROM order_contact_computed;

-- An order executed, ended, moved or deleted: its row made again from what it is now.
CREATE TRIGGER order_contact_order_insert AFTER INSERT ON orders
WHEN NEW.status = 'executed'
BEGIN
    INSERT INTO order_contact (order_id, case_id, quiet_since)
    SELECT order_id, case_id, quiet_since FROM order_contact_computed WHERE order_id = NEW.id;
END;
CREATE TRIGGER order_contact_order_update AFTER UPDATE OF id, case_id, status, executed_day ON orders
BEGIN
    DELETE FROM order_contact WHERE order_id IN (OLD.id, NEW.id);
    INSERT INTO order_contact (order_id, case_id, quiet_since)
    SELECT order_id, case_id, quiet_since FROM order_contact_computed WHERE order_id = NEW.id;
END;
CREATE TRIGGER order_contact_order_delete AFTER DELETE ON orders
BEGIN
    DELETE FROM order_contact WHERE order_id = OLD.id;
END;

-- A visit recorded: the most common write, so only a comparison.
CREATE TRIGGER order_contact_visit_insert AFTER INSERT ON visit
WHEN NEW.voided IS NULL
BEGIN
    UPDATE order_contact SET quiet_since = max(quiet_since, NEW.day)
    WHERE order_id = NEW.order_id AND case_id = NEW.case_id;
END;
-- A visit voided, moved or deleted: its orders' days made again.
CREATE TRIGGER order_contact_visit_update AFTER UPDATE OF case_id, order_id, day, voided ON visit
BEGIN
    UPDATE order_contact
    SET quiet_since = (SELECT k.quiet_since FROM order_contact_computed k
                       WHERE k.order_id = order_contact.order_id)
    WHERE order_id IN (OLD.order_id, NEW.order_id);
END;
CREATE TRIGGER order_contact_visit_delete AFTER DELETE ON visit
BEGIN
    UPDATE order_contact
    SET quiet_since = (SELECT k.quiet_since FROM order_contact_computed k
                       WHERE k.order_id = order_contact.order_id)
    WHERE order_id = OLD.order_id;
END;

-- A follow-up counts for every executed order of its case.
CREATE TRIGGER order_contact_follow_up_insert AFTER INSERT ON follow_up
BEGIN
    UPDATE order_contact SET quiet_since = max(quiet_since, NEW.day)
    WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER order_contact_follow_up_update AFTER UPDATE OF case_id, day ON follow_up
BEGIN
    UPDATE order_contact
    SET quiet_since = (SELECT k.quiet_since FROM order_contact_computed k
                       WHERE k.order_id = order_contact.order_id)
    WHERE case_id IN (OLD.case_id, NEW.case_id);
END;
CREATE TRIGGER order_contact_follow_up_delete AFTER DELETE ON follow_up
BEGIN
    UPDATE order_contact
    SET quiet_since = (SELECT k.quiet_since FROM order_contact_computed k
                       WHERE k.order_id = order_contact.order_id)
    WHERE case_id = OLD.case_id;
END;
