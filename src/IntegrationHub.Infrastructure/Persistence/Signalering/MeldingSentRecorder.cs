using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>
/// When the relay has the broker's confirmation for a melding's partner notification (VerzuimmeldingNotification), records it as verzonden and queues
/// the "melding verzonden" feedback for the school, in the relay's own transaction: the school hears it once, and only
/// after the melding really left.
/// </summary>
public sealed class MeldingSentRecorder(TimeProvider time) : IOutboxSentHandler
{
    private const string MarkSentSql = """
        UPDATE meldingen
        SET sent_at = @SentAt, sent_notice = jsonb_set(sent_notice, '{sentAt}', to_jsonb(@SentAt::timestamptz))
        WHERE melding_id = @MeldingId AND sent_at IS NULL AND sent_notice IS NOT NULL
        RETURNING brin, sent_notice::text AS notice, state
        """;

    private const string HistorySql = """
        INSERT INTO melding_history (melding_id, at, event, state, detail) VALUES (@MeldingId, @SentAt, 'verzonden', @State, NULL)
        """;

    public string MessageType { get; } = OutboxMessageTypes.NameOf(typeof(Contracts.V1.VerzuimmeldingNotification));

    public async Task OnSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(row);
        using var body = JsonDocument.Parse(row.Body);
        var meldingId = body.RootElement.GetProperty("meldingId").GetGuid();
        var sentAt = time.GetUtcNow();
        var marked = await connection.QuerySingleOrDefaultAsync<(string Brin, string Notice, string State)?>(new CommandDefinition(
            MarkSentSql, new { MeldingId = meldingId, SentAt = sentAt }, transaction, cancellationToken: cancellationToken));
        if (marked is not { } sent)
        {
            return;
        }

        var notice = JsonSerializer.Deserialize<Contracts.V1.VerzuimmeldingSent>(sent.Notice, HubJson.Options)!;
        await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(sent.Brin), notice, Routing.FeedbackTrace.Of(row), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(HistorySql, new { MeldingId = meldingId, SentAt = sentAt, sent.State }, transaction, cancellationToken: cancellationToken));
    }
}
