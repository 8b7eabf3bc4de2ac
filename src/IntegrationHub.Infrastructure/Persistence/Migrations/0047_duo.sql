-- The DUO loop (issue 10): meldingen registered at DUO's verzuimregister, the requests waiting to go there, the
-- statuses DUO returns, and the poll's watermark. DUO's register is the source of record for statuses; the hub keeps
-- the full history it has seen.

-- One row per melding the hub registers at DUO (or refused to send). status: 'wachtend' (queued in duo_outbox),
-- 'geweigerd' (refused before sending, or by DUO's business error: refused_reasons says why), or DUO's own status
-- code once registered: R, B, G, K, I, D. gemeente is the CBS code of the woongemeente (GM0344); soort is DUO's code.
CREATE TABLE duo_meldingen (
  melding_id              uuid        PRIMARY KEY,
  pupil_pseudonym         text        NOT NULL,
  brin                    text        NOT NULL,
  vestiging               text        NOT NULL,
  lvs_pupil_key           text        NULL,
  soort                   text        NOT NULL,
  begindatum              date        NOT NULL,
  einddatum               date        NULL,
  gemeente                text        NULL,
  follows_melding_id      uuid        NULL,
  deadline                date        NULL,
  made_at                 timestamptz NOT NULL,
  meldingsnummer          text        NULL UNIQUE,
  registered_at           timestamptz NULL,
  status                  text        NOT NULL,
  status_at               timestamptz NULL,
  reden_afgesloten        text        NULL,
  toelichting_afsluiting  text        NULL,
  refused_reasons         jsonb       NULL,
  overdue_notified_at     timestamptz NULL,
  created_at              timestamptz NOT NULL,
  CHECK (status IN ('wachtend', 'geweigerd', 'R', 'B', 'G', 'K', 'I', 'D')),
  CHECK (status IN ('wachtend', 'geweigerd') OR meldingsnummer IS NOT NULL)
);

CREATE INDEX duo_meldingen_pupil ON duo_meldingen (pupil_pseudonym, brin, vestiging);
CREATE INDEX duo_meldingen_awaiting_status ON duo_meldingen (registered_at) WHERE status = 'R' AND overdue_notified_at IS NULL;

-- Requests waiting for DUO: written in the same transaction as the state change behind them, sent afterwards by the
-- DUO dispatcher in sequence order per pupil (a later request for a pupil waits while an earlier one is not done).
-- operation: 'melden' | 'mutatie' | 'status-gemeente'; body: the port's request (DuoVerzuimmelding, DuoMutatie or
-- DuoGemeenteStatus) as JSON. request_id de-duplicates the producer (its message id). While DUO is down a row stays
-- here (attempts, next_attempt_at, last_error); outcome once done: 'registered', 'accepted' or 'refused'.
CREATE TABLE duo_outbox (
  sequence         bigserial   PRIMARY KEY,
  request_id       uuid        NOT NULL UNIQUE,
  melding_id       uuid        NOT NULL,
  pupil_pseudonym  text        NOT NULL,
  operation        text        NOT NULL CHECK (operation IN ('melden', 'mutatie', 'status-gemeente')),
  body             jsonb       NOT NULL,
  created_at       timestamptz NOT NULL,
  attempts         integer     NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NULL,
  last_error       text        NULL,
  done_at          timestamptz NULL,
  outcome          text        NULL CHECK (outcome IS NULL OR outcome IN ('registered', 'accepted', 'refused'))
);

CREATE INDEX duo_outbox_pending ON duo_outbox (pupil_pseudonym, sequence) WHERE done_at IS NULL;

-- Every status DUO gave a melding, as the poll (or the answer to "melden", for R) returned it; (meldingsnummer, status,
-- status_at) is DUO's identity for it, so a status seen twice is recorded once. Contactpersoon is the gemeente's official.
CREATE TABLE duo_melding_statuses (
  meldingsnummer          text        NOT NULL,
  status                  text        NOT NULL,
  status_at               timestamptz NOT NULL,
  melding_id              uuid        NULL,
  gemeente                text        NULL,
  reden_afgesloten        text        NULL,
  toelichting_afsluiting  text        NULL,
  contact_naam            text        NULL,
  contact_functie         text        NULL,
  contact_telefoon        text        NULL,
  contact_email           text        NULL,
  recorded_at             timestamptz NOT NULL,
  PRIMARY KEY (meldingsnummer, status, status_at)
);

CREATE INDEX duo_melding_statuses_melding ON duo_melding_statuses (melding_id, status_at);

-- The poll's watermark: DUO's time the next "aanvraag gewijzigde meldingen" asks from, moved in the same transaction
-- as the statuses it returned, so a restart neither misses nor repeats one. One row.
CREATE TABLE duo_poll_state (
  id               boolean     PRIMARY KEY DEFAULT true CHECK (id),
  watermark        timestamptz NOT NULL,
  last_success_at  timestamptz NULL,
  last_attempt_at  timestamptz NULL,
  last_error       text        NULL
);
