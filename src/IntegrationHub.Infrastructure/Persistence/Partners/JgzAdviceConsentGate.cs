using Dapper;
using IntegrationHub.Application.Partners;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Partners;

/// <summary>
/// Consent at send time for JGZ advice (domain.md section 8): a queued JgzAdviceReceived leaves only while the consent it
/// was queued on is still valid. Otherwise it is blocked, its disclosure entry says why, and the stored advice is marked
/// withheld. The school is not told: it never knew advice was coming. A row with no stored advice behind it cannot be
/// checked, so it is blocked too.
/// </summary>
public sealed class JgzAdviceConsentGate(NpgsqlDataSource dataSource, IConsentRegistry consents) : IOutboxSendGate
{
    public const string Unverifiable = "consent.unverifiable";

    public string MessageType { get; } = OutboxMessageTypes.NameOf(typeof(JgzAdviceReceived));

    public async Task<string?> CheckAsync(OutboxRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var advice = await connection.QuerySingleOrDefaultAsync<QueuedAdvice>(new CommandDefinition(
            PartnerAnswerSql.FindQueuedAdvice, new { row.MessageId }, cancellationToken: cancellationToken));
        if (advice?.ConsentId is null)
        {
            return Unverifiable;
        }

        var valid = await consents.FindValidAsync(advice.Pupil, advice.Brin, advice.Vestiging, PartnerAnswers.AdviceConsentScope,
            DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        return valid.Any(c => c.ConsentId == advice.ConsentId) ? null : BlockReasons.ConsentWithdrawn;
    }

    public async Task OnBlockedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var withhold = new NpgsqlBatchCommand(PartnerAnswerSql.WithholdQueuedAdvice);
        withhold.Parameters.Add(new NpgsqlParameter("MessageId", row.MessageId));
        withhold.Parameters.Add(new NpgsqlParameter("Reason", reason));
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { DisclosureLog.MarkBlockedCommand(row.MessageId, reason, now), withhold } };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record QueuedAdvice(string Pupil, string Brin, string Vestiging, string? ConsentId);
}
