using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Checks a row of <see cref="MessageType"/> again when the relay is about to send it (for example consent at send time):
/// a row it refuses is never sent. Runs in the relay's batch transaction, so what <see cref="OnBlockedAsync"/> writes
/// commits with the row's "blocked" mark.
/// </summary>
public interface IOutboxSendGate
{
    string MessageType { get; }

    /// <summary>Null to send the row; otherwise the coded reason it must not be sent.</summary>
    Task<string?> CheckAsync(OutboxRow row, DateTimeOffset now, CancellationToken cancellationToken);

    Task OnBlockedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, string reason, DateTimeOffset now, CancellationToken cancellationToken);
}
