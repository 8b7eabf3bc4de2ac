-- The intake now writes one PupilEventsRecorded per transaction (its pupil events in ledger order) instead of one
-- PupilEventRecorded per event, and signalering consumes only the new type. An outbox row of the old type that was not
-- yet relayed when the hub was upgraded becomes a PupilEventsRecorded holding that one event, so nothing is left behind.
UPDATE outbox
SET message_type = 'IntegrationHub.Application.Messaging.PupilEventsRecorded',
    body = jsonb_build_object('events', jsonb_build_array(body))
WHERE message_type = 'IntegrationHub.Application.Messaging.PupilEventRecorded'
  AND sent_at IS NULL;
