namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>The SQL of the signalering store, in one place.</summary>
internal static class SignaleringSql
{
    public const string EnsureStateRow = """
        INSERT INTO pupil_state (pupil_pseudonym) VALUES (@Pupil)
        ON CONFLICT (pupil_pseudonym) DO NOTHING
        """;

    public const string LockState = """
        SELECT state::text
        FROM pupil_state
        WHERE pupil_pseudonym = @Pupil
        FOR UPDATE
        """;

    public const string LvsPupilKey = """
        SELECT lvs_pupil_key
        FROM school_pupils
        WHERE pupil_pseudonym = @Pupil AND brin = @Brin AND vestiging = @Vestiging
        """;

    public const string SaveState = """
        UPDATE pupil_state
        SET state = @State::jsonb, version = version + 1, updated_at = @Now
        WHERE pupil_pseudonym = @Pupil
        """;

    public const string UpsertSignal = """
        INSERT INTO signals (signal_id, pupil_pseudonym, brin, vestiging, kind, recipient, status,
                             begindatum, einddatum, due_date, payload, raised_at, updated_at)
        VALUES (@SignalId, @Pupil, @Brin, @Vestiging, @Kind, @Recipient, 'active',
                @Begindatum, @Einddatum, @DueDate, @Payload::jsonb, @Now, @Now)
        ON CONFLICT (signal_id) DO UPDATE
        SET status = 'active', begindatum = EXCLUDED.begindatum, einddatum = EXCLUDED.einddatum,
            due_date = EXCLUDED.due_date, payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at,
            withdrawn_at = NULL, withdrawal_reason = NULL
        """;

    public const string WithdrawSignal = """
        UPDATE signals
        SET status = 'withdrawn', withdrawn_at = @Now, updated_at = @Now, withdrawal_reason = @Reason
        WHERE signal_id = @SignalId
        """;

    public const string SchoolRegion = """
        SELECT region FROM schools WHERE brin = @Brin
        """;
}
