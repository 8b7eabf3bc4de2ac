using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>
/// One routed message: reads go at once; writes (outbox rows, disclosure entries, routes, referrals, parked deliveries)
/// are queued and sent with the commit in one round trip.
/// </summary>
internal sealed class NpgsqlRoutingTransaction(
    NpgsqlConnection connection, NpgsqlTransaction transaction, DisclosureLog disclosures, bool isRepeat) : IRoutingTransaction
{
    private readonly QueuedWrites _writes = new();

    public bool IsRepeat { get; } = isRepeat;

    public async Task<PupilNummer?> FindNummerAsync(string pupil, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Nummer, string Soort)?>(Command(RoutingSql.FindNummer, new { Pupil = pupil }, cancellationToken));
        return row is { } found ? new PupilNummer(found.Nummer, found.Soort == "bsn" ? NummerSoort.Bsn : NummerSoort.Onderwijsnummer) : null;
    }

    public Task<MeldingRoute?> FindRouteAsync(Guid meldingId, CancellationToken cancellationToken) =>
        FindRouteAsync(connection, transaction, meldingId, cancellationToken);

    /// <summary>The melding's route, read in the caller's transaction (the routing stage and the DUO dispatcher).</summary>
    internal static async Task<MeldingRoute?> FindRouteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid meldingId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<RouteRow>(new CommandDefinition(RoutingSql.FindRoute, new { MeldingId = meldingId }, transaction, cancellationToken: cancellationToken));
        return row?.ToRoute();
    }

    public Task<string?> LockMeldingAsync(Guid meldingId, CancellationToken cancellationToken) =>
        LockMeldingAsync(connection, transaction, meldingId, cancellationToken);

    /// <summary>
    /// Takes the melding's transaction lock (the routing stage and the DUO dispatcher take it before they read the route
    /// or the meldingsnummer), and returns DUO's meldingsnummer for it, if registered.
    /// </summary>
    internal static async Task<string?> LockMeldingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid meldingId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(RoutingSql.LockMelding, new { MeldingId = meldingId }, transaction, cancellationToken: cancellationToken));
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(RoutingSql.FindMeldingsnummer, new { MeldingId = meldingId }, transaction, cancellationToken: cancellationToken));
    }

    public Task<bool> IsParkedAsync(Guid subjectId, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(Command(RoutingSql.IsParked, new { SubjectId = subjectId }, cancellationToken));

    public Task<string?> FindConfirmedToelichtingAsync(Guid meldingId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string?>(Command(RoutingSql.FindToelichting, new { MeldingId = meldingId }, cancellationToken));

    public void Deliver(PartnerDelivery delivery) => Deliver(_writes, disclosures, delivery);

    /// <summary>A partner delivery's outbox row and its disclosure entry, queued in the caller's unit of work (routing, the DUO dispatcher).</summary>
    internal static void Deliver(QueuedWrites writes, DisclosureLog disclosures, PartnerDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        writes.Add(OutboxWriter.InsertCommand(Topology.PartnerAddress(delivery.Organisation), delivery.Message, delivery.MessageType,
            Headers(delivery.MessageId, delivery.Trace.TraceParent)));
        writes.Add(disclosures.InsertCommand(delivery.Disclosure));
    }

    public void RecordRoute(MeldingRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        _writes.Add(RoutingSql.InsertRoute, new
        {
            route.MeldingId,
            route.Organisation.OrganisationId,
            PartnerKind = MeldingRouting.Kind(route.Organisation.Kind),
            route.Woongemeente,
            route.RoutedOn,
            route.Notify,
            route.MessageId,
            route.RoutedAt,
        });
    }

    public void RecordReferral(ReferralRecord referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        _writes.Add(RoutingSql.UpsertReferral, referral);
    }

    public void Park(ParkedDelivery parked)
    {
        ArgumentNullException.ThrowIfNull(parked);
        _writes.Add(RoutingSql.InsertParked, new
        {
            parked.SubjectId,
            parked.SubjectKind,
            parked.Pupil,
            parked.Brin,
            parked.Vestiging,
            parked.Reason,
            parked.Detail,
            MessageType = OutboxMessageTypes.NameOf(parked.RequestType),
            Body = JsonSerializer.Serialize(parked.Request, parked.RequestType, HubJson.Options),
            parked.ParkedAt,
            parked.Woongemeente,
        });
    }

    public void SendToSchool(string brin, object message, Type messageType, string? traceParent) =>
        _writes.Add(OutboxWriter.InsertCommand(Topology.FeedbackAddress(brin), message, messageType,
            traceParent is null ? null : Headers(Guid.CreateVersion7(), TraceSpan.ChildOf(traceParent).TraceParent)));

    public Task CommitAsync(CancellationToken cancellationToken) => _writes.CommitAsync(connection, transaction, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    internal static OutboxHeaders Headers(Guid messageId, string traceParent) =>
        new(messageId, Headers: new Dictionary<string, string> { ["traceparent"] = traceParent });


    private CommandDefinition Command(string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    /// <summary>A melding_routes row as Npgsql returns it (date and timestamptz come back as DateTime).</summary>
    private sealed class RouteRow
    {
        public Guid MeldingId { get; set; }

        public string OrganisationId { get; set; } = "";

        public string PartnerKind { get; set; } = "";

        public string Woongemeente { get; set; } = "";

        public DateTime RoutedOn { get; set; }

        public bool Notify { get; set; }

        public Guid? MessageId { get; set; }

        public DateTime RoutedAt { get; set; }

        public MeldingRoute ToRoute() => new(
            MeldingId,
            new PartnerOrganisation(OrganisationId, PartnerKind == "rmc" ? Application.Routing.PartnerKind.Rmc : Application.Routing.PartnerKind.Leerplicht, OrganisationId),
            Woongemeente,
            DateOnly.FromDateTime(RoutedOn),
            Notify,
            MessageId,
            new DateTimeOffset(DateTime.SpecifyKind(RoutedAt, DateTimeKind.Utc)));
    }
}
