-- The consent registry (AVG art. 9(2)(a)): what the schools recorded with ConsentGiven / ConsentWithdrawn, written by the
-- intake in the same transaction as the ledger row. A consent id is the school's own, like a record id in
-- school_records: the same id from two school locations, or for two pupils, names two consents. A withdrawal may arrive
-- before the give it withdraws: it is kept (scope and validity still empty), and the give that follows stays withdrawn.
-- The relay checks consent when it sends (ConsentChecks), so a withdrawal also stops messages still waiting.
CREATE TABLE consents (
  brin                  text        NOT NULL,
  vestiging             text        NOT NULL,
  consent_id            text        NOT NULL,
  pupil_pseudonym       text        NOT NULL,
  scope                 text        NULL CHECK (scope IN ('mazl-referral', 'jgz-advice-to-school')),
  given_by              text        NULL CHECK (given_by IN ('parents', 'parents-and-pupil', 'pupil')),
  valid_from            date        NULL,
  valid_until           date        NULL,
  withdrawn_on          date        NULL,
  recorded_at           timestamptz NOT NULL,
  given_occurred_at     timestamptz NULL,
  given_message_id      uuid        NULL,
  withdrawn_message_id  uuid        NULL,
  PRIMARY KEY (brin, vestiging, consent_id, pupil_pseudonym),
  CHECK ((scope IS NULL) = (given_message_id IS NULL) AND (scope IS NULL) = (given_by IS NULL)
         AND (scope IS NULL) = (valid_from IS NULL) AND (scope IS NULL) = (valid_until IS NULL)),
  CHECK ((withdrawn_message_id IS NULL) = (withdrawn_on IS NULL))
);

CREATE INDEX consents_pupil_scope ON consents (pupil_pseudonym, scope, brin, vestiging);

-- The disclosure log (0041) is append-only. An entry's status may move once, from 'pending' to 'sent' or 'blocked',
-- setting ended_at and status_reason with it; nothing else about an entry ever changes. Deleting entries (or truncating
-- the table) is refused unless the transaction said it is the retention purge: SET LOCAL hub.retention_purge = 'on'.
CREATE FUNCTION disclosures_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'pending' OR NEW.status NOT IN ('sent', 'blocked') THEN
    RAISE EXCEPTION 'disclosures is append-only: status may only move from pending to sent or blocked (% to % refused)', OLD.status, NEW.status
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF (NEW.disclosure_id, NEW.message_id, NEW.trace_id, NEW.span_id, NEW.parent_span_id, NEW.operation, NEW.activity_id,
      NEW.legal_basis, NEW.recipient, NEW.data_categories, NEW.subject_type, NEW.subject_cipher, NEW.subject_lookup,
      NEW.consent_id, NEW.started_at)
     IS DISTINCT FROM
     (OLD.disclosure_id, OLD.message_id, OLD.trace_id, OLD.span_id, OLD.parent_span_id, OLD.operation, OLD.activity_id,
      OLD.legal_basis, OLD.recipient, OLD.data_categories, OLD.subject_type, OLD.subject_cipher, OLD.subject_lookup,
      OLD.consent_id, OLD.started_at) THEN
    RAISE EXCEPTION 'disclosures is append-only: only status, ended_at and status_reason may change'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER disclosures_guard_update
  BEFORE UPDATE ON disclosures
  FOR EACH ROW EXECUTE FUNCTION disclosures_guard_update();

CREATE FUNCTION disclosures_guard_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('hub.retention_purge', true), '') <> 'on' THEN
    RAISE EXCEPTION 'disclosures is append-only: % refused outside the retention purge (SET LOCAL hub.retention_purge = ''on'')', TG_OP
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER disclosures_guard_delete
  BEFORE DELETE ON disclosures
  FOR EACH STATEMENT EXECUTE FUNCTION disclosures_guard_delete();

CREATE TRIGGER disclosures_guard_truncate
  BEFORE TRUNCATE ON disclosures
  FOR EACH STATEMENT EXECUTE FUNCTION disclosures_guard_delete();
