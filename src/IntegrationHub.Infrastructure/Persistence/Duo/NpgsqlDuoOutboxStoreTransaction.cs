using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Outbound;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>One consumed melding message: reads go at once; writes are queued and sent with the commit in one round trip.</summary>
internal sealed class NpgsqlDuoOutboxStoreTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, bool isRepeat) : IDuoOutboxTransaction
{
    private readonly QueuedWrites _writes = new();

    public bool IsRepeat { get; } = isRepeat;

    public async Task<PupilNummer?> FindNummerAsync(string pupil, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Nummer, string Soort)?>(Command(NpgsqlDuoOutboxStoreSql.FindNummer, new { Pupil = pupil }, cancellationToken));
        return row is { } found ? new PupilNummer(found.Nummer, found.Soort == "bsn" ? NummerSoort.Bsn : NummerSoort.Onderwijsnummer) : null;
    }

    public Task<string?> FindLeslocatieAsync(string brin, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string?>(Command(NpgsqlDuoOutboxStoreSql.FindLeslocatie, new { Brin = brin }, cancellationToken));

    public Task<string?> FindConfirmedRedenAsync(Guid meldingId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string?>(Command(NpgsqlDuoOutboxStoreSql.FindReden, new { MeldingId = meldingId }, cancellationToken));

    public Task<DuoMeldingState?> FindMeldingAsync(Guid meldingId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<DuoMeldingState?>(Command(NpgsqlDuoOutboxStoreSql.FindMelding, new { MeldingId = meldingId }, cancellationToken));

    public void Queue(DuoMeldingEntry entry, DuoVerzuimmelding document, Guid requestId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(document);
        AddMelding(entry, "wachtend", reasons: null);
        _writes.Add(NpgsqlDuoOutboxStoreSql.InsertMelden, new
        {
            RequestId = requestId, entry.MeldingId, entry.Pupil, Body = JsonSerializer.Serialize(document, HubJson.Options), entry.CreatedAt,
        });
        _writes.Add(new NpgsqlBatchCommand(NpgsqlDuoOutboxStoreSql.Notify));
    }

    public void Refuse(DuoMeldingEntry entry, IReadOnlyList<RejectionReason> reasons, VerzuimmeldingNotRegistered feedback)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(feedback);
        AddMelding(entry, "geweigerd", JsonSerializer.Serialize(reasons, HubJson.Options));
        _writes.Add(OutboxWriter.InsertCommand(Topology.FeedbackAddress(entry.Brin), feedback, typeof(VerzuimmeldingNotRegistered)));
    }

    public void QueueMutatie(Guid requestId, string pupil, DuoMutatie mutatie, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mutatie);
        _writes.Add(NpgsqlDuoOutboxStoreSql.InsertMutatie, new
        {
            RequestId = requestId, mutatie.MeldingId, Pupil = pupil, Body = JsonSerializer.Serialize(mutatie, HubJson.Options), CreatedAt = now,
        });
        _writes.Add(new NpgsqlBatchCommand(NpgsqlDuoOutboxStoreSql.Notify));
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _writes.CommitAsync(connection, transaction, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private void AddMelding(DuoMeldingEntry entry, string status, string? reasons) =>
        _writes.Add(NpgsqlDuoOutboxStoreSql.InsertMelding, new
        {
            entry.MeldingId,
            entry.Pupil,
            entry.Brin,
            entry.Vestiging,
            entry.LvsPupilKey,
            entry.Soort,
            entry.Begindatum,
            entry.Einddatum,
            entry.Gemeente,
            entry.FollowsMeldingId,
            entry.Deadline,
            entry.MadeAt,
            Status = status,
            RefusedReasons = reasons,
            entry.CreatedAt,
        });

    private CommandDefinition Command(string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
