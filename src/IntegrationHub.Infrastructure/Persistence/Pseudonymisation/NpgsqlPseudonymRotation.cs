using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Persistence.Retention;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Pseudonymisation;

/// <summary>
/// Rotation of the pseudonymisation key (Pseudonymisation:Key, with the old key as Pseudonymisation:PreviousKey). The
/// pupil pseudonym is an HMAC of the persoonsgebonden nummer, which pupil_identity keeps: for every pupil the old and the
/// new pseudonym are computed, and everything held under the old one is moved to the new one exactly as a rectification
/// moves it (<see cref="NpgsqlPupilRectification.Rekey"/>: key columns, ids and JSON that embed it, outbox bodies, the
/// disclosure log's subject), plus the DUO tables. One transaction per batch of pupils. Idempotent and resumable: a pupil
/// already under the new key is skipped, so an interrupted run is simply run again. Run it while no worker runs (the
/// queues hold what schools send meanwhile), then start the workers with the new key.
/// </summary>
public sealed class NpgsqlPseudonymRotation(
    NpgsqlDataSource dataSource, IOptions<PseudonymisationOptions> options, DisclosureSubjectProtector protector, TimeProvider time)
{
    private const string BatchSql = """
        SELECT pseudonym, nummer_soort AS soort, persoonsgebonden_nummer AS nummer FROM pupil_identity
        WHERE pseudonym COLLATE "C" > @After
        ORDER BY pseudonym COLLATE "C"
        LIMIT @Limit
        FOR UPDATE
        """;

    /// <summary>The DUO loop's copies (0047), which the rectification list predates.</summary>
    private static readonly (string Table, string Sql)[] DuoRekey =
    [
        ("duo_meldingen", """
            UPDATE duo_meldingen SET pupil_pseudonym = @New WHERE pupil_pseudonym = @Old
            """),
        ("duo_outbox", """
            UPDATE duo_outbox SET pupil_pseudonym = @New, body = replace(body::text, @Old, @New)::jsonb WHERE pupil_pseudonym = @Old
            """),
    ];

    public async Task<PseudonymRotationReport> RotateAsync(int batchSize, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.PreviousKey))
        {
            throw new InvalidOperationException("Pseudonymisation:PreviousKey is not set: give the key the stored pseudonyms were made with.");
        }

        if (settings.PreviousKey == settings.Key)
        {
            throw new InvalidOperationException("Pseudonymisation:PreviousKey is the same as Pseudonymisation:Key: nothing to rotate.");
        }

        var previous = new PupilPseudonymiser(settings.PreviousKey);
        var current = new PupilPseudonymiser(settings.Key);
        int rotated = 0, already = 0, unknown = 0, conflicts = 0, batches = 0;
        var after = "";
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<IdentityRow>(new CommandDefinition(
                BatchSql, new { After = after, Limit = batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
            if (rows.Count == 0)
            {
                break;
            }

            await connection.ExecuteScalarAsync(new CommandDefinition(NpgsqlPupilRectification.SettingSql, transaction: transaction, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                var soort = row.Soort == "bsn" ? NummerSoort.Bsn : NummerSoort.Onderwijsnummer;
                var @new = current.Pseudonymise(soort, row.Nummer);
                if (row.Pseudonym == @new)
                {
                    already++;
                    continue;
                }

                if (row.Pseudonym != previous.Pseudonymise(soort, row.Nummer))
                {
                    unknown++;
                    continue;
                }

                if (await MoveAsync(connection, transaction, row, @new, cancellationToken))
                {
                    rotated++;
                }
                else
                {
                    conflicts++;
                }
            }

            after = rows[^1].Pseudonym;
            batches++;
            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return new PseudonymRotationReport(rotated, already, unknown, conflicts, batches, dryRun);
    }

    /// <summary>Moves one pupil from its old pseudonym to <paramref name="new"/>; false (nothing changed) when both have rule state at one school.</summary>
    private async Task<bool> MoveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IdentityRow row, string @new, CancellationToken cancellationToken)
    {
        var keys = new { Old = row.Pseudonym, New = @new };
        await connection.QueryAsync<string>(new CommandDefinition(NpgsqlPupilRectification.LockStatesSql, keys, transaction, cancellationToken: cancellationToken));
        if ((await connection.QueryAsync<string>(new CommandDefinition(NpgsqlPupilRectification.ConflictsSql, keys, transaction, cancellationToken: cancellationToken))).Any())
        {
            return false;
        }

        var nummerJson = JsonSerializer.Serialize(row.Nummer);
        var parameters = new Dictionary<string, object>
        {
            ["Old"] = row.Pseudonym,
            ["New"] = @new,
            ["NewSoort"] = row.Soort,
            ["NewNummer"] = row.Nummer,
            ["Now"] = time.GetUtcNow().UtcDateTime,
            ["OldNummerJson"] = nummerJson,
            ["NewNummerJson"] = nummerJson,
            ["Cipher"] = protector.Protect(@new),
            ["OldLookup"] = protector.Lookup(row.Pseudonym),
            ["NewLookup"] = protector.Lookup(@new),
        };
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (_, sql) in NpgsqlPupilRectification.Rekey.Concat(DuoRekey))
        {
            batch.BatchCommands.Add(SqlCommands.Of(sql, parameters));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}
