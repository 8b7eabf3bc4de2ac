-- The school's own key for a pupil (LVS pupil key) per school location, so that feedback about a signal can name
-- the pupil the way the school does. Written by the intake; read only to address a school's own feedback. Not
-- in the ledger and never sent to leerplicht, RMC, JGZ or DUO.
CREATE TABLE school_pupils (
  pupil_pseudonym  text        NOT NULL,
  brin             text        NOT NULL,
  vestiging        text        NOT NULL,
  lvs_pupil_key    text        NOT NULL,
  updated_at       timestamptz NOT NULL,
  PRIMARY KEY (pupil_pseudonym, brin, vestiging)
);
