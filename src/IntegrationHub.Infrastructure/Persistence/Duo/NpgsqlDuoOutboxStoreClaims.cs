using Dapper;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>
/// The DUO dispatcher's side of duo_outbox: which pupils have a request due, and claiming a pupil's earliest undone
/// request under a per-pupil advisory lock (two dispatcher processes never work on the same pupil at once, so a row is
/// never sent twice and a later request never overtakes an earlier one).
/// </summary>
public sealed class NpgsqlDuoOutboxStoreClaims(NpgsqlDataSource dataSource, DisclosureLog disclosures)
{
    public async Task<IReadOnlyList<string>> DuePupilsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.DueHeads, new { Now = now, Limit = limit }, cancellationToken: cancellationToken))];
    }

    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.CountPending, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The pupil's earliest undone request when it is due and no other dispatcher holds the pupil; null otherwise. The
    /// claim holds its transaction (and the pupil's lock) until its outcome is recorded or it is disposed.
    /// </summary>
    public async Task<NpgsqlDuoOutboxStoreClaim?> ClaimAsync(string pupil, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            var locked = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.TryLockPupil, new { Pupil = pupil }, transaction, cancellationToken: cancellationToken));
            var row = locked
                ? await connection.QuerySingleOrDefaultAsync<DuoOutboxRow>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.ClaimHead, new { Pupil = pupil }, transaction, cancellationToken: cancellationToken))
                : null;
            if (row is null || (row.NextAttemptAt is { } next && new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc)) > now))
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            var melding = await connection.QuerySingleOrDefaultAsync<DuoMeldingForSend>(new CommandDefinition(
                NpgsqlDuoOutboxStoreSql.MeldingForSend, new { row.MeldingId }, transaction, cancellationToken: cancellationToken));
            return new NpgsqlDuoOutboxStoreClaim(connection, transaction, disclosures, row, melding);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }
}
