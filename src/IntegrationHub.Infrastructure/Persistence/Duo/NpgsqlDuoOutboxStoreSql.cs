namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>
/// The DUO outbound's SQL in one place: what the consumer reads and queues (duo_meldingen, duo_outbox), what the
/// dispatcher claims and records, and what the CLI lists.
/// </summary>
internal static class NpgsqlDuoOutboxStoreSql
{
    /// <summary>Wakes the DUO dispatcher on commit.</summary>
    public const string NotificationChannel = "hub_duo_outbox";

    public const string Notify = $"SELECT pg_notify('{NotificationChannel}', '')";

    public const string FindNummer = """
        SELECT persoonsgebonden_nummer AS nummer, nummer_soort AS soort FROM pupil_identity WHERE pseudonym = @Pupil
        """;

    public const string FindLeslocatie = "SELECT name FROM schools WHERE brin = @Brin";

    public const string FindReden = "SELECT toelichting FROM melding_toelichtingen WHERE melding_id = @MeldingId";

    public const string FindMelding = """
        SELECT melding_id AS meldingid, pupil_pseudonym AS pupil, brin, vestiging, status, meldingsnummer FROM duo_meldingen WHERE melding_id = @MeldingId
        """;

    public const string InsertMelding = """
        INSERT INTO duo_meldingen (melding_id, pupil_pseudonym, brin, vestiging, lvs_pupil_key, soort, begindatum, einddatum, gemeente,
                                   follows_melding_id, deadline, made_at, status, refused_reasons, created_at)
        VALUES (@MeldingId, @Pupil, @Brin, @Vestiging, @LvsPupilKey, @Soort, @Begindatum, @Einddatum, @Gemeente,
                @FollowsMeldingId, @Deadline, @MadeAt, @Status, @RefusedReasons::jsonb, @CreatedAt)
        ON CONFLICT (melding_id) DO NOTHING
        """;

    public const string InsertMelden = """
        INSERT INTO duo_outbox (request_id, melding_id, pupil_pseudonym, operation, body, created_at)
        SELECT @RequestId, @MeldingId, @Pupil, 'melden', @Body::jsonb, @CreatedAt
        WHERE NOT EXISTS (SELECT 1 FROM duo_outbox WHERE melding_id = @MeldingId AND operation = 'melden')
        ON CONFLICT (request_id) DO NOTHING
        """;

    /// <summary>The same change published again (a re-route) is dropped: its body is the same.</summary>
    public const string InsertMutatie = """
        INSERT INTO duo_outbox (request_id, melding_id, pupil_pseudonym, operation, body, created_at)
        SELECT @RequestId, @MeldingId, @Pupil, 'mutatie', @Body::jsonb, @CreatedAt
        WHERE NOT EXISTS (SELECT 1 FROM duo_outbox WHERE melding_id = @MeldingId AND operation = 'mutatie' AND body = @Body::jsonb)
        ON CONFLICT (request_id) DO NOTHING
        """;

    /// <summary>Each pupil's earliest undone request that is due: the candidates of a pass, oldest first.</summary>
    public const string DueHeads = """
        SELECT h.pupil_pseudonym FROM (
          SELECT DISTINCT ON (pupil_pseudonym) pupil_pseudonym, sequence, next_attempt_at
          FROM duo_outbox WHERE done_at IS NULL ORDER BY pupil_pseudonym, sequence) h
        WHERE h.next_attempt_at IS NULL OR h.next_attempt_at <= @Now
        ORDER BY h.sequence
        LIMIT @Limit
        """;

    /// <summary>One dispatcher at a time per pupil (held until the claim's transaction ends).</summary>
    public const string TryLockPupil = "SELECT pg_try_advisory_xact_lock(hashtextextended('duo-outbox:' || @Pupil, 0))";

