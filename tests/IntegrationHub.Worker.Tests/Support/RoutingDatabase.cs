using Dapper;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>What the routing tests read back from the hub's database: outbox rows, disclosure entries, parked deliveries, referrals.</summary>
public static class RoutingDatabase
{
    public sealed record OutboxEntry(Guid MessageId, string? Destination, string? Headers, DateTime? SentAt, DateTime? BlockedAt, string? BlockedReason);

    public sealed record Disclosure(
        Guid MessageId, string TraceId, string SpanId, string? ParentSpanId, string? Operation, string ActivityId, string Recipient, string? ConsentId,
        string Status, string? StatusReason);

    public sealed record Parked(long ParkedId, Guid SubjectId, string SubjectKind, string Reason, DateTime? ReroutedAt, string? Woongemeente);

    /// <summary>The outbox rows of one message type (its full CLR name) about one school (the body's school.brin), oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> OutboxAsync(this NpgsqlDataSource dataSource, Type messageType, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<OutboxEntry>(
            """
            SELECT message_id AS MessageId, destination, headers::text AS headers, sent_at AS SentAt, blocked_at AS BlockedAt, blocked_reason AS BlockedReason
            FROM outbox WHERE message_type = @type AND body->'school'->>'brin' = @brin ORDER BY sequence
            """, new { type = messageType.FullName, brin });
        return rows.ToList();
    }

    public static async Task<Disclosure?> DisclosureAsync(this NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<Disclosure>(
            """
            SELECT message_id AS MessageId, trace_id AS TraceId, span_id AS SpanId, parent_span_id AS ParentSpanId, operation, activity_id AS ActivityId,
                   recipient, consent_id AS ConsentId, status, status_reason AS StatusReason
            FROM disclosures WHERE message_id = @messageId
            """, new { messageId });
    }

    public static async Task<IReadOnlyList<Disclosure>> DisclosuresAsync(this NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<Disclosure>(
            """
            SELECT message_id AS MessageId, trace_id AS TraceId, span_id AS SpanId, parent_span_id AS ParentSpanId, operation, activity_id AS ActivityId,
                   recipient, consent_id AS ConsentId, status, status_reason AS StatusReason
            FROM disclosures ORDER BY disclosure_id
            """);
        return rows.ToList();
    }

    public static async Task<IReadOnlyList<Parked>> ParkedAsync(this NpgsqlDataSource dataSource, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<Parked>(
            "SELECT parked_id AS ParkedId, subject_id AS SubjectId, subject_kind AS SubjectKind, reason, rerouted_at AS ReroutedAt, woongemeente FROM parked_deliveries WHERE brin = @brin ORDER BY parked_id", new { brin });
        return rows.ToList();
    }

    /// <summary>The state and reason of the MAZL referrals of one school.</summary>
    public static async Task<IReadOnlyList<(Guid ReferralId, string State, string? Reason)>> ReferralsAsync(this NpgsqlDataSource dataSource, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(Guid, string, string?)>(
            "SELECT referral_id, state, reason FROM mazl_referrals WHERE brin = @brin ORDER BY created_at", new { brin });
        return rows.ToList();
    }

    /// <summary>Whether the consent registry holds the withdrawal of <paramref name="consentId"/> at the school.</summary>
    public static async Task<bool> IsWithdrawnAsync(this NpgsqlDataSource dataSource, string brin, string consentId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM consents WHERE brin = @brin AND consent_id = @consentId AND withdrawn_on IS NOT NULL)", new { brin, consentId });
    }

    /// <summary>Outbox rows neither sent nor blocked (what a relay would still send).</summary>
    public static async Task<long> UnsentOutboxRowsAsync(this NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND blocked_at IS NULL");
    }

    /// <summary>Polls <paramref name="read"/> until <paramref name="done"/> holds (bounded by <see cref="MessageLog.Bound"/>); returns the last value.</summary>
    public static async Task<T> WaitUntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + MessageLog.Bound;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new Xunit.Sdk.XunitException($"Not within {MessageLog.Bound.TotalSeconds} s: {what}.");
            }

            await Task.Delay(200);
        }
    }
}
