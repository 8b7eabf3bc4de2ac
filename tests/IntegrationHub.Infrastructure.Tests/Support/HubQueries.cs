using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Support;

/// <summary>What the tests read back from the hub's tables.</summary>
public static class HubQueries
{
    public static async Task<long> CountAsync(this NpgsqlDataSource dataSource, string sql, object? parameters = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>The feedback outbox rows answering <paramref name="messageId"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<FeedbackRow>> FeedbackAsync(this NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<FeedbackRow>("""
            SELECT destination, message_type, body::text AS body
            FROM outbox
            WHERE body->>'messageId' = @Id AND message_type LIKE 'IntegrationHub.Contracts.V1.Submission%'
            ORDER BY sequence
            """, new { Id = messageId.ToString() });
        return rows.ToArray();
    }

    public static async Task<IReadOnlyList<FeedbackRow>> FeedbackByRejectionAsync(this NpgsqlDataSource dataSource, Guid rejectionId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<FeedbackRow>("""
            SELECT destination, message_type, body::text AS body
            FROM outbox
            WHERE body->>'rejectionId' = @Id
            ORDER BY sequence
            """, new { Id = rejectionId.ToString() });
        return rows.ToArray();
    }
}

public sealed class FeedbackRow
{
    public string? Destination { get; set; }

    public string MessageType { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;
}
