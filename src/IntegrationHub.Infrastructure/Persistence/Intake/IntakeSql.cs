using IntegrationHub.Infrastructure.Messaging.Outbox;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>The intake's SQL, next to its store.</summary>
internal static class IntakeSql
{
    public const string InsertSubmission = """
        INSERT INTO submissions (message_id, brin, vestiging, message_type, outcome, reasons, rejection_id, correlation_id,
                                 first_received_at, last_received_at, receive_count)
        VALUES (@MessageId, @Brin, @Vestiging, @MessageType, @Outcome, @Reasons::jsonb, @RejectionId, @CorrelationId,
                @ReceivedAt, @ReceivedAt, 1)
        ON CONFLICT (message_id) DO NOTHING
        """;

    /// <summary>
    /// The submission rows of a batch's accepted messages in one statement (each as <see cref="InsertSubmission"/> writes
    /// it); returns the message ids that were new. The others were seen before and are answered as repeats.
    /// </summary>
    public const string InsertAcceptedSubmissions = """
        INSERT INTO submissions (message_id, brin, vestiging, message_type, outcome, reasons, rejection_id, correlation_id,
                                 first_received_at, last_received_at, receive_count)
        SELECT m.message_id, m.brin, m.vestiging, m.message_type, 'accepted', '[]'::jsonb, NULL, m.correlation_id,
               m.received_at, m.received_at, 1
        FROM unnest(@MessageIds::uuid[], @Brins::text[], @Vestigingen::text[], @MessageTypes::text[], @CorrelationIds::uuid[],
                    @ReceivedAts::timestamptz[]) WITH ORDINALITY AS m(message_id, brin, vestiging, message_type, correlation_id, received_at, position)
        ORDER BY m.position
        ON CONFLICT (message_id) DO NOTHING
        RETURNING message_id
        """;

    public const string CountRepeat = """
        UPDATE submissions
        SET receive_count = receive_count + 1, last_received_at = @ReceivedAt
        WHERE message_id = @MessageId AND brin = @Brin
        RETURNING message_id, brin, vestiging, message_type, outcome, reasons::text AS reasons, rejection_id,
                  correlation_id, first_received_at
        """;

    /// <summary>The submission turned out to be rejected after its row was written (record.other-school, melding.unknown).</summary>
    public const string MarkRejected = """
        UPDATE submissions
        SET outcome = 'rejected', reasons = @Reasons::jsonb, rejection_id = @RejectionId
        WHERE message_id = @MessageId
        """;

    /// <summary>
    /// The school locations that hold each of the batch's changed records (<c>@Pupils</c>, <c>@Kinds</c>, <c>@Ids</c>
    /// side by side, each key once), read once when the transaction begins.
    /// </summary>
    public const string RecordHolders = """
        SELECT r.pupil_pseudonym, r.record_kind, r.record_id, r.brin, r.vestiging
        FROM school_records r
        JOIN unnest(@Pupils::text[], @Kinds::text[], @Ids::text[]) AS k(pupil, kind, id)
          ON r.pupil_pseudonym = k.pupil AND r.record_kind = k.kind AND r.record_id = k.id
        """;

    /// <summary>
    /// Records, once, that a school location holds each of a batch's record ids for the pupil (<see cref="IntakePupilWrites"/>:
    /// each key once, with the time it was first claimed in the batch), in key order.
    /// </summary>
    public const string ClaimSchoolRecords = """
        INSERT INTO school_records (pupil_pseudonym, record_kind, record_id, brin, vestiging, first_recorded_at)
        SELECT r.pupil, r.kind, r.id, r.brin, r.vestiging, r.recorded_at
        FROM unnest(@Pupils::text[], @Kinds::text[], @Ids::text[], @Brins::text[], @Vestigingen::text[], @RecordedAts::timestamptz[])
             AS r(pupil, kind, id, brin, vestiging, recorded_at)
        ORDER BY r.pupil COLLATE "C", r.kind COLLATE "C", r.id COLLATE "C", r.brin COLLATE "C", r.vestiging COLLATE "C"
        ON CONFLICT (pupil_pseudonym, record_kind, record_id, brin, vestiging) DO NOTHING
        """;

