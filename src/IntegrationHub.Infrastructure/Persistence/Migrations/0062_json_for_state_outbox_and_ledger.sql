-- The hub writes a pupil's rule state, an outbox body and a ledger payload as JSON text it serialized itself, and
-- reads them back only as text, to deserialize. As jsonb, PostgreSQL parsed every value into its binary form on each
-- write and printed it back to text on each read: for a 5 KB state rewritten per batch and a 60 KB PupilEventsRecorded
-- outbox row, one of the larger costs of the database on the hot path (pg_stat_statements, bench of 2026-12-04). As
-- json, PostgreSQL checks the text is JSON and stores it as written (here: the text jsonb printed). The queries that
-- read inside these values use -> and ->>, which json has too.
-- A type change resets a column's compression to the default (pglz) for the rewrite, so lz4 (migration 0061) is set
-- in the same statement: the rewrite then compresses with it. On a large ledger this rewrites every partition: plan
-- it in a quiet hour.
ALTER TABLE pupil_state ALTER COLUMN state TYPE json USING state::json, ALTER COLUMN state SET COMPRESSION lz4;
ALTER TABLE outbox ALTER COLUMN body TYPE json USING body::json, ALTER COLUMN body SET COMPRESSION lz4;
ALTER TABLE attendance_ledger ALTER COLUMN payload TYPE json USING payload::json;
