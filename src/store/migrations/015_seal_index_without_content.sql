-- insats schema version 15: the seals' index no longer carries each seal's content hash
-- (issue 21).
--
-- `seal_row` orders the seals by table, row and id, so that `check` finds each row's latest
-- seal by walking it. It also held the 32-byte content hash, so that the walk never touched the
-- seal table itself: a second copy of every content hash, about a twentieth of a demo file.
-- The latest seal's content is now read from its row (the seals of one table lie close
-- together, in the order they were written); `check` took the same CPU time on the
-- 10,000-case demo file.

DROP INDEX seal_row;
CREATE INDEX seal_row ON seal (tbl, row_key, id);
