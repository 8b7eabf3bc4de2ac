using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Persistence.Routing;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>
/// One claimed duo_outbox request with its open transaction (holding the pupil's lock). Each outcome is recorded with the
/// row's done mark (or its next attempt) and the messages it causes, in that one transaction, and ends the claim.
/// Disposing without an outcome rolls back: the row stays as it was.
/// </summary>
public sealed class NpgsqlDuoOutboxStoreClaim : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly DisclosureLog _disclosures;
    private readonly QueuedWrites _writes = new();

    internal NpgsqlDuoOutboxStoreClaim(NpgsqlConnection connection, NpgsqlTransaction transaction, DisclosureLog disclosures, DuoOutboxRow row, DuoMeldingForSend? melding)
    {
        _connection = connection;
        _transaction = transaction;
        _disclosures = disclosures;
        Row = row;
        Melding = melding;
    }

    public DuoOutboxRow Row { get; }

    /// <summary>The melding's duo_meldingen row, as it stood when the request was claimed.</summary>
    public DuoMeldingForSend? Melding { get; }

    /// <summary>
    /// DUO registered the melding: its meldingsnummer and status R (with DUO's time), the school's feedback and — under the
    /// melding's lock, so a route the routing stage records concurrently still gets the number — the partner's update when
    /// the melding was routed with a notification (<paramref name="partnerUpdate"/> makes it from the route).
    /// </summary>
    public async Task RegisteredAsync(
        string meldingsnummer, DateTimeOffset registeredAt, VerzuimmeldingRegistered feedback, Func<MeldingRoute, PartnerDelivery> partnerUpdate,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(partnerUpdate);
        await NpgsqlRoutingTransaction.LockMeldingAsync(_connection, _transaction, Row.MeldingId, cancellationToken);
        var route = await NpgsqlRoutingTransaction.FindRouteAsync(_connection, _transaction, Row.MeldingId, cancellationToken);
        _writes.Add(NpgsqlDuoOutboxStoreSql.Registered, new { Row.MeldingId, Meldingsnummer = meldingsnummer, RegisteredAt = registeredAt });
        _writes.Add(NpgsqlDuoOutboxStoreSql.InsertStatus, new
        {
            Meldingsnummer = meldingsnummer, Status = "R", StatusAt = registeredAt, Row.MeldingId, Melding?.Gemeente, RecordedAt = now,
        });
        _writes.Add(OutboxWriter.InsertCommand(Topology.FeedbackAddress(feedback.School.Brin), feedback, typeof(VerzuimmeldingRegistered)));
        if (route is { Notify: true })
        {
            NpgsqlRoutingTransaction.Deliver(_writes, _disclosures, partnerUpdate(route));
        }

        await DoneAsync("registered", now, cancellationToken);
    }

    /// <summary>
    /// Refused (DUO's business error, or the hub's own check): never retried. A refused melden marks the melding
    /// 'geweigerd' with its reasons; <paramref name="feedback"/>, when given, goes to the school.
    /// </summary>
    public async Task RefusedAsync(IReadOnlyList<RejectionReason> reasons, VerzuimmeldingNotRegistered? feedback, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (Row.Operation == "melden")
        {
            _writes.Add(NpgsqlDuoOutboxStoreSql.RefusedByDuo, new { Row.MeldingId, Reasons = JsonSerializer.Serialize(reasons, HubJson.Options), At = now });
        }

        if (feedback is not null)
        {
            _writes.Add(OutboxWriter.InsertCommand(Topology.FeedbackAddress(feedback.School.Brin), feedback, typeof(VerzuimmeldingNotRegistered)));
        }

        await DoneAsync("refused", now, cancellationToken);
    }

    /// <summary>DUO accepted a mutatie or a gemeente status; an accepted einddatum is kept with the melding.</summary>
    public async Task AcceptedAsync(DateOnly? einddatum, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (einddatum is { } day)
        {
            _writes.Add(NpgsqlDuoOutboxStoreSql.EinddatumAccepted, new { Row.MeldingId, Einddatum = day });
        }

        await DoneAsync("accepted", now, cancellationToken);
    }

    /// <summary>
    /// The request reached DUO (registered, accepted, or refused by DUO's own check): its disclosure entry, recorded as
    /// sent, commits with the outcome. A request the hub refused before sending discloses nothing.
    /// </summary>
    public void Disclosed(DisclosureEntry entry, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _writes.Add(_disclosures.InsertCommand(entry));
        _writes.Add(DisclosureLog.MarkSentCommand([entry.MessageId], at));
    }

    /// <summary>DUO could not be reached: the row stays pending (and so does everything behind it for this pupil).</summary>
    public async Task WaitAsync(string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        _writes.Add(NpgsqlDuoOutboxStoreSql.MarkWaiting, new { Row.Sequence, Error = error, NextAttemptAt = nextAttemptAt });
        await _writes.CommitAsync(_connection, _transaction, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task DoneAsync(string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _writes.Add(NpgsqlDuoOutboxStoreSql.MarkDone, new { Row.Sequence, Outcome = outcome, At = now });
        await _writes.CommitAsync(_connection, _transaction, cancellationToken);
    }
}
