-- Which school location a pupil's record belongs to: the registration, sick report, leave or suspension a school
-- refers to by its own id. Ids are the school's own: the same id from two locations names two records (their facts are
-- kept apart, per school location). A change (correction, retraction, recovery) naming an id that only another
-- location holds for the pupil is rejected (record.other-school), so a school can change only its own records.
-- Written and checked by the intake in its one transaction. Holds no persoonsgebonden nummer and no LVS pupil key.
CREATE TABLE school_records (
  pupil_pseudonym    text        NOT NULL,
  record_kind        text        NOT NULL CHECK (record_kind IN ('registration', 'sick-report', 'leave', 'suspension')),
  record_id          text        NOT NULL,
  brin               text        NOT NULL,
  vestiging          text        NOT NULL,
  first_recorded_at  timestamptz NOT NULL,
  PRIMARY KEY (pupil_pseudonym, record_kind, record_id, brin, vestiging)
);
