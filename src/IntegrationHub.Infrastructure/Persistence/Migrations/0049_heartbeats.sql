-- One row per running worker process: who it is (process id, host, roles, version, when it started) and when it last
-- beat. A worker beats every Observability:HeartbeatSeconds; a row whose last_beat_at stops moving is a worker that
-- stopped or hangs. Rows are kept (the console shows stopped workers as stale) until an operator removes them.
CREATE TABLE worker_heartbeats (
  instance_id   uuid        PRIMARY KEY,
  process_id    integer     NOT NULL,
  host          text        NOT NULL,
  roles         text        NOT NULL,
  version       text        NOT NULL,
  started_at    timestamptz NOT NULL,
  last_beat_at  timestamptz NOT NULL
);

CREATE INDEX worker_heartbeats_last_beat ON worker_heartbeats (last_beat_at);