    /// <summary>The school location a melding belongs to, for a school's decision about it (no row: unknown).</summary>
    public const string MeldingOwner = """
        SELECT pupil_pseudonym AS pupil, brin, vestiging FROM meldingen WHERE melding_id = @MeldingId
        """;

    /// <summary>The school's confirmed free text for its melding; a later confirmation replaces an earlier one.</summary>
    public const string UpsertToelichting = """
        INSERT INTO melding_toelichtingen (melding_id, brin, vestiging, toelichting, confirmed_by, message_id, confirmed_at)
        VALUES (@MeldingId, @Brin, @Vestiging, @Toelichting, @ConfirmedBy, @MessageId, @ConfirmedAt)
        ON CONFLICT (melding_id) DO UPDATE
        SET toelichting = EXCLUDED.toelichting, confirmed_by = EXCLUDED.confirmed_by, message_id = EXCLUDED.message_id, confirmed_at = EXCLUDED.confirmed_at
        """;

    public const string InsertRejected = """
        INSERT INTO rejected_submissions (rejection_id, message_id, message_type, sender_brin, credential_id, channel,
                                          content_type, type_hint, raw_body, body_length, body_sha256, reasons, received_at)
        VALUES (@RejectionId, @MessageId, @MessageType, @SenderBrin, @CredentialId, @Channel,
                @ContentType, @TypeHint, @RawBody, @BodyLength, @BodySha256, @Reasons::jsonb, @ReceivedAt)
        """;

    /// <summary>A batch's pupil identities (each pseudonym once, as first seen in the batch), in key order; a known one stays as it is.</summary>
    public const string UpsertPupilIdentities = """
        INSERT INTO pupil_identity (pseudonym, nummer_soort, persoonsgebonden_nummer, first_seen_at)
        SELECT i.pseudonym, i.nummer_soort, i.nummer, i.first_seen_at
        FROM unnest(@Pseudonyms::text[], @NummerSoorten::text[], @Nummers::text[], @FirstSeenAts::timestamptz[])
             AS i(pseudonym, nummer_soort, nummer, first_seen_at)
        ORDER BY i.pseudonym COLLATE "C"
        ON CONFLICT DO NOTHING
        """;

    /// <summary>
    /// A batch's LVS pupil keys per school location (each location once, folded by <see cref="IntakePupilWrites"/> to
    /// what the batch's statements one by one would leave). A row is updated only when its key changes, or when the
    /// key changed within the batch (@Changed): an ON CONFLICT DO UPDATE would lock the row for every event of the pupil,
    /// so concurrent intakes of one pupil's marks queued behind each other on that lock until commit.
    /// </summary>
    public const string UpsertSchoolPupils = """
        WITH k AS (
          SELECT * FROM unnest(@Pupils::text[], @Brins::text[], @Vestigingen::text[], @LvsPupilKeys::text[], @UpdatedAts::timestamptz[], @Changed::boolean[])
                        AS k(pupil, brin, vestiging, lvs_pupil_key, updated_at, changed)
        ), updated AS (
          UPDATE school_pupils AS p SET lvs_pupil_key = k.lvs_pupil_key, updated_at = k.updated_at
          FROM k
          WHERE p.pupil_pseudonym = k.pupil AND p.brin = k.brin AND p.vestiging = k.vestiging
            AND (p.lvs_pupil_key <> k.lvs_pupil_key OR k.changed)
          RETURNING p.pupil_pseudonym, p.brin, p.vestiging)
        INSERT INTO school_pupils (pupil_pseudonym, brin, vestiging, lvs_pupil_key, updated_at)
        SELECT k.pupil, k.brin, k.vestiging, k.lvs_pupil_key, k.updated_at
        FROM k
        WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.pupil_pseudonym = k.pupil AND u.brin = k.brin AND u.vestiging = k.vestiging)
        ORDER BY k.pupil COLLATE "C", k.brin COLLATE "C", k.vestiging COLLATE "C"
        ON CONFLICT (pupil_pseudonym, brin, vestiging) DO NOTHING
        """;

