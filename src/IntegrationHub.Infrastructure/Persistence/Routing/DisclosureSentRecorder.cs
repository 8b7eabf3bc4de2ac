using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>Marks the disclosure entry of a partner-bound row sent once the broker confirmed it (one per disclosed type).</summary>
public sealed class DisclosureSentRecorder(Type messageType, TimeProvider time) : IOutboxSentHandler
{
    public string MessageType { get; } = OutboxMessageTypes.NameOf(messageType);

    public async Task OnSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { DisclosureLog.MarkSentCommand([row.MessageId], time.GetUtcNow()) } };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
