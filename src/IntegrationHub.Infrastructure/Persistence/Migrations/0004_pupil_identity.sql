-- The only place a persoonsgebonden nummer is stored: the link from the hub pseudonym back to it, for the
-- legal-obligation routes (DUO, leerplicht, RMC). Written only by the intake.
CREATE TABLE pupil_identity (
  pseudonym                text        PRIMARY KEY,
  nummer_soort             text        NOT NULL CHECK (nummer_soort IN ('bsn', 'onderwijsnummer')),
  persoonsgebonden_nummer  text        NOT NULL CHECK (persoonsgebonden_nummer ~ '^[0-9]{9}$'),
  first_seen_at            timestamptz NOT NULL,
  UNIQUE (nummer_soort, persoonsgebonden_nummer)
);
