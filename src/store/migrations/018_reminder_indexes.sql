-- insats schema version 18: indexes that let `report reminders` read what it needs from small
-- b-trees instead of from the rows (issue 21).
--
-- Each reminder is a case and its person (report::Subject) beside the dates of one record. At
-- 100,000 cases the statements looked 50,000 pages up (20,800 different ones) for 14,300
-- reminders: the rows of cases (12,100 lookups), person (11,200) and decision (9,600) are wide,
-- so few fit in the page cache, and the follow-ups were read row by row to learn their day.
-- The indexes below hold just the columns the statements read, so that each lookup lands in a
-- b-tree a fraction of the table's size (and the follow-ups are answered from their index).

-- A case as a report names it: its id first, so that a report finds it by id.
CREATE INDEX cases_subject ON cases (id, person_id, status, insats, caseworker);
-- A person as a report names them.
CREATE INDEX person_subject ON person (id, pnr, protected, birth_date, sex);

-- The grants in force by their last day, with what the expiring grants and the follow-ups
-- read of them; by case after the day, the order the reminders list them in.
DROP INDEX decision_grant_end;
CREATE INDEX decision_grant_end ON decision (to_day, case_id, from_day, hours_per_month,
    decided_day) WHERE status = 'in_force' AND outcome = 'grant';
-- The decision in force of a case, with what the grants without an order and the LVU reviews
-- read of it. `decision_one_in_force` stays as the rule that there is at most one.
CREATE INDEX decision_in_force ON decision (case_id, outcome, decided_day, from_day, to_day,
    hours_per_month) WHERE status = 'in_force';

-- A case's follow-ups by day (was by id): the reminders ask whether one came on or after a day.
DROP INDEX follow_up_case;
CREATE INDEX follow_up_case ON follow_up (case_id, day);
-- A decision's follow-ups, with their case and day: the latest follow-up of a grant.
DROP INDEX follow_up_decision;
CREATE INDEX follow_up_decision ON follow_up (decision_id, case_id, day);

-- Executed orders by the day and then the case: the orders not in use and those without a
-- plan, in the order they are listed, without reading the orders' rows.
DROP INDEX orders_executed;
CREATE INDEX orders_executed ON orders (executed_day, case_id) WHERE status = 'executed';
