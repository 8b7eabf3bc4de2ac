using Dapper;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>
/// The operator's view of parked deliveries, and re-routing: after the directory is fixed, the parked requests go back
/// through the outbox to the routing stage, in the order they were parked (a melding before its changes), in one
/// transaction with closing their parked rows. Routing then delivers each once, or parks it again.
/// </summary>
public sealed class ParkedDeliveries(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<IReadOnlyList<ParkedRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<ParkedRow>(new CommandDefinition(RoutingSql.ListParked, cancellationToken: cancellationToken))];
    }

    /// <summary>Re-routes one parked delivery (with the rest of its subject's parked changes), or all when <paramref name="parkedId"/> is null.</summary>
    public async Task<int> RerouteAsync(long? parkedId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var taken = (await connection.QueryAsync<(long ParkedId, Guid SubjectId, string MessageType, string Body)>(new CommandDefinition(
            RoutingSql.TakeParked, new { ParkedId = parkedId, At = time.GetUtcNow() }, transaction, cancellationToken: cancellationToken)))
            .OrderBy(t => t.ParkedId)
            .ToList();
        if (taken.Count > 0)
        {
            var rows = taken.ConvertAll(t => new OutboxInsert(Guid.CreateVersion7(), null, t.MessageType, t.Body, null));
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var command in OutboxWriter.EnqueueCommands(rows))
            {
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return taken.Count;
    }
}
