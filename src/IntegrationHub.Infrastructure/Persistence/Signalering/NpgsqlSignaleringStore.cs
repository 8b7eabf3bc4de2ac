using Dapper;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Persistence.Inbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>Pupil rule state and signals in PostgreSQL; see <see cref="SignaleringSql"/>.</summary>
public sealed class NpgsqlSignaleringStore(NpgsqlDataSource dataSource, TimeProvider time) : ISignaleringStore
{
    public const string InboxConsumer = "signalering";

    public async Task<ISignaleringTransaction> BeginAsync(string pupil, SchoolLocation school, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (!await InboxCheck.TryMarkProcessedAsync(connection, transaction, InboxConsumer, messageId, cancellationToken))
            {
                return new NpgsqlSignaleringTransaction(connection, transaction, pupil, isRepeat: true, state: null, lvsPupilKey: null, time);
            }

            await connection.ExecuteAsync(new CommandDefinition(SignaleringSql.EnsureStateRow, new { Pupil = pupil }, transaction, cancellationToken: cancellationToken));
            var json = await connection.QuerySingleOrDefaultAsync<string?>(
                new CommandDefinition(SignaleringSql.LockState, new { Pupil = pupil }, transaction, cancellationToken: cancellationToken));
            var lvsPupilKey = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                SignaleringSql.LvsPupilKey, new { Pupil = pupil, school.Brin, school.Vestiging }, transaction, cancellationToken: cancellationToken));
            return new NpgsqlSignaleringTransaction(connection, transaction, pupil, isRepeat: false, PupilStateJson.Read(json), lvsPupilKey, time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
