using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>
/// The writes of a unit of work whose results it does not need (outbox rows, disclosure entries, its own rows), queued
/// and sent with the commit in one round trip (<see cref="CommitInBatch"/>), with the relay's wake-up.
/// </summary>
internal sealed class QueuedWrites
{
    private readonly List<NpgsqlBatchCommand> _commands = [];

    public void Add(NpgsqlBatchCommand command) => _commands.Add(command);

    /// <summary>Queues <paramref name="sql"/> with one parameter per property of <paramref name="parameters"/> (null as DBNull).</summary>
    public NpgsqlBatchCommand Add(string sql, object parameters)
    {
        var command = SqlParameters.Command(sql, parameters);
        _commands.Add(command);
        return command;
    }

    /// <summary>Sends what is queued (waking the relay on commit) and commits.</summary>
    public async Task CommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await CommitInBatch.ExecuteAsync(
            connection, transaction, _commands.Count > 0 ? _commands.Append(OutboxWriter.NotifyCommand()) : [], cancellationToken);
    }
}
