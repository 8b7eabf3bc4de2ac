-- The de-duplication record: one row per message id the intake has read, with its (first) outcome.
-- A repeat increments receive_count and is answered with the stored outcome.
CREATE TABLE submissions (
  message_id         uuid        PRIMARY KEY,
  brin               text        NOT NULL,
  vestiging          text        NOT NULL,
  message_type       text        NOT NULL,
  outcome            text        NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
  reasons            jsonb       NOT NULL DEFAULT '[]',
  rejection_id       uuid        NULL,
  correlation_id     uuid        NULL,
  first_received_at  timestamptz NOT NULL,
  last_received_at   timestamptz NOT NULL,
  receive_count      integer     NOT NULL DEFAULT 1,
  CHECK (outcome = 'accepted' OR rejection_id IS NOT NULL)
);

CREATE INDEX submissions_brin_first_received_at ON submissions (brin, first_received_at);
