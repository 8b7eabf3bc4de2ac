using IntegrationHub.Application.Routing;
using IntegrationHub.Application.Tests.Privacy;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Duo.Outbound;

/// <summary>
/// The routing stage, when it routes a melding DUO already registered (the DUO dispatcher was first), puts the
/// meldingsnummer in the partner's notification; otherwise the dispatcher sends it later as an update.
/// </summary>
public sealed class RoutingMeldingsnummerTests
{
    [Fact]
    public async Task Should_carry_the_meldingsnummer_in_the_notification_when_duo_registered_the_melding_before_it_was_routed()
    {
        var store = new InMemoryRoutingStore();
        var ready = DuoMeldingSamples.Ready() with { Woongemeente = "GM0344" };
        store.Nummers[ready.Pupil] = DuoMeldingSamples.Nummer;
        store.Meldingsnummers[ready.MeldingId] = "M4711";
        var consumer = new VerzuimmeldingRoutingConsumer(new InMemoryDirectory(), store, new FakeTimeProvider(ready.MadeAt));

        await consumer.Consume(DirectConsumeContext<Messaging.VerzuimmeldingReady>.For(ready, Guid.NewGuid()));

        var notification = Assert.IsType<VerzuimmeldingNotification>(Assert.Single(store.Deliveries).Message);
        Assert.Equal("M4711", notification.Meldingsnummer);
    }

    [Fact]
    public async Task Should_carry_no_meldingsnummer_when_the_melding_is_routed_before_duo_registered_it()
    {
        var store = new InMemoryRoutingStore();
        var ready = DuoMeldingSamples.Ready() with { Woongemeente = "GM0344" };
        store.Nummers[ready.Pupil] = DuoMeldingSamples.Nummer;
        var consumer = new VerzuimmeldingRoutingConsumer(new InMemoryDirectory(), store, new FakeTimeProvider(ready.MadeAt));

        await consumer.Consume(DirectConsumeContext<Messaging.VerzuimmeldingReady>.For(ready, Guid.NewGuid()));

        var notification = Assert.IsType<VerzuimmeldingNotification>(Assert.Single(store.Deliveries).Message);
        Assert.Null(notification.Meldingsnummer);
    }
}
