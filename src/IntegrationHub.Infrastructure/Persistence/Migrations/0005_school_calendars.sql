-- A school location's own calendar per school year (SchoolCalendarPublished); the latest by occurred_at wins.
CREATE TABLE school_calendars (
  brin         text        NOT NULL,
  vestiging    text        NOT NULL,
  school_year  text        NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
  region       text        NOT NULL CHECK (region IN ('noord', 'midden', 'zuid')),
  holidays     jsonb       NULL,
  days_off     jsonb       NOT NULL,
  message_id   uuid        NOT NULL,
  occurred_at  timestamptz NOT NULL,
  recorded_at  timestamptz NOT NULL,
  PRIMARY KEY (brin, vestiging, school_year)
);
