-- Failed messages in the web console (issue 12, Beheer): an operator may archive a failed message (the cause is known
-- and it will not be replayed; it leaves the open list and hub dlq list, and comes back by a restore or when it fails
-- again), and mark a whole group (one cause of one message type) as under investigation, with who and a note. The note
-- is the operator's own text about the cause, never a message's content.
ALTER TABLE failed_messages DROP CONSTRAINT failed_messages_state_check;
ALTER TABLE failed_messages ADD CONSTRAINT failed_messages_state_check CHECK (state IN ('failed', 'replayed', 'archived'));
ALTER TABLE failed_messages ADD COLUMN archived_at timestamptz NULL;
ALTER TABLE failed_messages ADD COLUMN archived_by text NULL;

CREATE TABLE failed_message_investigations (
  group_key   text        PRIMARY KEY,
  name        text        NOT NULL,
  note        text        NOT NULL,
  started_at  timestamptz NOT NULL,
  started_by  text        NOT NULL
);
