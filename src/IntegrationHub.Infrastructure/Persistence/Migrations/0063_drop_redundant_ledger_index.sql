-- attendance_ledger_sequence (migration 0003) indexes sequence alone, and the primary key (sequence, recorded_at)
-- starts with sequence: every lookup by sequence, or range of sequences, that the one serves the other serves too. The
-- ledger paid for both on every event appended. Dropping the partitioned index drops it on every partition.
DROP INDEX IF EXISTS attendance_ledger_sequence;
