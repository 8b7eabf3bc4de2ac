using Dapper;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>Pupil rule state, findings and meldingen in PostgreSQL, per school location; see <see cref="SignaleringSql"/>.</summary>
public sealed class NpgsqlSignaleringStore(NpgsqlDataSource dataSource, TimeProvider time) : ISignaleringStore
{
    public const string InboxConsumer = "signalering";
    public const string PupilDueKind = "pupil";

    public async Task<ISignaleringTransaction> BeginAsync(string pupil, SchoolLocation school, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        var key = PupilKey.Of(pupil, school);
        var (connection, transaction) = await OpenAsync(cancellationToken);
        try
        {
            var (marked, pupils) = await SignaleringLoad.LoadAsync(connection, transaction, [messageId], [key], cancellationToken);
            return new NpgsqlSignaleringTransaction(connection, transaction, pupil, school, !marked.Contains(messageId), pupils[key], time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<ISignaleringBatch> BeginBatchAsync(IReadOnlyCollection<SignaleringDelivery> deliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var messageIds = deliveries.Select(d => d.MessageId).Distinct().ToList();
        var keys = deliveries.Select(d => PupilKey.Of(d.Pupil, d.School)).Distinct().ToList();
        var (connection, transaction) = await OpenAsync(cancellationToken);
        try
        {
            var (marked, pupils) = await SignaleringLoad.LoadAsync(connection, transaction, messageIds, keys, cancellationToken);
            return new NpgsqlSignaleringBatch(connection, transaction, marked, pupils, time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<ISignaleringTransaction?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await OpenAsync(cancellationToken);
        try
        {
            var subject = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                SignaleringSql.ClaimDue, new { Kind = PupilDueKind, Now = now }, transaction, cancellationToken: cancellationToken));
            if (subject is null)
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            var key = ParseSubject(subject);
            var (_, pupils) = await SignaleringLoad.LoadAsync(connection, transaction, [], [key], cancellationToken);
            return new NpgsqlSignaleringTransaction(connection, transaction, key.Pupil, key.School, isRepeat: false, pupils[key], time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal static string Subject(string pupil, SchoolLocation school) => $"{pupil}/{school.Brin}/{school.Vestiging}";

    private static PupilKey ParseSubject(string subject)
    {
        var parts = subject.Split('/');
        return new PupilKey(parts[0], parts[1], parts[2]);
    }

    private async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return (connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
