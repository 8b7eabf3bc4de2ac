-- Every message the intake did not accept, kept whole for operators and replay, unparseable ones included.
-- raw_body may hold a persoonsgebonden nummer: operators only, and purged on the retention schedule.
CREATE TABLE rejected_submissions (
  rejection_id   uuid        PRIMARY KEY,
  message_id     uuid        NULL,
  message_type   text        NULL,
  sender_brin    text        NOT NULL,
  credential_id  text        NOT NULL,
  channel        text        NOT NULL CHECK (channel IN ('amqp', 'http')),
  content_type   text        NULL,
  type_hint      text        NULL,
  raw_body       bytea       NOT NULL,
  reasons        jsonb       NOT NULL,
  received_at    timestamptz NOT NULL,
  replayed_at    timestamptz NULL
);

CREATE INDEX rejected_submissions_sender_brin_received_at ON rejected_submissions (sender_brin, received_at);
CREATE INDEX rejected_submissions_message_id ON rejected_submissions (message_id) WHERE message_id IS NOT NULL;
