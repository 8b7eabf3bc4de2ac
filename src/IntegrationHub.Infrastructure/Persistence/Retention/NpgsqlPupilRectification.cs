using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Application.Retention;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// Rectification of a persoonsgebonden nummer (AVG art. 16). The pupil pseudonym is an HMAC of the nummer, so the
/// corrected nummer has a pseudonym of its own, and every later message of the school carries that one. To keep the
/// pupil one pupil, everything held under the old pseudonym is re-keyed to the new one in one transaction: key columns,
/// the ids that embed it (finding ids, due-check subjects) and JSON payloads that carry it (ledger events, rule state,
/// findings, meldingen, digest items, outbox bodies), the identity row, and the disclosure log's subject. Unsent outbox
/// rows that carry the old nummer get the corrected one. The rectification itself goes into the disclosure log.
/// Refused when both pseudonyms already have rule state at the same school location: two rule states cannot be joined
/// without replaying the events, so rectify before the school sends the corrected nummer.
/// </summary>
public sealed class NpgsqlPupilRectification(
    NpgsqlDataSource dataSource, PupilPseudonymiser pseudonymiser, DisclosureLog log, DisclosureSubjectProtector protector, TimeProvider time)
    : IPupilRectification
{
    public const string ActivityId = "rectificatie/v1";
    public const string LegalBasis = "AVG art. 16";

    internal const string SettingSql = "SELECT set_config('hub.rectification', 'on', true)";

    /// <summary>Serialises with the signalering of either pseudonym (it locks the same rows).</summary>
    internal const string LockStatesSql = """
        SELECT pupil_pseudonym FROM pupil_state WHERE pupil_pseudonym IN (@Old, @New) ORDER BY pupil_pseudonym COLLATE "C", brin, vestiging FOR UPDATE
        """;

    private const string KnownSql = """
        SELECT EXISTS (SELECT 1 FROM pupil_identity WHERE pseudonym = @Old)
            OR EXISTS (SELECT 1 FROM attendance_ledger WHERE pupil_pseudonym = @Old)
            OR EXISTS (SELECT 1 FROM pupil_state WHERE pupil_pseudonym = @Old)
            OR EXISTS (SELECT 1 FROM meldingen WHERE pupil_pseudonym = @Old)
        """;

    internal const string ConflictsSql = """
        SELECT o.brin || o.vestiging FROM pupil_state o
        JOIN pupil_state n ON n.brin = o.brin AND n.vestiging = o.vestiging AND n.pupil_pseudonym = @New
        WHERE o.pupil_pseudonym = @Old
        ORDER BY 1
        """;

    /// <summary>Moves everything of one pupil from @Old to @New (also used by the pseudonymisation key rotation).</summary>
    internal static readonly (string Table, string Sql)[] Rekey =
    [
        ("pupil_identity", """
            WITH old AS (DELETE FROM pupil_identity WHERE pseudonym = @Old RETURNING first_seen_at)
            INSERT INTO pupil_identity (pseudonym, nummer_soort, persoonsgebonden_nummer, first_seen_at)
            SELECT @New, @NewSoort, @NewNummer, coalesce((SELECT min(first_seen_at) FROM old), @Now)
            ON CONFLICT DO NOTHING
            """),
        ("attendance_ledger", """
            UPDATE attendance_ledger SET pupil_pseudonym = @New, payload = replace(payload::text, @Old, @New)::json WHERE pupil_pseudonym = @Old
            """),
        ("pupil_state", """
            UPDATE pupil_state SET pupil_pseudonym = @New, state = replace(state::text, @Old, @New)::json WHERE pupil_pseudonym = @Old
            """),
        ("signals", """
            UPDATE signals SET pupil_pseudonym = @New, signal_id = replace(signal_id, @Old, @New), payload = replace(payload::text, @Old, @New)::jsonb
            WHERE pupil_pseudonym = @Old
            """),
        ("meldingen", """
            UPDATE meldingen SET pupil_pseudonym = @New, finding_id = replace(finding_id, @Old, @New), payload = replace(payload::text, @Old, @New)::jsonb,
                                 sent_notice = replace(sent_notice::text, @Old, @New)::jsonb
            WHERE pupil_pseudonym = @Old
            """),
        ("melding_history", """
            UPDATE melding_history SET detail = replace(detail, @Old, @New)
            WHERE detail LIKE '%' || @Old || '%' AND melding_id IN (SELECT melding_id FROM meldingen WHERE pupil_pseudonym = @New)
            """),
        ("finding_digest_items", """
            UPDATE finding_digest_items SET pupil_pseudonym = @New, finding_id = replace(finding_id, @Old, @New), payload = replace(payload::text, @Old, @New)::jsonb
            WHERE pupil_pseudonym = @Old
            """),
        ("consents", """
            UPDATE consents SET pupil_pseudonym = @New WHERE pupil_pseudonym = @Old
            """),
        ("mazl_referrals", """
            UPDATE mazl_referrals SET pupil_pseudonym = @New, finding_id = replace(finding_id, @Old, @New) WHERE pupil_pseudonym = @Old
            """),
        ("jgz_advices", """
            UPDATE jgz_advices SET pupil_pseudonym = @New WHERE pupil_pseudonym = @Old
            """),
        ("parked_deliveries", """
            UPDATE parked_deliveries SET pupil_pseudonym = @New, body = replace(body::text, @Old, @New)::jsonb WHERE pupil_pseudonym = @Old
            """),
        ("school_pupils", """
            WITH merged AS (
              DELETE FROM school_pupils o WHERE o.pupil_pseudonym = @Old
                AND EXISTS (SELECT 1 FROM school_pupils n WHERE n.pupil_pseudonym = @New AND n.brin = o.brin AND n.vestiging = o.vestiging))
            UPDATE school_pupils o SET pupil_pseudonym = @New
            WHERE o.pupil_pseudonym = @Old
              AND NOT EXISTS (SELECT 1 FROM school_pupils n WHERE n.pupil_pseudonym = @New AND n.brin = o.brin AND n.vestiging = o.vestiging)
            """),
        ("school_records", """
            WITH merged AS (
              DELETE FROM school_records o WHERE o.pupil_pseudonym = @Old
                AND EXISTS (SELECT 1 FROM school_records n WHERE n.pupil_pseudonym = @New AND n.record_kind = o.record_kind
                            AND n.record_id = o.record_id AND n.brin = o.brin AND n.vestiging = o.vestiging))
            UPDATE school_records o SET pupil_pseudonym = @New
            WHERE o.pupil_pseudonym = @Old
              AND NOT EXISTS (SELECT 1 FROM school_records n WHERE n.pupil_pseudonym = @New AND n.record_kind = o.record_kind
                              AND n.record_id = o.record_id AND n.brin = o.brin AND n.vestiging = o.vestiging)
            """),
        ("due_checks", """
            UPDATE due_checks SET subject = @New || substr(subject, length(@Old) + 1)
            WHERE kind = 'pupil' AND split_part(subject, '/', 1) = @Old
            """),
        ("outbox", """
            UPDATE outbox
            SET body = CASE WHEN sent_at IS NULL THEN replace(replace(body::text, @Old, @New), @OldNummerJson, @NewNummerJson)
                            ELSE replace(body::text, @Old, @New) END::json
            WHERE body::text LIKE '%' || @Old || '%' OR (sent_at IS NULL AND body::text LIKE '%' || @OldNummerJson || '%')
            """),
        ("disclosures", """
            UPDATE disclosures SET subject_cipher = @Cipher, subject_lookup = @NewLookup WHERE subject_lookup = @OldLookup
            """),
    ];

    public async Task<RectificationReport> RectifyAsync(PupilNummer current, PupilNummer corrected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(corrected);
        if (PersoonsgebondenNummer.Check(corrected.Soort, corrected.Nummer) is { } code)
        {
            throw new PupilRightsRefusedException($"The corrected nummer is not a valid {corrected.Soort} ({code}).");
        }

        var old = pseudonymiser.Pseudonymise(current.Soort, current.Nummer);
        var @new = pseudonymiser.Pseudonymise(corrected.Soort, corrected.Nummer);
        if (old == @new)
        {
            throw new PupilRightsRefusedException("The corrected nummer is the same as the current one.");
        }

        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var keys = new { Old = old, New = @new };
        await connection.ExecuteScalarAsync(new CommandDefinition(SettingSql, transaction: transaction, cancellationToken: cancellationToken));
        await connection.QueryAsync<string>(new CommandDefinition(LockStatesSql, keys, transaction, cancellationToken: cancellationToken));
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(KnownSql, keys, transaction, cancellationToken: cancellationToken)))
        {
            throw new PupilRightsRefusedException("No pupil with this nummer is known to the hub.");
        }

        var conflicts = (await connection.QueryAsync<string>(new CommandDefinition(ConflictsSql, keys, transaction, cancellationToken: cancellationToken))).ToList();
        if (conflicts.Count > 0)
        {
            throw new PupilRightsRefusedException(
                $"The corrected nummer already has rule state at {string.Join(", ", conflicts)}: the two cannot be joined. Nothing was changed.");
        }

        var parameters = Parameters(old, @new, current, corrected, now);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (_, sql) in Rekey)
        {
            batch.BatchCommands.Add(SqlCommands.Of(sql, parameters));
        }

        var (messageId, entry) = OperatorDisclosure.Commands(log, ActivityId, LegalBasis, ["persoonsgebonden-nummer", "pupil-pseudonym"], @new, now);
        foreach (var command in entry)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        var changed = Rekey.Select((r, i) => new TableCount(r.Table, batch.BatchCommands[i].RecordsAffected)).ToArray();
        await transaction.CommitAsync(cancellationToken);
        return new RectificationReport(changed, messageId);
    }

    private Dictionary<string, object> Parameters(string old, string @new, PupilNummer current, PupilNummer corrected, DateTimeOffset now) => new()
    {
        ["Old"] = old,
        ["New"] = @new,
        ["NewSoort"] = corrected.Soort == NummerSoort.Bsn ? "bsn" : "onderwijsnummer",
        ["NewNummer"] = corrected.Nummer,
        ["Now"] = now.ToUniversalTime(),
        ["OldNummerJson"] = JsonSerializer.Serialize(current.Nummer),
        ["NewNummerJson"] = JsonSerializer.Serialize(corrected.Nummer),
        ["Cipher"] = protector.Protect(@new),
        ["OldLookup"] = protector.Lookup(old),
        ["NewLookup"] = protector.Lookup(@new),
    };
}
