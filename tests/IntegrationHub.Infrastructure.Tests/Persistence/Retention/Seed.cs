using Dapper;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>Rows of pupil data written straight into the hub's tables, dated as a test needs (school 34CD00).</summary>
internal static class Seed
{
    /// <summary>One row per table, dated @At, for pupil @Pupil (nummer @Nummer): the purge targets with a date column.</summary>
    public static readonly IReadOnlyDictionary<string, string> DatedRow = new Dictionary<string, string>
    {
        ["attendance_ledger"] = """
            INSERT INTO attendance_ledger (message_id, pupil_pseudonym, brin, vestiging, event_type, occurred_at, recorded_at, payload)
            VALUES (gen_random_uuid(), @Pupil, '34CD', '00', 'AttendanceRegistered', @At, @At, jsonb_build_object('Pupil', @Pupil::text))
            """,
        ["submissions"] = """
            INSERT INTO submissions (message_id, brin, vestiging, message_type, outcome, first_received_at, last_received_at)
            VALUES (gen_random_uuid(), '34CD', '00', 'AttendanceRegistered', 'accepted', @At, @At)
            """,
        ["rejected_submissions"] = """
            INSERT INTO rejected_submissions (rejection_id, sender_brin, credential_id, channel, raw_body, body_length, body_sha256, reasons, received_at)
            SELECT gen_random_uuid(), '34CD', 'lvs-34CD', 'amqp', b, length(b), sha256(b), '[]', @At
            FROM (SELECT convert_to('{"pupil":{"persoonsgebondenNummer":"' || @Nummer || '"}}', 'UTF8') AS b) body
            """,
        ["inbox"] = "INSERT INTO inbox (consumer, message_id, processed_at) VALUES ('signalering', gen_random_uuid(), @At)",
        ["outbox"] = """
            INSERT INTO outbox (message_id, destination, message_type, body, created_at, sent_at)
            VALUES (gen_random_uuid(), 'queue:school.34CD.feedback', 'IntegrationHub.Contracts.V1.FindingRaised',
                    jsonb_build_object('findingId', 'melding-16-uur:' || @Pupil), @At, @At)
            """,
        ["school_records"] = """
            INSERT INTO school_records (pupil_pseudonym, record_kind, record_id, brin, vestiging, first_recorded_at)
            VALUES (@Pupil, 'registration', gen_random_uuid()::text, '34CD', '00', @At)
            """,
        ["signals"] = """
            INSERT INTO signals (signal_id, pupil_pseudonym, brin, vestiging, kind, recipient, status, begindatum, payload, raised_at, updated_at)
            VALUES ('melding-16-uur:' || @Pupil || ':' || gen_random_uuid(), @Pupil, '34CD', '00', 'melding-16-uur', 'leerplicht', 'active', @At::date, '{}', @At, @At)
            """,
        ["pupil_state"] = """
            INSERT INTO pupil_state (pupil_pseudonym, brin, vestiging, state, updated_at) VALUES (@Pupil, '34CD', '00', jsonb_build_object('Pupil', @Pupil::text), @At)
            """,
        ["finding_digest_items"] = """
            INSERT INTO finding_digest_items (brin, vestiging, finding_id, pupil_pseudonym, payload, changed_at)
            VALUES ('34CD', '00', 'beginnend-verzuim:' || @Pupil || ':' || gen_random_uuid(), @Pupil, '{}', @At)
            """,
    };

    public const string SchoolPupil = """
        INSERT INTO school_pupils (pupil_pseudonym, brin, vestiging, lvs_pupil_key, updated_at) VALUES (@Pupil, '34CD', '00', 'vo-7', @At)
        """;

    public const string Identity = """
        INSERT INTO pupil_identity (pseudonym, nummer_soort, persoonsgebonden_nummer, first_seen_at) VALUES (@Pupil, 'bsn', @Nummer, @At)
        """;

    public const string DueCheck = "INSERT INTO due_checks (kind, subject, due_at) VALUES ('pupil', @Pupil || '/34CD/00', @At)";

    /// <summary>A melding with one history row; <paramref name="sentAt"/> null leaves it unsent (state as given).</summary>
    public static async Task<Guid> MeldingAsync(NpgsqlDataSource db, string pupil, DateTimeOffset createdAt, DateTimeOffset? sentAt, string state = "gereed")
    {
        var id = Guid.NewGuid();
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, payload, sent_at, created_at, updated_at)
            VALUES (@Id, 'melding-16-uur:' || @Pupil || ':' || @Id::text, @Pupil, '34CD', '00', 'melding-16-uur', @State, @CreatedAt::date,
                    jsonb_build_object('MeldingId', @Id::text, 'FindingId', 'melding-16-uur:' || @Pupil), @SentAt, @CreatedAt, @CreatedAt);
            INSERT INTO melding_history (melding_id, at, event, state) VALUES (@Id, @CreatedAt, 'concept', 'concept');
            """, new { Id = id, Pupil = pupil, State = state, CreatedAt = createdAt.ToUniversalTime(), SentAt = sentAt?.ToUniversalTime() });
        return id;
    }

    /// <summary>An outbox row whose body carries <paramref name="pupil"/> and, when given, a melding id; sent or not.</summary>
    public static Task OutboxAsync(NpgsqlDataSource db, string pupil, Guid? meldingId, DateTimeOffset at, bool sent) =>
        ExecAsync(db, """
            INSERT INTO outbox (message_id, destination, message_type, body, created_at, sent_at)
            VALUES (gen_random_uuid(), NULL, 'IntegrationHub.Application.Messaging.VerzuimmeldingReady',
                    jsonb_build_object('pupil', @Pupil::text, 'meldingId', @MeldingId::text), @At, CASE WHEN @Sent THEN @At END)
            """, new { Pupil = pupil, MeldingId = meldingId, At = at.ToUniversalTime(), Sent = sent });

    /// <summary>A disclosure log entry about <paramref name="pupil"/>, marked sent; with a consent id when consent was its basis.</summary>
    public static async Task DisclosureAsync(MigratedDatabase hub, string pupil, DateTimeOffset at, string recipient = "leerplicht.GM0014", string? consentId = null)
    {
        var log = hub.Services.GetRequiredService<DisclosureLog>();
        var entry = new DisclosureEntry
        {
            MessageId = Guid.NewGuid(),
            TraceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString(),
            SpanId = System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString(),
            ActivityId = consentId is null ? "verzuimmelding-leerplicht/v1" : "mazl-verwijzing/v1",
            LegalBasis = consentId is null ? "AVG art. 6(1)(c)" : "AVG art. 9(2)(a)",
            Recipient = recipient,
            DataCategories = ["verzuim"],
            Subject = pupil,
            ConsentId = consentId,
            StartedAt = at.ToUniversalTime(),
        };
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(log.InsertCommand(entry));
        batch.BatchCommands.Add(DisclosureLog.MarkSentCommand([entry.MessageId], at.ToUniversalTime()));
        await batch.ExecuteNonQueryAsync();
    }

    public static Task RowAsync(NpgsqlDataSource db, string sql, string pupil, DateTimeOffset at, string nummer = "999990019") =>
        ExecAsync(db, sql, new { Pupil = pupil, At = at.ToUniversalTime(), Nummer = nummer });

    public static async Task ExecAsync(NpgsqlDataSource db, string sql, object parameters)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
