using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>What the operator sees of the DUO loop (hub duo list / show): ids, codes, statuses and dates, never a nummer or a name.</summary>
public sealed class NpgsqlDuoOutboxStoreQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Meldingen at DUO, oldest first; <paramref name="status"/> ('geweigerd', 'wachtend', ...) and <paramref name="brin"/> filter when given.</summary>
    public async Task<IReadOnlyList<DuoMeldingListRow>> ListAsync(string? status, string? brin, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<DuoMeldingListRow>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.List, new { Status = status, Brin = brin }, cancellationToken: cancellationToken))];
    }

    /// <summary>One melding: its row, its status history and its requests (with attempts and last error); null when unknown.</summary>
    public async Task<DuoMeldingDetail?> ShowAsync(Guid meldingId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var melding = await connection.QuerySingleOrDefaultAsync<DuoMeldingDetailRow>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.Show, new { MeldingId = meldingId }, cancellationToken: cancellationToken));
        if (melding is null)
        {
            return null;
        }

        var statuses = await connection.QueryAsync<DuoStatusRow>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.ShowStatuses, new { MeldingId = meldingId }, cancellationToken: cancellationToken));
        var requests = await connection.QueryAsync<DuoRequestRow>(new CommandDefinition(NpgsqlDuoOutboxStoreSql.ShowRequests, new { MeldingId = meldingId }, cancellationToken: cancellationToken));
        return new DuoMeldingDetail(melding, [.. statuses], [.. requests]);
    }
}