    /// <summary>The pupil's earliest undone request, under the pupil's lock: a later one never overtakes it.</summary>
    public const string ClaimHead = """
        SELECT o.sequence, o.request_id, o.melding_id, o.pupil_pseudonym AS pupil, o.operation, o.body::text AS body, o.attempts, o.next_attempt_at
        FROM duo_outbox o WHERE o.pupil_pseudonym = @Pupil AND o.done_at IS NULL
        ORDER BY o.sequence LIMIT 1
        FOR UPDATE
        """;

    public const string MeldingForSend = """
        SELECT m.melding_id, m.brin, m.vestiging, m.lvs_pupil_key, m.soort, m.begindatum, m.deadline, m.status, m.meldingsnummer, m.gemeente,
               m.follows_melding_id, f.meldingsnummer AS follows_meldingsnummer
        FROM duo_meldingen m LEFT JOIN duo_meldingen f ON f.melding_id = m.follows_melding_id
        WHERE m.melding_id = @MeldingId
        """;

    public const string MarkDone = """
        UPDATE duo_outbox SET done_at = @At, outcome = @Outcome, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE sequence = @Sequence
        """;

    public const string MarkWaiting = """
        UPDATE duo_outbox SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt
        WHERE sequence = @Sequence
        """;

    public const string Registered = """
        UPDATE duo_meldingen SET meldingsnummer = @Meldingsnummer, registered_at = @RegisteredAt, status = 'R', status_at = @RegisteredAt
        WHERE melding_id = @MeldingId AND status = 'wachtend'
        """;

    public const string InsertStatus = """
        INSERT INTO duo_melding_statuses (meldingsnummer, status, status_at, melding_id, gemeente, recorded_at)
        VALUES (@Meldingsnummer, @Status, @StatusAt, @MeldingId, @Gemeente, @RecordedAt)
        ON CONFLICT (meldingsnummer, status, status_at) DO NOTHING
        """;

    public const string RefusedByDuo = """
        UPDATE duo_meldingen SET status = 'geweigerd', refused_reasons = @Reasons::jsonb, status_at = @At
        WHERE melding_id = @MeldingId AND status = 'wachtend'
        """;

    public const string EinddatumAccepted = "UPDATE duo_meldingen SET einddatum = @Einddatum WHERE melding_id = @MeldingId";

    public const string CountPending = "SELECT count(*) FROM duo_outbox WHERE done_at IS NULL";

    public const string List = """
        SELECT m.melding_id, m.brin, m.vestiging, m.soort, m.begindatum, m.status, m.meldingsnummer, m.created_at,
               (SELECT count(*) FROM duo_outbox o WHERE o.melding_id = m.melding_id AND o.done_at IS NULL) AS pending
        FROM duo_meldingen m
        WHERE (@Status::text IS NULL OR m.status = @Status) AND (@Brin::text IS NULL OR m.brin = @Brin)
        ORDER BY m.created_at, m.melding_id
        """;

    public const string Show = """
        SELECT melding_id, brin, vestiging, soort, begindatum, einddatum, gemeente, follows_melding_id, deadline, made_at, meldingsnummer,
               registered_at, status, status_at, reden_afgesloten, toelichting_afsluiting, refused_reasons::text AS refused_reasons, created_at
        FROM duo_meldingen WHERE melding_id = @MeldingId
        """;

    public const string ShowStatuses = """
        SELECT s.status, s.status_at, s.reden_afgesloten, s.toelichting_afsluiting, s.gemeente, s.recorded_at
        FROM duo_melding_statuses s
        WHERE s.melding_id = @MeldingId OR s.meldingsnummer = (SELECT meldingsnummer FROM duo_meldingen WHERE melding_id = @MeldingId)
        ORDER BY s.status_at, s.recorded_at
        """;

    public const string ShowRequests = """
        SELECT sequence, operation, created_at, attempts, next_attempt_at, last_error, done_at, outcome
        FROM duo_outbox WHERE melding_id = @MeldingId ORDER BY sequence
        """;
}
