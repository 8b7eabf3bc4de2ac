-- Routing (issue 9). What the routing stage decided for each melding and MAZL referral, what it could not route,
-- and outbox rows the relay's send-time check refused.

-- Where a melding went: one row per melding, written in the same transaction as the partner notification. Later
-- changes (einddatum, withdrawal) follow the same route. notify = false: the woongemeente switched partner
-- notifications off (DUO's register stays the source of record).
CREATE TABLE melding_routes (
  melding_id       uuid        PRIMARY KEY,
  organisation_id  text        NOT NULL,
  partner_kind     text        NOT NULL CHECK (partner_kind IN ('leerplicht', 'rmc')),
  woongemeente     text        NOT NULL,
  routed_on        date        NOT NULL,
  notify           boolean     NOT NULL,
  message_id       uuid        NULL,
  routed_at        timestamptz NOT NULL
);

-- A MAZL referral's life: requested by the school's recorded conversation, then sent, blocked or parked.
CREATE TABLE mazl_referrals (
  referral_id      uuid        PRIMARY KEY,
  finding_id       text        NOT NULL,
  pupil_pseudonym  text        NOT NULL,
  brin             text        NOT NULL,
  vestiging        text        NOT NULL,
  lvs_pupil_key    text        NOT NULL,
  organisation_id  text        NULL,
  consent_id       text        NULL,
  state            text        NOT NULL CHECK (state IN ('pending', 'sent', 'blocked', 'parked')),
  reason           text        NULL,
  message_id       uuid        NULL,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);

CREATE INDEX mazl_referrals_pupil ON mazl_referrals (pupil_pseudonym, brin, vestiging);

-- Never dropped, never guessed: a message the directory could not route waits here, with the internal request it
-- came from, until an operator fixes the directory and re-routes it (the request goes back through the outbox).
CREATE TABLE parked_deliveries (
  parked_id        bigserial   PRIMARY KEY,
  subject_id       uuid        NOT NULL,
  subject_kind     text        NOT NULL CHECK (subject_kind IN ('verzuimmelding', 'mazl-referral')),
  pupil_pseudonym  text        NOT NULL,
  brin             text        NOT NULL,
  vestiging        text        NOT NULL,
  reason           text        NOT NULL,
  detail           text        NOT NULL,
  message_type     text        NOT NULL,
  body             jsonb       NOT NULL,
  parked_at        timestamptz NOT NULL,
  rerouted_at      timestamptz NULL
);

CREATE INDEX parked_deliveries_open ON parked_deliveries (parked_id) WHERE rerouted_at IS NULL;
CREATE INDEX parked_deliveries_subject ON parked_deliveries (subject_id);

-- The relay checks some messages again when it sends them (consent at send time): a row it refuses is blocked, with
-- the reason, and never sent.
ALTER TABLE outbox ADD COLUMN blocked_at timestamptz NULL, ADD COLUMN blocked_reason text NULL;
DROP INDEX outbox_unsent;
CREATE INDEX outbox_unsent ON outbox (sequence) WHERE sent_at IS NULL AND blocked_at IS NULL;

-- Free text a person at the school explicitly confirmed for one of its meldingen: the only free text a leerplicht or
-- RMC notification may carry (domain.md sections 5 and 8).
CREATE TABLE melding_toelichtingen (
  melding_id    uuid        PRIMARY KEY,
  brin          text        NOT NULL,
  vestiging     text        NOT NULL,
  toelichting   text        NOT NULL CHECK (char_length(toelichting) <= 200),
  confirmed_by  text        NOT NULL,
  message_id    uuid        NOT NULL,
  confirmed_at  timestamptz NOT NULL
);