    /// <summary>
    /// Ledger sequence numbers for a batch's pupil events, taken up front so that a ledger row and the PupilEventRecorded
    /// that carries it can be written without waiting for the row's sequence to come back.
    /// </summary>
    public const string ReserveLedgerSequences = """
        SELECT nextval(pg_get_serial_sequence('attendance_ledger', 'sequence')) FROM generate_series(1, @Count) ORDER BY 1
        """;

    /// <summary>Which of the batch's senders (<c>@Brins</c>) chose batched acceptance (one SubmissionsAccepted per transaction).</summary>
    public const string BatchedAcceptanceSchools = """
        SELECT brin FROM schools WHERE brin = ANY(@Brins) AND batched_acceptance
        """;

    /// <summary>With a sequence number from <see cref="ReserveLedgerSequences"/>.</summary>
    public const string AppendLedger = """
        INSERT INTO attendance_ledger (sequence, message_id, pupil_pseudonym, brin, vestiging, event_type, occurred_at, recorded_at, payload)
        SELECT l.sequence, l.message_id, l.pupil, l.brin, l.vestiging, l.event_type, l.occurred_at, l.recorded_at, l.payload::json
        FROM unnest(@Sequences::bigint[], @MessageIds::uuid[], @Pupils::text[], @Brins::text[], @Vestigingen::text[],
                    @EventTypes::text[], @OccurredAts::timestamptz[], @RecordedAts::timestamptz[], @Payloads::text[])
             AS l(sequence, message_id, pupil, brin, vestiging, event_type, occurred_at, recorded_at, payload)
        ORDER BY l.sequence
        """;

    /// <summary>
    /// A school's ConsentGiven (consent ids are per school location and pupil). A give with the same id replaces an
    /// earlier one by its occurredAt; a withdrawal recorded for the id, before or after, stands.
    /// </summary>
    public const string RecordConsentGiven = """
        INSERT INTO consents (brin, vestiging, consent_id, pupil_pseudonym, scope, given_by, valid_from, valid_until,
                              recorded_at, given_occurred_at, given_message_id)
        VALUES (@Brin, @Vestiging, @ConsentId, @Pupil, @Scope, @GivenBy, @ValidFrom, @ValidUntil,
                @RecordedAt, @OccurredAt, @MessageId)
        ON CONFLICT (brin, vestiging, consent_id, pupil_pseudonym) DO UPDATE
        SET scope = excluded.scope, given_by = excluded.given_by, valid_from = excluded.valid_from,
            valid_until = excluded.valid_until, given_occurred_at = excluded.given_occurred_at,
            given_message_id = excluded.given_message_id
        WHERE consents.given_occurred_at IS NULL OR consents.given_occurred_at <= excluded.given_occurred_at
        """;

    /// <summary>
    /// A school's ConsentWithdrawn, kept also when the give has not arrived (yet). Of several withdrawals the earliest
    /// withdrawn_on stands.
    /// </summary>
    public const string RecordConsentWithdrawn = """
        INSERT INTO consents (brin, vestiging, consent_id, pupil_pseudonym, withdrawn_on, withdrawn_message_id, recorded_at)
        VALUES (@Brin, @Vestiging, @ConsentId, @Pupil, @WithdrawnOn, @MessageId, @RecordedAt)
        ON CONFLICT (brin, vestiging, consent_id, pupil_pseudonym) DO UPDATE
        SET withdrawn_on = excluded.withdrawn_on, withdrawn_message_id = excluded.withdrawn_message_id
        WHERE consents.withdrawn_on IS NULL OR excluded.withdrawn_on < consents.withdrawn_on
        """;

    public const string UpsertCalendar = """
        INSERT INTO school_calendars (brin, vestiging, school_year, region, holidays, days_off, message_id, occurred_at, recorded_at)
        VALUES (@Brin, @Vestiging, @SchoolYear, @Region, @Holidays::jsonb, @DaysOff::jsonb, @MessageId, @OccurredAt, @RecordedAt)
        ON CONFLICT (brin, vestiging, school_year) DO UPDATE
        SET region = excluded.region, holidays = excluded.holidays, days_off = excluded.days_off,
            message_id = excluded.message_id, occurred_at = excluded.occurred_at, recorded_at = excluded.recorded_at
        WHERE school_calendars.occurred_at <= excluded.occurred_at
        """;
}
