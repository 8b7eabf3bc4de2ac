-- The routing directory (issue 9): partner organisations, gemeenten with their RMC and GGD regions (from CBS "Gebieden in
-- Nederland"), and the hub's own tables for what is not open data: gemeente -> leerplicht organisation (an RBL where one
-- serves several gemeenten, with alternative routes per kind of pupil) and school location -> JGZ organisation.
-- Every row carries its validity (valid_from .. valid_until, both inclusive; valid_until NULL = open) and its provenance.
-- A melding routes by the directory as it stood on its date. The exclusion constraints keep the periods of one key from
-- overlapping, so "the row valid on day D" is always at most one row.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE partner_organisations (
  organisation_id  text        PRIMARY KEY CHECK (organisation_id ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
  kind             text        NOT NULL CHECK (kind IN ('leerplicht', 'rmc', 'jgz')),
  name             text        NOT NULL CHECK (name <> ''),
  provenance       text        NOT NULL CHECK (provenance <> ''),
  created_at       timestamptz NOT NULL DEFAULT now(),
  -- An RMC organisation is its RMC region: its id is the region code in lower case (MC17 -> mc17).
  CHECK (kind <> 'rmc' OR organisation_id ~ '^mc[0-9]{2}$')
);

CREATE TABLE directory_gemeenten (
  gemeente_code    text NOT NULL CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
  naam             text NOT NULL CHECK (naam <> ''),
  rmc_region_code  text NOT NULL CHECK (rmc_region_code ~ '^MC[0-9]{2}$'),
  rmc_region_name  text NOT NULL,
  ggd_region_code  text NOT NULL CHECK (ggd_region_code ~ '^GG[0-9]{4}$'),
  ggd_region_name  text NOT NULL,
  valid_from       date NOT NULL,
  valid_until      date NULL,
  provenance       text NOT NULL CHECK (provenance <> ''),
  PRIMARY KEY (gemeente_code, valid_from),
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  EXCLUDE USING gist (gemeente_code WITH =, daterange(valid_from, valid_until, '[]') WITH &&)
);

-- pupil_kind NULL is the gemeente's default route; a row with a pupil kind ("vso", "mbo", "kwalificatieplicht") is an
-- alternative route for pupils of that kind. notify_partners false: the gemeente switched partner-queue notifications
-- off for this route. mazl_bought: the gemeente buys MAZL, so JGZ gets MAZL traffic for its pupils.
CREATE TABLE directory_leerplicht (
  gemeente_code    text    NOT NULL CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
  pupil_kind       text    NULL CHECK (pupil_kind ~ '^[a-z0-9][a-z0-9-]*$'),
  organisation_id  text    NOT NULL REFERENCES partner_organisations (organisation_id),
  notify_partners  boolean NOT NULL DEFAULT true,
  mazl_bought      boolean NOT NULL DEFAULT false,
  valid_from       date    NOT NULL,
  valid_until      date    NULL,
  provenance       text    NOT NULL CHECK (provenance <> ''),
  illustrative     boolean NOT NULL DEFAULT false,
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  EXCLUDE USING gist (gemeente_code WITH =, (coalesce(pupil_kind, '')) WITH =, daterange(valid_from, valid_until, '[]') WITH &&)
);

CREATE UNIQUE INDEX directory_leerplicht_key ON directory_leerplicht (gemeente_code, (coalesce(pupil_kind, '')), valid_from);

-- vestiging NULL: every location of the BRIN; a row for one vestiging wins over it.
CREATE TABLE directory_jgz (
  brin             text NOT NULL CHECK (brin ~ '^[0-9]{2}[0-9A-Z]{2}$'),
  vestiging        text NULL CHECK (vestiging ~ '^[0-9]{2}$'),
  organisation_id  text NOT NULL REFERENCES partner_organisations (organisation_id),
  mazl_basis       text NOT NULL DEFAULT 'consent' CHECK (mazl_basis IN ('consent', 'notice-to-parents')),
  valid_from       date NOT NULL,
  valid_until      date NULL,
  provenance       text NOT NULL CHECK (provenance <> ''),
  illustrative     boolean NOT NULL DEFAULT false,
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  EXCLUDE USING gist (brin WITH =, (coalesce(vestiging, '')) WITH =, daterange(valid_from, valid_until, '[]') WITH &&)
);

CREATE UNIQUE INDEX directory_jgz_key ON directory_jgz (brin, (coalesce(vestiging, '')), valid_from);
