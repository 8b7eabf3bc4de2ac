-- Meldingen as settled legal acts (issue 7).
-- 1. Facts belong to the school that recorded them: a pupil's rule state is kept per school location, so one
--    school's hours are never added to another's and findings go to the school whose facts caused them.
ALTER TABLE pupil_state ADD COLUMN brin text, ADD COLUMN vestiging text;
UPDATE pupil_state SET brin = COALESCE(state->'School'->>'Brin', ''), vestiging = COALESCE(state->'School'->>'Vestiging', '');
ALTER TABLE pupil_state ALTER COLUMN brin SET NOT NULL, ALTER COLUMN vestiging SET NOT NULL;
ALTER TABLE pupil_state DROP CONSTRAINT pupil_state_pkey;
ALTER TABLE pupil_state ADD PRIMARY KEY (pupil_pseudonym, brin, vestiging);

ALTER TABLE signals DROP CONSTRAINT signals_pkey;
ALTER TABLE signals ADD PRIMARY KEY (signal_id, brin, vestiging);

-- 2. Verzuimmeldingen: one row per melding (concept until its finding settles), the domain record in payload.
--    state is the hub's decision; sent_at is written only by the outbox relay once the broker confirmed the melding
--    ("verzonden"), with sent_notice the "melding verzonden" feedback it then queues for the school.
CREATE TABLE meldingen (
  melding_id          uuid        PRIMARY KEY,
  finding_id          text        NOT NULL,
  pupil_pseudonym     text        NOT NULL,
  brin                text        NOT NULL,
  vestiging           text        NOT NULL,
  kind                text        NOT NULL,
  state               text        NOT NULL CHECK (state IN ('concept', 'akkoord-gevraagd', 'gereed', 'ingetrokken', 'vervallen')),
  begindatum          date        NOT NULL,
  einddatum           date        NULL,
  deadline            date        NULL,
  settles_at          timestamptz NULL,
  follows_melding_id  uuid        NULL,
  payload             jsonb       NOT NULL,
  sent_notice         jsonb       NULL,
  sent_at             timestamptz NULL,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL
);

CREATE INDEX meldingen_pupil_school ON meldingen (pupil_pseudonym, brin, vestiging);
CREATE INDEX meldingen_brin_state ON meldingen (brin, state);

-- Every step in a melding's life, append-only (the DUO statuses that come later are a separate history).
CREATE TABLE melding_history (
  id          bigserial   PRIMARY KEY,
  melding_id  uuid        NOT NULL,
  at          timestamptz NOT NULL,
  event       text        NOT NULL,
  state       text        NOT NULL,
  detail      text        NULL
);

CREATE INDEX melding_history_melding ON melding_history (melding_id, id);

-- 3. Time-driven work: one row per subject that needs a look at a time (kind 'pupil': a pupil's meldingen at one
--    school; kind 'digest': a school location's findings digest). A scheduled worker claims due rows with
--    FOR UPDATE SKIP LOCKED and deletes or moves them in the same transaction as the work: each is handled once,
--    by any number of workers, and survives a restart.
CREATE TABLE due_checks (
  kind       text        NOT NULL CHECK (kind IN ('pupil', 'digest')),
  subject    text        NOT NULL,
  due_at     timestamptz NOT NULL,
  PRIMARY KEY (kind, subject)
);

CREATE INDEX due_checks_due_at ON due_checks (due_at);

-- Changes to a school's findings during the day, bundled into one digest (latest change per finding wins).
CREATE TABLE finding_digest_items (
  brin        text        NOT NULL,
  vestiging   text        NOT NULL,
  finding_id  text        NOT NULL,
  pupil_pseudonym text    NOT NULL,
  payload     jsonb       NOT NULL,
  changed_at  timestamptz NOT NULL,
  PRIMARY KEY (brin, vestiging, pupil_pseudonym, finding_id)
);

-- 4. What only the school can supply for its meldingen, and whether it mandates the hub or approves each melding.
ALTER TABLE schools
  ADD COLUMN melder_naam text NULL,
  ADD COLUMN melder_functie text NULL,
  ADD COLUMN melder_telefoon text NULL,
  ADD COLUMN melder_email text NULL,
  ADD COLUMN door_school_ondernomen_actie text NULL,
  ADD COLUMN actie_gemeente_gewenst boolean NOT NULL DEFAULT true,
  ADD COLUMN actie_gemeente_toelichting text NULL,
  ADD COLUMN requires_approval boolean NOT NULL DEFAULT false;
