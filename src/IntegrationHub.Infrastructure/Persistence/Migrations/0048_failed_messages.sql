-- Failed messages (issue 11, dlq): every message that exhausted its retries, from a MassTransit endpoint (its copy also
-- sits in <queue>_error with the reason in the MT-Fault-* headers) or from the AMQP intake gateway (its delivery limit).
-- group_key groups one cause: the exception type, its message normalised (ids, numbers and quoted values taken out, so
-- no personal value ends up in it) and the message type. attempts counts every try (retries and replays); failures
-- counts how often it ended here. body and headers are kept so an operator can replay it (hub dlq replay <id>); the
-- body may hold personal data, so the row is deleted by retention once resolved (see README, hub dlq).
CREATE TABLE failed_messages (
  id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id       uuid        NOT NULL,
  message_type     text        NOT NULL,
  source_queue     text        NOT NULL,
  brin             text        NULL,
  group_key        text        NOT NULL,
  exception_type   text        NOT NULL,
  reason           text        NOT NULL,
  attempts         integer     NOT NULL CHECK (attempts > 0),
  failures         integer     NOT NULL DEFAULT 1,
  first_failed_at  timestamptz NOT NULL,
  last_failed_at   timestamptz NOT NULL,
  content_type     text        NULL,
  headers          jsonb       NOT NULL,
  body             bytea       NOT NULL,
  state            text        NOT NULL DEFAULT 'failed' CHECK (state IN ('failed', 'replayed')),
  UNIQUE (source_queue, message_id)
);

CREATE INDEX failed_messages_open ON failed_messages (group_key, last_failed_at) WHERE state = 'failed';
CREATE INDEX failed_messages_brin ON failed_messages (brin) WHERE brin IS NOT NULL;

-- Each replay: when, by whom, and how it went (sent; failed again once it came back; send failed).
CREATE TABLE failed_message_replays (
  failed_message_id bigint      NOT NULL REFERENCES failed_messages (id) ON DELETE CASCADE,
  replay            integer     NOT NULL,
  replayed_at       timestamptz NOT NULL,
  replayed_by       text        NOT NULL,
  outcome           text        NOT NULL CHECK (outcome IN ('sent', 'failed again', 'send failed')),
  PRIMARY KEY (failed_message_id, replay)
);
