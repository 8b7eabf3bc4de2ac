namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>The status loop's SQL: the poll's watermark, DUO's status history, the melding's current status, the overdue watch.</summary>
internal static class NpgsqlDuoStatusStoreSql
{
    /// <summary>The one poll state row, made on the first poll with the initial watermark.</summary>
    public const string EnsureState = """
        INSERT INTO duo_poll_state (id, watermark) VALUES (true, @Watermark) ON CONFLICT (id) DO NOTHING
        """;

    public const string ReadState = """
        SELECT watermark, last_success_at, last_attempt_at, last_error FROM duo_poll_state WHERE id
        """;

    /// <summary>Taken for the whole transaction that applies an answer: a second poller waits, then finds it all recorded.</summary>
    public const string LockState = """
        SELECT watermark, last_success_at, last_attempt_at, last_error FROM duo_poll_state WHERE id FOR UPDATE
        """;

    /// <summary>The watermark never moves back (an older answer applied late changes nothing).</summary>
    public const string Succeeded = """
        UPDATE duo_poll_state SET watermark = GREATEST(watermark, @Until), last_success_at = @Now, last_attempt_at = @Now, last_error = NULL
        WHERE id
        """;

    public const string Failed = """
        UPDATE duo_poll_state SET last_attempt_at = @Now, last_error = @Error WHERE id
        """;

    public const string FindMelding = """
        SELECT m.melding_id, m.meldingsnummer, m.brin, m.vestiging, COALESCE(m.lvs_pupil_key, p.lvs_pupil_key, '') AS lvs_pupil_key
        FROM duo_meldingen m
        LEFT JOIN school_pupils p ON p.pupil_pseudonym = m.pupil_pseudonym AND p.brin = m.brin AND p.vestiging = m.vestiging
        WHERE m.meldingsnummer = @Meldingsnummer
        """;

    /// <summary>DUO's identity for a status is (meldingsnummer, status, DUO's time): one seen before inserts nothing.</summary>
    public const string InsertStatus = """
        INSERT INTO duo_melding_statuses (meldingsnummer, status, status_at, melding_id, gemeente, reden_afgesloten, toelichting_afsluiting,
                                          contact_naam, contact_functie, contact_telefoon, contact_email, recorded_at)
        VALUES (@Meldingsnummer, @Status, @StatusAt, @MeldingId, @Gemeente, @RedenAfgesloten, @ToelichtingAfsluiting,
                @ContactNaam, @ContactFunctie, @ContactTelefoon, @ContactEmail, @RecordedAt)
        ON CONFLICT (meldingsnummer, status, status_at) DO NOTHING
        """;

    /// <summary>The current status follows DUO's time: a status older than the current one is history only.</summary>
    public const string UpdateMelding = """
        UPDATE duo_meldingen SET status = @Status, status_at = @StatusAt, reden_afgesloten = @RedenAfgesloten, toelichting_afsluiting = @ToelichtingAfsluiting
        WHERE melding_id = @MeldingId AND (status_at IS NULL OR status_at <= @StatusAt)
        """;

    /// <summary>A gemeente's status for DUO; the dispatcher sends it after the melding's earlier requests (per pupil).</summary>
    public const string InsertGemeenteStatus = """
        INSERT INTO duo_outbox (request_id, melding_id, pupil_pseudonym, operation, body, created_at)
        VALUES (@RequestId, @MeldingId, @Pupil, 'status-gemeente', @Body::jsonb, @CreatedAt)
        """;

    /// <summary>
    /// Meldingen past the term, still on R, not yet notified, claimed for this transaction (another watch skips them),
    /// with the organisation they were routed to.
    /// </summary>
    public const string ClaimOverdue = """
        SELECT m.melding_id, m.meldingsnummer, m.brin, m.vestiging, COALESCE(m.lvs_pupil_key, p.lvs_pupil_key, '') AS lvs_pupil_key,
               m.registered_at, m.status, m.overdue_notified_at, r.organisation_id, r.partner_kind
        FROM duo_meldingen m
        LEFT JOIN melding_routes r ON r.melding_id = m.melding_id
        LEFT JOIN school_pupils p ON p.pupil_pseudonym = m.pupil_pseudonym AND p.brin = m.brin AND p.vestiging = m.vestiging
        WHERE m.status = 'R' AND m.overdue_notified_at IS NULL AND m.registered_at <= @Cutoff
        ORDER BY m.registered_at, m.melding_id
        LIMIT @Limit
        FOR UPDATE OF m SKIP LOCKED
        """;

    public const string MarkOverdue = """
        UPDATE duo_meldingen SET overdue_notified_at = @Now WHERE melding_id = @MeldingId AND overdue_notified_at IS NULL
        """;

    /// <summary>Every melding past the term still on R (notified or not yet), for the operator.</summary>
    public const string ListOverdue = """
        SELECT m.melding_id, m.meldingsnummer, m.brin, m.vestiging, '' AS lvs_pupil_key,
               m.registered_at, m.status, m.overdue_notified_at, r.organisation_id, r.partner_kind
        FROM duo_meldingen m
        LEFT JOIN melding_routes r ON r.melding_id = m.melding_id
        WHERE m.status = 'R' AND m.registered_at <= @Cutoff
        ORDER BY m.registered_at, m.melding_id
        """;
}
