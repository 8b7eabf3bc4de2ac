using Dapper;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Persistence.Inbox;
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
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (!await InboxCheck.TryMarkProcessedAsync(connection, transaction, InboxConsumer, messageId, cancellationToken))
            {
                return new NpgsqlSignaleringTransaction(connection, transaction, pupil, school, isRepeat: true, state: null, new MeldingBook(), lvsPupilKey: null, time);
            }

            return await LoadAsync(connection, transaction, pupil, school, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<ISignaleringTransaction?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var subject = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                SignaleringSql.ClaimDue, new { Kind = PupilDueKind, Now = now }, transaction, cancellationToken: cancellationToken));
            if (subject is null)
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            var (pupil, school) = ParseSubject(subject);
            return await LoadAsync(connection, transaction, pupil, school, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal static string Subject(string pupil, SchoolLocation school) => $"{pupil}/{school.Brin}/{school.Vestiging}";

    private static (string Pupil, SchoolLocation School) ParseSubject(string subject)
    {
        var parts = subject.Split('/');
        return (parts[0], new SchoolLocation(parts[1], parts[2]));
    }

    private async Task<NpgsqlSignaleringTransaction> LoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string pupil, SchoolLocation school, CancellationToken cancellationToken)
    {
        var key = new { Pupil = pupil, school.Brin, school.Vestiging };
        await connection.ExecuteAsync(new CommandDefinition(SignaleringSql.EnsureStateRow, key, transaction, cancellationToken: cancellationToken));
        var json = await connection.QuerySingleOrDefaultAsync<string?>(
            new CommandDefinition(SignaleringSql.LockState, key, transaction, cancellationToken: cancellationToken));
        var lvsPupilKey = await connection.QuerySingleOrDefaultAsync<string?>(
            new CommandDefinition(SignaleringSql.LvsPupilKey, key, transaction, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<(string Payload, DateTime? SentAt)>(
            new CommandDefinition(SignaleringSql.LoadMeldingen, key, transaction, cancellationToken: cancellationToken));
        var book = new MeldingBook
        {
            Meldingen = [.. rows.Select(r => MeldingJson.Read(r.Payload, r.SentAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null))],
        };
        return new NpgsqlSignaleringTransaction(connection, transaction, pupil, school, isRepeat: false, PupilStateJson.Read(json), book, lvsPupilKey, time);
    }
}
