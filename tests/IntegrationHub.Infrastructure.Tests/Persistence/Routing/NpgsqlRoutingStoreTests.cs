using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Routing;

/// <summary>The routing store on the real PostgreSQL: a delivery, its disclosure entry and its route commit together; parked requests go back once.</summary>
public sealed class NpgsqlRoutingStoreTests(RoutingDatabase db) : IClassFixture<RoutingDatabase>
{
    private static readonly PartnerOrganisation Bureau = new("lp-test", PartnerKind.Leerplicht, "lp-test");
    private static readonly DateTimeOffset Now = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private IRoutingStore Store => db.Services.GetRequiredService<IRoutingStore>();

    [Fact]
    public async Task Should_commit_the_partner_row_its_pending_disclosure_and_the_route_together_and_follow_that_route_when_a_melding_is_routed()
    {
        var meldingId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var delivery = VerzuimmeldingRoutingConsumer.Delivery(Bureau, new { meldingId }, "pseudonym-r1", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "AttendanceRecorded x", Disclosures.MeldingActivity(PartnerKind.Leerplicht), Disclosures.LegalObligation, Disclosures.MeldingCategories, null, Now) with
        {
            Message = new VerzuimmeldingEinddatumSet(meldingId, new DateOnly(2026, 10, 1), Now),
            MessageType = typeof(VerzuimmeldingEinddatumSet),
        };
        await using (var transaction = await Store.BeginAsync("test.routing", messageId, CancellationToken.None))
        {
            Assert.False(transaction.IsRepeat);
            transaction.Deliver(delivery);
            transaction.RecordRoute(new MeldingRoute(meldingId, Bureau, "GM0344", new DateOnly(2026, 10, 5), Notify: true, delivery.MessageId, Now));
            await transaction.CommitAsync(CancellationToken.None);
        }

        await using var again = await Store.BeginAsync("test.routing", messageId, CancellationToken.None);
        var route = await again.FindRouteAsync(meldingId, CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var outbox = await connection.QuerySingleAsync<(string Destination, string Headers)>(
            "SELECT destination, headers::text FROM outbox WHERE message_id = @Id", new { Id = delivery.MessageId });
        var disclosure = await connection.QuerySingleAsync<(string Status, string TraceId, string ParentSpanId, string Recipient)>(
            "SELECT status, trace_id, parent_span_id, recipient FROM disclosures WHERE message_id = @Id", new { Id = delivery.MessageId });

        Assert.True(again.IsRepeat);
        Assert.Equal((Bureau.OrganisationId, PartnerKind.Leerplicht, "GM0344", true, delivery.MessageId),
            (route!.Organisation.OrganisationId, route.Organisation.Kind, route.Woongemeente, route.Notify, route.MessageId));
        Assert.Equal("queue:leerplicht.lp-test", outbox.Destination);
        Assert.Contains(delivery.Trace.TraceParent, outbox.Headers, StringComparison.Ordinal);
        Assert.Equal(("pending", "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "lp-test"), disclosure);
    }

    [Fact]
    public async Task Should_send_a_parked_request_back_through_the_outbox_once_when_it_is_rerouted()
    {
        var meldingId = Guid.NewGuid();
        var change = new VerzuimmeldingWithdrawn(meldingId, "reden", Now) { Pupil = "pseudonym-r2", Brin = "12AB", Vestiging = "00" };
        await using (var transaction = await Store.BeginAsync("test.routing", Guid.NewGuid(), CancellationToken.None))
        {
            transaction.Park(new ParkedDelivery(meldingId, "verzuimmelding", "pseudonym-r2", "12AB", "00", ParkReasons.WoongemeenteUnknown, "GM9999 unknown",
                change, typeof(VerzuimmeldingWithdrawn), Now));
            await transaction.CommitAsync(CancellationToken.None);
        }

        var parked = db.Services.GetRequiredService<ParkedDeliveries>();
        var listed = Assert.Single(await parked.ListAsync(CancellationToken.None), p => p.SubjectId == meldingId);
        await using (var check = await Store.BeginAsync("test.routing", Guid.NewGuid(), CancellationToken.None))
        {
            Assert.True(await check.IsParkedAsync(meldingId, CancellationToken.None));
        }

        var first = await parked.RerouteAsync(listed.ParkedId, CancellationToken.None);
        var second = await parked.RerouteAsync(listed.ParkedId, CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var queued = await connection.QueryAsync<string>(
            "SELECT body::text FROM outbox WHERE destination IS NULL AND message_type LIKE '%VerzuimmeldingWithdrawn' AND body->>'meldingId' = @Id", new { Id = meldingId.ToString() });

        Assert.Equal((ParkReasons.WoongemeenteUnknown, "verzuimmelding"), (listed.Reason, listed.SubjectKind));
        Assert.Equal((1, 0), (first, second));
        Assert.Single(queued);
        Assert.DoesNotContain(await parked.ListAsync(CancellationToken.None), p => p.SubjectId == meldingId);
    }
}
