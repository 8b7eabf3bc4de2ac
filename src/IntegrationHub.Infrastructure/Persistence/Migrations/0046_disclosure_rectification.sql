-- Rectification (AVG art. 16) moves a pupil to the pseudonym of the corrected nummer everywhere, the disclosure log
-- included: the subject is re-encrypted. That one change is allowed, and only when the transaction said it is a
-- rectification (SET LOCAL hub.rectification = 'on'); everything else stays as 0042 has it: an entry's status moves
-- once, from pending to sent or blocked, and nothing else about it changes.
CREATE OR REPLACE FUNCTION disclosures_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('hub.rectification', true), '') = 'on'
     AND (NEW.status, NEW.ended_at, NEW.status_reason) IS NOT DISTINCT FROM (OLD.status, OLD.ended_at, OLD.status_reason)
     AND (NEW.disclosure_id, NEW.message_id, NEW.trace_id, NEW.span_id, NEW.parent_span_id, NEW.operation, NEW.activity_id,
          NEW.legal_basis, NEW.recipient, NEW.data_categories, NEW.subject_type, NEW.consent_id, NEW.started_at)
         IS NOT DISTINCT FROM
         (OLD.disclosure_id, OLD.message_id, OLD.trace_id, OLD.span_id, OLD.parent_span_id, OLD.operation, OLD.activity_id,
          OLD.legal_basis, OLD.recipient, OLD.data_categories, OLD.subject_type, OLD.consent_id, OLD.started_at) THEN
    RETURN NEW; -- only the subject changed, under a rectification
  END IF;
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
