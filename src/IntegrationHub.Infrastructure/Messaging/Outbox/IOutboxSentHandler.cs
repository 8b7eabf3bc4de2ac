using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Runs in the relay's transaction right after the broker confirmed a row of <see cref="MessageType"/>, before the row is
/// marked sent: what it writes commits together with the "sent" mark.
/// </summary>
public interface IOutboxSentHandler
{
    /// <summary>The outbox message_type it handles (the CLR full name).</summary>
    string MessageType { get; }

    Task OnSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, CancellationToken cancellationToken);
}
