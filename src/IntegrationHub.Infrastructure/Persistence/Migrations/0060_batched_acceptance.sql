-- A school may choose to hear that its messages were accepted per intake transaction, in one SubmissionsAccepted,
-- instead of one SubmissionAccepted per message (hub school add --batched-acceptance). A busy LVS then reads one
-- feedback message per batch, and the hub's relay and broker carry one message per batch instead of one per event.
-- Existing schools keep the per-message answers their integrations were built on.
ALTER TABLE schools ADD COLUMN batched_acceptance boolean NOT NULL DEFAULT false;
