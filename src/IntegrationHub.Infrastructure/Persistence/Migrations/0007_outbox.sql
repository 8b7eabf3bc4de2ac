-- Messages written in the same transaction as the state change that caused them, relayed to RabbitMQ in
-- sequence order. destination: a MassTransit address ("queue:school.12AB.feedback", "exchange:..."), or NULL
-- to publish. message_id becomes the MassTransit MessageId, so consumers can de-duplicate.
CREATE TABLE outbox (
  sequence      bigserial   PRIMARY KEY,
  message_id    uuid        NOT NULL UNIQUE,
  destination   text        NULL,
  message_type  text        NOT NULL,
  body          jsonb       NOT NULL,
  headers       jsonb       NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  sent_at       timestamptz NULL,
  attempts      integer     NOT NULL DEFAULT 0,
  last_error    text        NULL
);

CREATE INDEX outbox_unsent ON outbox (sequence) WHERE sent_at IS NULL;
