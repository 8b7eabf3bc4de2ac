-- A pupil's rule state is rewritten at every evaluation (a few KB of JSON, stored out of line once compressed), and an
-- intake transaction's PupilEventsRecorded outbox row carries its events (tens of KB). PostgreSQL's default
-- compression (pglz) cost the database more than lz4 does for the same rows, on every write and read; lz4 is built
-- into Debian's PostgreSQL 15. Values already stored keep their compression until they are rewritten.
ALTER TABLE pupil_state ALTER COLUMN state SET COMPRESSION lz4;
ALTER TABLE outbox ALTER COLUMN body SET COMPRESSION lz4;
