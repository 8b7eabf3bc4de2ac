using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Runs in the relay's batch transaction for each row of <see cref="MessageType"/> the broker confirmed (never for a
/// row that failed or was held back), before the batch's rows are marked sent: what it writes commits together with
/// the "sent" mark.
/// </summary>
public interface IOutboxSentHandler
{
    /// <summary>The outbox message_type it handles (the CLR full name).</summary>
    string MessageType { get; }

    Task OnSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, CancellationToken cancellationToken);
}
