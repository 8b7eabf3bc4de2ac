-- Retention (issue 9): ledger partitions made ahead by the hub itself, the ledger's guard opened only for the hub's own
-- purge, erasure and rectification, and cheap time indexes for the purge.

-- 1. The ledger stays append-only for everyone else. A transaction may delete from it only with
--    SET LOCAL hub.retention_purge = 'on' (the retention purge, an erasure) or hub.ledger_maintenance = 'on' (moving
--    rows out of the default partition into a new month), and update it only with hub.rectification = 'on' (re-keying a
--    pupil whose persoonsgebonden nummer was corrected).
CREATE OR REPLACE FUNCTION attendance_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND (coalesce(current_setting('hub.retention_purge', true), '') = 'on'
                           OR coalesce(current_setting('hub.ledger_maintenance', true), '') = 'on') THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND coalesce(current_setting('hub.rectification', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'attendance_ledger is append-only (% refused); drop a partition to purge', TG_OP;
END
$$;

-- 2. The ledger's month partitions with their bounds (the default partition excluded).
CREATE FUNCTION attendance_ledger_partitions()
RETURNS TABLE (partition_name text, lower_bound timestamptz, upper_bound timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT c.relname::text,
         (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \(''([^'']*)''\)'))[1]::timestamptz,
         (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']*)''\)'))[1]::timestamptz
  FROM pg_inherits i
  JOIN pg_class c ON c.oid = i.inhrelid
  WHERE i.inhparent = 'attendance_ledger'::regclass
    AND pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'
$$;

-- 3. Makes sure the month of p_at and the p_months_ahead months after it have a partition; returns the ones it made.
--    Months are cut as 0003 cut them (a date as timestamptz, in the session's TimeZone). A month that overlaps an
--    existing partition is left alone. Rows that already landed in the default partition for a new month are moved into
--    it, so a hub that ran past its partitions catches up.
CREATE FUNCTION attendance_ledger_ensure_partitions(p_at timestamptz, p_months_ahead integer)
RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
  v_month date := date_trunc('month', p_at)::date;
  v_last date := (date_trunc('month', p_at)::date + make_interval(months => p_months_ahead))::date;
  v_lo timestamptz;
  v_hi timestamptz;
  v_name text;
BEGIN
  WHILE v_month <= v_last LOOP
    v_lo := v_month::timestamptz;
    v_hi := (v_month + interval '1 month')::date::timestamptz;
    v_name := 'attendance_ledger_' || to_char(v_month, 'YYYY_MM');
    IF NOT EXISTS (SELECT 1 FROM attendance_ledger_partitions() p WHERE p.lower_bound < v_hi AND p.upper_bound > v_lo) THEN
      IF EXISTS (SELECT 1 FROM attendance_ledger_default WHERE recorded_at >= v_lo AND recorded_at < v_hi) THEN
        EXECUTE format('CREATE TABLE %I (LIKE attendance_ledger INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', v_name);
        EXECUTE format('INSERT INTO %I SELECT * FROM attendance_ledger_default WHERE recorded_at >= %L AND recorded_at < %L', v_name, v_lo, v_hi);
        PERFORM set_config('hub.ledger_maintenance', 'on', true);
        DELETE FROM attendance_ledger_default WHERE recorded_at >= v_lo AND recorded_at < v_hi;
        PERFORM set_config('hub.ledger_maintenance', 'off', true);
        EXECUTE format('ALTER TABLE attendance_ledger ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', v_name, v_lo, v_hi);
      ELSE
        EXECUTE format('CREATE TABLE %I PARTITION OF attendance_ledger FOR VALUES FROM (%L) TO (%L)', v_name, v_lo, v_hi);
      END IF;
      RETURN NEXT v_name;
    END IF;
    v_month := (v_month + interval '1 month')::date;
  END LOOP;
END
$$;

-- 4. Drops one month partition of the ledger (the retention purge, once every row in it is past its term).
CREATE FUNCTION attendance_ledger_drop_partition(p_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM attendance_ledger_partitions() p WHERE p.partition_name = p_name) THEN
    RAISE EXCEPTION '% is not a month partition of attendance_ledger', p_name;
  END IF;
  EXECUTE format('DROP TABLE %I', p_name);
END
$$;

SELECT attendance_ledger_ensure_partitions(now(), 3);

-- 5. The purge finds old rows by time. BRIN indexes on the append-only tables cost almost nothing to keep up; the tables
--    whose rows are updated all the time (pupil_state, signals) are scanned instead, so their updates stay HOT.
CREATE INDEX submissions_last_received_at ON submissions USING brin (last_received_at);
CREATE INDEX rejected_submissions_received_at ON rejected_submissions USING brin (received_at);
CREATE INDEX inbox_processed_at ON inbox USING brin (processed_at);
CREATE INDEX school_records_first_recorded_at ON school_records USING brin (first_recorded_at);
CREATE INDEX disclosures_started_at ON disclosures USING brin (started_at);
