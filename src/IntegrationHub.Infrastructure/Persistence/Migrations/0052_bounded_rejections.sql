-- A rejected body is kept bounded: its first bytes (Intake:RejectedBodyKeepBytes, 4096 by default), its full length and
-- its SHA-256, never the whole of a large or hostile body. Rows kept whole before this are cut the same way.
ALTER TABLE rejected_submissions ADD COLUMN body_length integer NULL;
ALTER TABLE rejected_submissions ADD COLUMN body_sha256 bytea NULL;

UPDATE rejected_submissions
SET body_length = length(raw_body), body_sha256 = sha256(raw_body), raw_body = substring(raw_body FROM 1 FOR 4096);

ALTER TABLE rejected_submissions ALTER COLUMN body_length SET NOT NULL;
ALTER TABLE rejected_submissions ALTER COLUMN body_sha256 SET NOT NULL;

COMMENT ON COLUMN rejected_submissions.raw_body IS 'The first bytes of the body only (Intake:RejectedBodyKeepBytes); body_length and body_sha256 describe the whole.';
