-- The attendance ledger: append-only, pseudonymised domain events (payload = the domain event as JSON, never
-- a persoonsgebonden nummer). Partitioned by month on recorded_at so retention can drop whole months; rows
-- outside the pre-made months land in the default partition.
CREATE TABLE attendance_ledger (
  sequence         bigserial   NOT NULL,
  message_id       uuid        NOT NULL,
  pupil_pseudonym  text        NOT NULL,
  brin             text        NOT NULL,
  vestiging        text        NOT NULL,
  event_type       text        NOT NULL,
  occurred_at      timestamptz NOT NULL,
  recorded_at      timestamptz NOT NULL,
  payload          jsonb       NOT NULL,
  PRIMARY KEY (sequence, recorded_at)
) PARTITION BY RANGE (recorded_at);

CREATE TABLE attendance_ledger_default PARTITION OF attendance_ledger DEFAULT;

CREATE INDEX attendance_ledger_pupil_sequence ON attendance_ledger (pupil_pseudonym, sequence);
CREATE INDEX attendance_ledger_sequence ON attendance_ledger (sequence);

DO $$
DECLARE
  month date := date '2026-01-01';
BEGIN
  WHILE month < date '2029-01-01' LOOP
    EXECUTE format(
      'CREATE TABLE attendance_ledger_%s PARTITION OF attendance_ledger FOR VALUES FROM (%L) TO (%L)',
      to_char(month, 'YYYY_MM'), month, month + interval '1 month');
    month := month + interval '1 month';
  END LOOP;
END
$$;

CREATE FUNCTION attendance_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'attendance_ledger is append-only (% refused); drop a partition to purge', TG_OP;
END
$$;

CREATE TRIGGER attendance_ledger_append_only
  BEFORE UPDATE OR DELETE ON attendance_ledger
  FOR EACH ROW EXECUTE FUNCTION attendance_ledger_append_only();
