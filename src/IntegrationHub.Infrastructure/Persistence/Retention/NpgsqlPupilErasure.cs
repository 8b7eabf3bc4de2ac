using System.Text;
using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Application.Retention;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// Erasure of a pupil's data (AVG art. 17) in one transaction, where no legal term still holds it. Held, and reported:
/// meldingen the hub made (sent, or ready to send) within the register term (<see cref="RetentionOptions.MeldingenFollowingSchoolYears"/>),
/// their history, the identity they need (the nummer goes to DUO, leerplicht, RMC), unsent outbox rows that carry them,
/// and disclosure log entries on a legal obligation while such meldingen are held (and always the log of rectifications
/// and erasures). Everything else of the pupil goes: ledger events, rule state, findings, other meldingen, digest items,
/// due checks, school records and the school's pupil key, outbox rows, rejected submissions whose raw body holds the
/// nummer, consent-based disclosure entries. Submissions and inbox rows (message ids only, no pupil data) stay, so a
/// re-sent message is not stored again. The erasure itself goes into the disclosure log. A dry run rolls everything back.
/// </summary>
public sealed class NpgsqlPupilErasure(
    NpgsqlDataSource dataSource, PupilPseudonymiser pseudonymiser, DisclosureLog log, DisclosureSubjectProtector protector,
    IOptions<RetentionOptions> options, TimeProvider time) : IPupilErasure
{
    public const string ActivityId = "wissing/v1";
    public const string LegalBasis = "AVG art. 17";

    private const string SettingSql = "SELECT set_config('hub.retention_purge', 'on', true)";

    private const string LockStatesSql = """
        SELECT pupil_pseudonym FROM pupil_state WHERE pupil_pseudonym = @Pupil ORDER BY brin, vestiging FOR UPDATE
        """;

    /// <summary>Meldingen the hub made (a legal act: sent, or ready to send) whose register term still runs.</summary>
    private const string HeldMeldingenSql = """
        SELECT melding_id, coalesce(sent_at, created_at) AS dated FROM meldingen
        WHERE pupil_pseudonym = @Pupil AND (sent_at IS NOT NULL OR state = 'gereed') AND coalesce(sent_at, created_at) > @MeldingenThrough
        FOR UPDATE
        """;

    private const string HeldOutbox = """
        t.sent_at IS NULL AND EXISTS (SELECT 1 FROM unnest(@Held::uuid[]) h(id) WHERE t.body::text LIKE '%' || h.id::text || '%')
        """;

    private const string HeldDisclosures = "(t.recipient = 'hub-operator' OR (@HasHeld AND t.consent_id IS NULL))";

    /// <summary>The pupil's meldingen at DUO that no term holds (an SQL from-item).</summary>
    private const string DuoNotHeld = "duo_meldingen WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[])";

    private static readonly (string Table, string Sql)[] Erase =
    [
        ("partner_statuses", "DELETE FROM partner_statuses WHERE melding_id IN (SELECT melding_id FROM meldingen WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[]))"),
        ("duo_melding_statuses", $"DELETE FROM duo_melding_statuses WHERE meldingsnummer IN (SELECT meldingsnummer FROM {DuoNotHeld}) OR melding_id IN (SELECT melding_id FROM {DuoNotHeld})"),
        ("duo_outbox", "DELETE FROM duo_outbox WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[])"),
        ("duo_meldingen", "DELETE FROM duo_meldingen WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[])"),
        ("melding_routes", "DELETE FROM melding_routes WHERE melding_id IN (SELECT melding_id FROM meldingen WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[]))"),
        ("melding_toelichtingen", "DELETE FROM melding_toelichtingen WHERE melding_id IN (SELECT melding_id FROM meldingen WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[]))"),
        ("melding_history", "DELETE FROM melding_history WHERE melding_id IN (SELECT melding_id FROM meldingen WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[]))"),
        ("meldingen", "DELETE FROM meldingen WHERE pupil_pseudonym = @Pupil AND melding_id <> ALL(@Held::uuid[])"),
        ("signals", "DELETE FROM signals WHERE pupil_pseudonym = @Pupil"),
        ("pupil_state", "DELETE FROM pupil_state WHERE pupil_pseudonym = @Pupil"),
        ("finding_digest_items", "DELETE FROM finding_digest_items WHERE pupil_pseudonym = @Pupil"),
        ("due_checks", "DELETE FROM due_checks WHERE kind = 'pupil' AND split_part(subject, '/', 1) = @Pupil"),
        ("school_records", "DELETE FROM school_records WHERE pupil_pseudonym = @Pupil"),
        ("consents", "DELETE FROM consents WHERE pupil_pseudonym = @Pupil"),
        ("jgz_advices", "DELETE FROM jgz_advices WHERE pupil_pseudonym = @Pupil"),
        ("mazl_referrals", "DELETE FROM mazl_referrals WHERE pupil_pseudonym = @Pupil"),
        ("parked_deliveries", "DELETE FROM parked_deliveries WHERE pupil_pseudonym = @Pupil AND subject_id <> ALL(@Held::uuid[])"),
        ("school_pupils", "DELETE FROM school_pupils WHERE pupil_pseudonym = @Pupil"),
        ("attendance_ledger", "DELETE FROM attendance_ledger WHERE pupil_pseudonym = @Pupil"),
        ("rejected_submissions", "DELETE FROM rejected_submissions WHERE position(@NummerBytes in raw_body) > 0"),
        ("outbox", $"DELETE FROM outbox t WHERE (t.body::text LIKE '%' || @Pupil || '%' OR t.body::text LIKE '%' || @NummerJson || '%') AND NOT ({HeldOutbox})"),
        ("disclosures", $"DELETE FROM disclosures t WHERE t.subject_lookup = @Lookup AND NOT {HeldDisclosures}"),
        ("pupil_identity", "DELETE FROM pupil_identity WHERE pseudonym = @Pupil AND NOT @HasHeld"),
    ];

    private static readonly (string Table, string Sql)[] Held =
    [
        ("melding_history", "SELECT count(*), NULL::timestamptz FROM melding_history WHERE melding_id = ANY(@Held::uuid[])"),
        ("pupil_identity", "SELECT count(*), NULL::timestamptz FROM pupil_identity WHERE pseudonym = @Pupil"),
        ("outbox", $"SELECT count(*), NULL::timestamptz FROM outbox t WHERE (t.body::text LIKE '%' || @Pupil || '%' OR t.body::text LIKE '%' || @NummerJson || '%') AND {HeldOutbox}"),
        ("disclosures", $"SELECT count(*), max(t.started_at) FROM disclosures t WHERE t.subject_lookup = @Lookup AND {HeldDisclosures}"),
        ("duo_meldingen", "SELECT count(*), NULL::timestamptz FROM duo_meldingen WHERE melding_id = ANY(@Held::uuid[])"),
        ("duo_outbox", "SELECT count(*), NULL::timestamptz FROM duo_outbox WHERE melding_id = ANY(@Held::uuid[])"),
        ("duo_melding_statuses", """
            SELECT count(*), NULL::timestamptz FROM duo_melding_statuses
            WHERE melding_id = ANY(@Held::uuid[]) OR meldingsnummer IN (SELECT meldingsnummer FROM duo_meldingen WHERE melding_id = ANY(@Held::uuid[]))
            """),
    ];

    public async Task<ErasureReport> EraseAsync(PupilNummer pupil, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        if (PersoonsgebondenNummer.Check(pupil.Soort, pupil.Nummer) is { } code)
        {
            throw new PupilRightsRefusedException($"The nummer is not a valid {pupil.Soort} ({code}).");
        }

        var now = time.GetUtcNow();
        var settings = options.Value;
        var cutoffs = RetentionCutoffs.For(now, settings);
        var pseudonym = pseudonymiser.Pseudonymise(pupil.Soort, pupil.Nummer);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteScalarAsync(new CommandDefinition(SettingSql, transaction: transaction, cancellationToken: cancellationToken));
        await connection.QueryAsync<string>(new CommandDefinition(LockStatesSql, new { Pupil = pseudonym }, transaction, cancellationToken: cancellationToken));
        var held = (await connection.QueryAsync<(Guid Id, DateTime Dated)>(new CommandDefinition(
            HeldMeldingenSql, new { Pupil = pseudonym, MeldingenThrough = cutoffs.Meldingen }, transaction, cancellationToken: cancellationToken))).ToList();

        var values = new Dictionary<string, object>
        {
            ["Pupil"] = pseudonym,
            ["Held"] = held.Select(h => h.Id).ToArray(),
            ["HasHeld"] = held.Count > 0,
            ["Lookup"] = protector.Lookup(pseudonym),
            ["NummerBytes"] = Encoding.UTF8.GetBytes(pupil.Nummer),
            ["NummerJson"] = JsonSerializer.Serialize(pupil.Nummer),
        };
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (_, sql) in Erase)
        {
            batch.BatchCommands.Add(SqlCommands.Of(sql, values));
        }

        foreach (var (_, sql) in Held)
        {
            batch.BatchCommands.Add(SqlCommands.Of(sql, values));
        }

        var counts = new List<(long Rows, DateTime? Latest)>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    counts.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1)));
                }
            }
            while (await reader.NextResultAsync(cancellationToken));
        }

        var erased = Erase.Select((e, i) => new TableCount(e.Table, batch.BatchCommands[i].RecordsAffected)).ToArray();
        var report = Report(held, counts, erased, settings, dryRun);
        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            return report;
        }

        var categories = erased.Where(e => e.Rows > 0).Select(e => e.Table).ToArray();
        var (messageId, entry) = OperatorDisclosure.Commands(log, ActivityId, LegalBasis, categories, pseudonym, now);
        await using var disclosure = new NpgsqlBatch(connection, transaction);
        foreach (var command in entry)
        {
            disclosure.BatchCommands.Add(command);
        }

        await disclosure.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report with { DisclosureMessageId = messageId };
    }

    private static ErasureReport Report(
        List<(Guid Id, DateTime Dated)> held, List<(long Rows, DateTime? Latest)> counts, TableCount[] erased, RetentionOptions settings, bool dryRun)
    {
        DateOnly? until = held.Count == 0
            ? null
            : held.Max(h => RetentionCutoffs.MeldingKeptUntil(new DateTimeOffset(DateTime.SpecifyKind(h.Dated, DateTimeKind.Utc)), settings));
        var disclosuresUntil = counts[3].Latest is { } latest
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(latest, DateTimeKind.Utc)).AddDays(settings.DisclosureLogDays), settings.Zone).DateTime)
            : (DateOnly?)null;
        var heldData = new List<HeldData>
        {
            new("meldingen", held.Count, "register term: the school year of the melding plus the next (meldingen the hub made)", until),
            new("melding_history", counts[0].Rows, "the history of the held meldingen", until),
            new("pupil_identity", held.Count == 0 ? 0 : counts[1].Rows, "the held meldingen need the persoonsgebonden nummer (DUO, leerplicht, RMC)", until),
            new("outbox", counts[2].Rows, "unsent messages of the held meldingen (legal obligation to deliver them)", null),
            new("duo_meldingen", counts[4].Rows, "the held meldingen at DUO (their lifecycle and meldingsnummer)", until),
            new("duo_outbox", counts[5].Rows, "requests of the held meldingen for DUO (legal obligation to deliver them)", until),
            new("duo_melding_statuses", counts[6].Rows, "the status history of the held meldingen at DUO", until),
            new("disclosures", counts[3].Rows, "accounts for the held meldingen and for rectifications and erasures (AVG art. 5(2)); kept for the disclosure-log term", disclosuresUntil),
        };
        return new ErasureReport(dryRun, erased, heldData.Where(h => h.Rows > 0).ToArray(), null);
    }
}
