using Dapper;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Persistence.Inbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>Pupil rule state and signals in PostgreSQL; see <see cref="SignaleringSql"/>.</summary>
public sealed class NpgsqlSignaleringStore(NpgsqlDataSource dataSource, TimeProvider time) : ISignaleringStore
{
    public const string InboxConsumer = "signalering";

    public async Task<ISignaleringTransaction> BeginAsync(string pupil, Guid messageId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (!await InboxCheck.TryMarkProcessedAsync(connection, transaction, InboxConsumer, messageId, cancellationToken))
            {
                return new NpgsqlSignaleringTransaction(connection, transaction, pupil, isRepeat: true, state: null, time);
            }

            await connection.ExecuteAsync(new CommandDefinition(SignaleringSql.EnsureStateRow, new { Pupil = pupil }, transaction, cancellationToken: cancellationToken));
            var json = await connection.QuerySingleOrDefaultAsync<string?>(
                new CommandDefinition(SignaleringSql.LockState, new { Pupil = pupil }, transaction, cancellationToken: cancellationToken));
            return new NpgsqlSignaleringTransaction(connection, transaction, pupil, isRepeat: false, PupilStateJson.Read(json), time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
