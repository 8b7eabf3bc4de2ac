namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>The SQL of the signalering store (pupil state, findings, meldingen, due checks, digests), in one place.</summary>
internal static class SignaleringSql
{
    public const string EnsureStateRow = """
        INSERT INTO pupil_state (pupil_pseudonym, brin, vestiging) VALUES (@Pupil, @Brin, @Vestiging)
        ON CONFLICT (pupil_pseudonym, brin, vestiging) DO NOTHING
        """;

    public const string LockState = """
        SELECT state::text
        FROM pupil_state
        WHERE pupil_pseudonym = @Pupil AND brin = @Brin AND vestiging = @Vestiging
        FOR UPDATE
        """;

    public const string LvsPupilKey = """
        SELECT lvs_pupil_key
        FROM school_pupils
        WHERE pupil_pseudonym = @Pupil AND brin = @Brin AND vestiging = @Vestiging
        """;

    public const string LoadMeldingen = """
        SELECT payload::text AS payload, sent_at
        FROM meldingen
        WHERE pupil_pseudonym = @Pupil AND brin = @Brin AND vestiging = @Vestiging
        ORDER BY begindatum, finding_id
        """;

    public const string SaveState = """
        UPDATE pupil_state
        SET state = @State::jsonb, version = version + 1, updated_at = @Now
        WHERE pupil_pseudonym = @Pupil AND brin = @Brin AND vestiging = @Vestiging
        """;

    public const string UpsertSignal = """
        INSERT INTO signals (signal_id, pupil_pseudonym, brin, vestiging, kind, recipient, status,
                             begindatum, einddatum, due_date, payload, raised_at, updated_at)
        VALUES (@SignalId, @Pupil, @Brin, @Vestiging, @Kind, @Recipient, 'active',
                @Begindatum, @Einddatum, @DueDate, @Payload::jsonb, @Now, @Now)
        ON CONFLICT (signal_id, brin, vestiging) DO UPDATE
        SET status = 'active', begindatum = EXCLUDED.begindatum, einddatum = EXCLUDED.einddatum,
            due_date = EXCLUDED.due_date, payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at,
            withdrawn_at = NULL, withdrawal_reason = NULL
        """;

    public const string WithdrawSignal = """
        UPDATE signals
        SET status = 'withdrawn', withdrawn_at = @Now, updated_at = @Now, withdrawal_reason = @Reason
        WHERE signal_id = @SignalId AND brin = @Brin AND vestiging = @Vestiging
        """;

    /// <summary>Never touches sent_at or sent_notice's delivery: those belong to the relay.</summary>
    public const string UpsertMelding = """
        INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, einddatum,
                               deadline, settles_at, follows_melding_id, payload, created_at, updated_at)
        VALUES (@MeldingId, @FindingId, @Pupil, @Brin, @Vestiging, @Kind, @State, @Begindatum, @Einddatum,
                @Deadline, @SettlesAt, @FollowsMeldingId, @Payload::jsonb, @Now, @Now)
        ON CONFLICT (melding_id) DO UPDATE
        SET state = EXCLUDED.state, begindatum = EXCLUDED.begindatum, einddatum = EXCLUDED.einddatum,
            deadline = EXCLUDED.deadline, settles_at = EXCLUDED.settles_at, follows_melding_id = EXCLUDED.follows_melding_id,
            payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at
        RETURNING (xmax = 0) AS inserted
        """;

    public const string SetSentNotice = """
        UPDATE meldingen SET sent_notice = @Notice::jsonb WHERE melding_id = @MeldingId
        """;

    public const string AppendHistory = """
        INSERT INTO melding_history (melding_id, at, event, state, detail)
        VALUES (@MeldingId, @At, @Event, @State, @Detail)
        """;

    public const string SetDue = """
        INSERT INTO due_checks (kind, subject, due_at) VALUES (@Kind, @Subject, @DueAt)
        ON CONFLICT (kind, subject) DO UPDATE SET due_at = EXCLUDED.due_at
        """;

    /// <summary>Keeps an earlier due time (a digest is not pushed back by later changes the same day).</summary>
    public const string SetDueNoLater = """
        INSERT INTO due_checks (kind, subject, due_at) VALUES (@Kind, @Subject, @DueAt)
        ON CONFLICT (kind, subject) DO UPDATE SET due_at = LEAST(due_checks.due_at, EXCLUDED.due_at)
        """;

    public const string ClearDue = """
        DELETE FROM due_checks WHERE kind = @Kind AND subject = @Subject
        """;

    public const string ClaimDue = """
        SELECT subject
        FROM due_checks
        WHERE kind = @Kind AND due_at <= @Now
        ORDER BY due_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
        """;

    public const string UpsertDigestItem = """
        INSERT INTO finding_digest_items (brin, vestiging, finding_id, pupil_pseudonym, payload, changed_at)
        VALUES (@Brin, @Vestiging, @FindingId, @Pupil, @Payload::jsonb, @Now)
        ON CONFLICT (brin, vestiging, pupil_pseudonym, finding_id) DO UPDATE
        SET payload = EXCLUDED.payload, changed_at = EXCLUDED.changed_at
        """;

    public const string TakeDigestItems = """
        DELETE FROM finding_digest_items
        WHERE brin = @Brin AND vestiging = @Vestiging
        RETURNING payload::text
        """;

    public const string SchoolRegion = """
        SELECT region FROM schools WHERE brin = @Brin
        """;

    public const string SchoolPolicy = """
        SELECT melder_naam, melder_functie, melder_telefoon, melder_email, door_school_ondernomen_actie,
               actie_gemeente_gewenst, actie_gemeente_toelichting, requires_approval
        FROM schools WHERE brin = @Brin
        """;
}
