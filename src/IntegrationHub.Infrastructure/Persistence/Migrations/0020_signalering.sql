-- Signalering: each pupil's rule state (pseudonymised, JSON of the domain's PupilState) and every signal the
-- rules raised, with its status. One row per pupil in pupil_state is also the lock that serialises a pupil's
-- events across worker processes.
CREATE TABLE pupil_state (
  pupil_pseudonym  text        PRIMARY KEY,
  state            jsonb       NULL,
  version          bigint      NOT NULL DEFAULT 0,
  updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE signals (
  signal_id          text        PRIMARY KEY,
  pupil_pseudonym    text        NOT NULL,
  brin               text        NOT NULL,
  vestiging          text        NOT NULL,
  kind               text        NOT NULL,
  recipient          text        NOT NULL CHECK (recipient IN ('leerplicht', 'rmc', 'school')),
  status             text        NOT NULL CHECK (status IN ('active', 'withdrawn')),
  begindatum         date        NOT NULL,
  einddatum          date        NULL,
  due_date           date        NULL,
  payload            jsonb       NOT NULL,
  raised_at          timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  withdrawn_at       timestamptz NULL,
  withdrawal_reason  text        NULL
);

CREATE INDEX signals_pupil ON signals (pupil_pseudonym);
CREATE INDEX signals_brin_status ON signals (brin, status);
CREATE INDEX signals_due_date_active ON signals (due_date) WHERE status = 'active';
