-- The disclosure log (AVG art. 15 inzage), modelled on Logius "Logboek dataverwerkingen": one record per data subject per
-- processing, never sampled. Written as 'pending' in the same transaction as the outbound message it accounts for; the
-- relay marks it 'sent' once the broker confirmed the message, or 'blocked' with the reason (e.g. consent withdrawn
-- meanwhile). The subject (the hub pseudonym) is stored encrypted; subject_lookup is a keyed hash to find a pupil's
-- entries without decrypting the table.
CREATE TABLE disclosures (
  disclosure_id    bigserial   PRIMARY KEY,
  message_id       uuid        NOT NULL UNIQUE,
  trace_id         text        NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
  span_id          text        NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
  parent_span_id   text        NULL CHECK (parent_span_id ~ '^[0-9a-f]{16}$'),
  operation        text        NULL,
  activity_id      text        NOT NULL,
  legal_basis      text        NOT NULL,
  recipient        text        NOT NULL,
  data_categories  text[]      NOT NULL,
  subject_type     text        NOT NULL,
  subject_cipher   bytea       NOT NULL,
  subject_lookup   bytea       NOT NULL,
  consent_id       text        NULL,
  started_at       timestamptz NOT NULL,
  ended_at         timestamptz NULL,
  status           text        NOT NULL CHECK (status IN ('pending', 'sent', 'blocked')),
  status_reason    text        NULL
);

CREATE INDEX disclosures_subject ON disclosures (subject_lookup, started_at);
CREATE INDEX disclosures_pending ON disclosures (message_id) WHERE status = 'pending';
