-- insats schema version 19: the cancellations that E5 counts, read from their indexes alone
-- (issue 21).
--
-- E5 counts a case's cancellations by the individual or a guardian that were not rebooked or
-- voided. `report reminders` looked each cancellation of the last six months up in its row
-- (34,700 rows at 100,000 cases, for 12,200 that count), and so did each visit and cancellation
-- the demo and `log` record, for the flag on the case.

-- A case's cancellations by day, with what E5 reads of each.
DROP INDEX cancellation_case_day;
CREATE INDEX cancellation_case_day ON cancellation (case_id, day, by_whom, rebooked_day, voided);

-- The cancellations that count, by day: the reminders' candidates. The columns of the
-- condition are in the index too, so that every SQLite reads it without the rows.
CREATE INDEX cancellation_counted ON cancellation (day, case_id, by_whom, rebooked_day, voided)
    WHERE rebooked_day IS NULL AND by_whom IN ('individual', 'guardian') AND voided IS NULL;
