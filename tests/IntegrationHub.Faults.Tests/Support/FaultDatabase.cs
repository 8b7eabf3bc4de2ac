using Dapper;
using Npgsql;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>What the fault tests read back from a hub database to reconcile (one connection string: the live or a restored one).</summary>
public static class FaultDatabase
{
    /// <summary>Ledger rows per inbound message id.</summary>
    public static async Task<Dictionary<Guid, long>> LedgerCountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(Guid, long)>("SELECT message_id, count(*) FROM attendance_ledger GROUP BY message_id");
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>Every outbox row: message id, destination, whether the relay sent it.</summary>
    public static async Task<List<(Guid MessageId, string Destination, bool Sent)>> OutboxAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(Guid, string, bool)>("SELECT message_id, coalesce(destination, ''), sent_at IS NOT NULL FROM outbox");
        return [.. rows];
    }

    /// <summary>Every disclosure log entry: message id, recipient, status.</summary>
    public static async Task<List<(Guid MessageId, string Recipient, string Status)>> DisclosuresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(Guid, string, string)>("SELECT message_id, recipient, status FROM disclosures");
        return [.. rows];
    }

    /// <summary>Every request for DUO: request id, operation, done, and its disclosure entries for DUO.</summary>
    public static async Task<List<(Guid RequestId, string Operation, bool Done, long Disclosures)>> DuoRequestsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(Guid, string, bool, long)>("""
            SELECT o.request_id, o.operation, o.done_at IS NOT NULL, count(d.message_id)
            FROM duo_outbox o LEFT JOIN disclosures d ON d.message_id = o.request_id AND d.recipient = 'duo'
            GROUP BY o.request_id, o.operation, o.done_at
            """);
        return [.. rows];
    }

    /// <summary>Every melding the hub registers at DUO: melding id, DUO's meldingsnummer (null while waiting), status.</summary>
    public static async Task<List<(Guid MeldingId, string? Meldingsnummer, string Status)>> DuoMeldingenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(Guid, string?, string)>("SELECT melding_id, meldingsnummer, status FROM duo_meldingen");
        return [.. rows];
    }

    /// <summary>Meldingen per state (concept, gereed, ...).</summary>
    public static async Task<Dictionary<string, long>> MeldingStatesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(string, long)>("SELECT state, count(*) FROM meldingen GROUP BY state");
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    /// <summary>Requests for DUO not done yet.</summary>
    public static async Task<long> DuoPendingAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM duo_outbox WHERE done_at IS NULL");
    }
}
