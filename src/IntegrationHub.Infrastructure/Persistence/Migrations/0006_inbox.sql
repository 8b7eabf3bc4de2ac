-- Idempotent consumers: a (consumer, message id) pair is processed once, marked in the consumer's own transaction.
CREATE TABLE inbox (
  consumer      text        NOT NULL,
  message_id    uuid        NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, message_id)
);
