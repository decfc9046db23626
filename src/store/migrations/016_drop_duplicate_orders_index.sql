-- insats schema version 16: one index fewer on the orders (issue 21).
--
-- Version 10 made `orders_executed` for P1 (the executed orders still waiting for their plan),
-- and version 11 made `orders_running` for D3 and R1 (the executed orders still running).
-- Both order the executed orders by the day they were executed, with the same condition, so
-- every order's execution and end moved an entry in two identical indexes. The statements
-- that named `orders_running` now name `orders_executed`, and read the same entries.

DROP INDEX orders_running;
