-- Partner answers (issue 9, partner gateway): what partners sent back on their own exchange partner.<org>.in. The sender
-- is always the broker-validated user (partner-<org>), never a field in the body.

-- A status a leerplicht organisation or RMC region set on a melding that was routed to it. One row per accepted message;
-- the school hears each one (PartnerStatusReceived, queued in the same transaction). Contactpersoon is the gemeente's
-- official, not the pupil.
CREATE TABLE partner_statuses (
  organisation_id          text        NOT NULL,
  message_id               uuid        NOT NULL,
  melding_id               uuid        NOT NULL,
  status                   text        NOT NULL,
  reden_afgesloten         text        NULL,
  toelichting_afsluiting   text        NULL,
  contact_naam             text        NULL,
  contact_functie          text        NULL,
  contact_telefoon         text        NULL,
  contact_email            text        NULL,
  set_at                   timestamptz NOT NULL,
  received_at              timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, message_id),
  CHECK (status <> 'afgesloten' OR reden_afgesloten IS NOT NULL)
);

CREATE INDEX partner_statuses_melding ON partner_statuses (melding_id, set_at);

-- Structured JGZ advice on a referral that was sent to that JGZ (never a diagnosis: the contract has no field for one).
-- passed_on: queued for the school on recorded consent (consent_id, outbox_message_id, with a disclosure entry); otherwise
-- withheld_reason says why: consent.missing (nothing was queued), or consent.withdrawn (the relay's send-time check
-- blocked the queued message; consent_id and outbox_message_id stay for the record). The pupil columns let retention and
-- erasure find it.
CREATE TABLE jgz_advices (
  organisation_id          text        NOT NULL,
  message_id               uuid        NOT NULL,
  referral_id              uuid        NOT NULL,
  pupil_pseudonym          text        NOT NULL,
  brin                     text        NOT NULL,
  vestiging                text        NOT NULL,
  participation            text        NOT NULL,
  load_capacity            text        NOT NULL,
  expected_full_return_on  date        NULL,
  start_hours_per_week     integer     NULL,
  adjustments              text[]      NOT NULL,
  follow_up_on             date        NULL,
  given_at                 timestamptz NOT NULL,
  passed_on                boolean     NOT NULL,
  consent_id               text        NULL,
  outbox_message_id        uuid        NULL,
  withheld_reason          text        NULL,
  received_at              timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, message_id),
  CHECK (NOT passed_on OR (consent_id IS NOT NULL AND outbox_message_id IS NOT NULL AND withheld_reason IS NULL)),
  CHECK (passed_on OR withheld_reason IS NOT NULL)
);

CREATE INDEX jgz_advices_referral ON jgz_advices (referral_id);
CREATE UNIQUE INDEX jgz_advices_outbox ON jgz_advices (outbox_message_id) WHERE outbox_message_id IS NOT NULL;
CREATE INDEX jgz_advices_pupil ON jgz_advices (pupil_pseudonym, brin, vestiging);

-- What the partner gateway refused, with coded reasons. Never the body (it could hold personal data): its length and
-- SHA-256 only, so an operator can match it with the partner's copy. organisation_id is null when no partner user sent
-- it (user_id is then what the broker reported, if anything).
CREATE TABLE partner_rejections (
  rejection_id     bigserial   PRIMARY KEY,
  organisation_id  text        NULL,
  user_id          text        NULL,
  exchange         text        NOT NULL,
  message_id       uuid        NULL,
  message_type     text        NULL,
  reasons          jsonb       NOT NULL,
  body_length      integer     NOT NULL,
  body_sha256      bytea       NOT NULL,
  received_at      timestamptz NOT NULL
);

CREATE INDEX partner_rejections_organisation ON partner_rejections (organisation_id, received_at);
