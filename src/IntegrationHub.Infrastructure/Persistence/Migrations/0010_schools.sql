-- The school registry and the credentials that speak for a school. A credential's secret is never stored:
-- HTTP API keys as their SHA-256 (hex), AMQP passwords not at all (RabbitMQ keeps them).
CREATE TABLE schools (
  brin        text        PRIMARY KEY CHECK (brin ~ '^[0-9]{2}[0-9A-Z]{2}$'),
  name        text        NOT NULL,
  region      text        NOT NULL CHECK (region IN ('noord', 'midden', 'zuid')),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE school_credentials (
  credential_id  text        PRIMARY KEY,
  brin           text        NOT NULL REFERENCES schools (brin),
  kind           text        NOT NULL CHECK (kind IN ('http', 'amqp')),
  secret_sha256  text        NULL CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
  created_at     timestamptz NOT NULL DEFAULT now(),
  revoked_at     timestamptz NULL,
  CHECK (kind = 'amqp' OR secret_sha256 IS NOT NULL)
);

CREATE UNIQUE INDEX school_credentials_secret_sha256 ON school_credentials (secret_sha256) WHERE secret_sha256 IS NOT NULL;
CREATE INDEX school_credentials_brin ON school_credentials (brin);
