using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>The day's finding changes per school location, claimed and sent as one digest (see <see cref="SignaleringSql"/>).</summary>
public sealed class NpgsqlFindingDigestStore(NpgsqlDataSource dataSource) : IFindingDigestStore
{
    public const string DueKind = "digest";

    public async Task<IFindingDigestBatch?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var subject = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                SignaleringSql.ClaimDue, new { Kind = DueKind, Now = now }, transaction, cancellationToken: cancellationToken));
            if (subject is null)
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            var parts = subject.Split('/');
            var school = new SchoolLocation(parts[0], parts[1]);
            var payloads = await connection.QueryAsync<string>(new CommandDefinition(
                SignaleringSql.TakeDigestItems, new { school.Brin, school.Vestiging }, transaction, cancellationToken: cancellationToken));
            var items = payloads.Select(p => JsonSerializer.Deserialize<FindingChange>(p, HubJson.Options)!)
                .OrderBy(i => i.ChangedAt).ThenBy(i => i.FindingId, StringComparer.Ordinal)
                .ToList();
            return new Batch(connection, transaction, school, subject, items);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal static string Subject(SchoolLocation school) => $"{school.Brin}/{school.Vestiging}";

    private sealed class Batch(NpgsqlConnection connection, NpgsqlTransaction transaction, SchoolLocation school, string subject, IReadOnlyList<FindingChange> items)
        : IFindingDigestBatch
    {
        public SchoolLocation School => school;

        public IReadOnlyList<FindingChange> Items => items;

        public async Task CommitAsync(FindingsDigest? digest, CancellationToken cancellationToken)
        {
            if (digest is not null)
            {
                await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(school.Brin), digest, cancellationToken: cancellationToken);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                SignaleringSql.ClearDue, new { Kind = DueKind, Subject = subject }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
