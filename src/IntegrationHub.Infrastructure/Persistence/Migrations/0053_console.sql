-- The web console (issue 12). console_accounts: local accounts (made with `hub console account add`), for the demo and
-- for hubs without an OpenID Connect provider. The password is kept only as ASP.NET Core's PasswordHasher hash. A
-- bureau or JGZ account is bound to one partner organisation, a school account to one BRIN; an operator to neither.
CREATE TABLE console_accounts (
  name             text        PRIMARY KEY,
  password_hash    text        NOT NULL,
  role             text        NOT NULL CHECK (role IN ('operator', 'bureau', 'jgz', 'school')),
  organisation_id  text        NULL REFERENCES partner_organisations (organisation_id),
  brin             text        NULL,
  created_at       timestamptz NOT NULL,
  disabled         boolean     NOT NULL DEFAULT false,
  CHECK ((role IN ('bureau', 'jgz')) = (organisation_id IS NOT NULL)),
  CHECK ((role = 'school') = (brin IS NOT NULL))
);

-- Every console action: who (account name and role), what (a short action code), when, and on which object (its type
-- and id: a melding id, a failed-message group, a BRIN, an account name; never personal data), with an optional
-- detail (codes, counts; never free text from a form). Kept; never updated.
CREATE TABLE console_audit (
  id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor        text        NOT NULL,
  role         text        NOT NULL,
  action       text        NOT NULL,
  object_type  text        NOT NULL,
  object_id    text        NOT NULL,
  detail       text        NULL
);

CREATE INDEX console_audit_at ON console_audit (at);
CREATE INDEX console_audit_object ON console_audit (object_type, object_id);
