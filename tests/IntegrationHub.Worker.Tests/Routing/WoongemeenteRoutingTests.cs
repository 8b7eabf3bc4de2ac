using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Routing;

/// <summary>
/// Routing by the pupil's woongemeente, never the school's gemeente, through the running worker and the real broker: the
/// pupil was enrolled living in Groningen (GM0014) and then moved to Utrecht (GM0344) before the lessons were missed; the
/// melding is made today, so it goes to Utrecht's leerplicht organisation, and no other partner queue gets anything.
/// </summary>
public sealed class WoongemeenteRoutingTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int PupilNumber = 61;
    private const string Utrecht = "GM0344";
    private const string LeerplichtUtrecht = "lp-utrecht";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_deliver_the_melding_only_to_the_woongemeentes_leerplicht_organisation_when_the_pupil_moved_to_another_gemeente()
    {
        var school = await hub.ProvisionSchoolAsync();
        var organisations = await hub.Directory.ListOrganisationsAsync(CancellationToken.None);
        await PartnerQueueCensus.DeclareAsync(hub.VirtualHost.Name, organisations.Select(o => (o.Kind, o.OrganisationId)));
        await using var utrechtQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, LeerplichtUtrecht);
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var utrecht = MessageLog.Of(utrechtQueue);
        var pupil = MeldingFacts.Pupil(PupilNumber);
        var moved = new PupilProfileChanged
        {
            Envelope = RoutingFacts.Enrolment(school.Brin, pupil, Utrecht).Envelope with { MessageId = Guid.NewGuid() },
            Pupil = pupil,
            EffectiveFrom = new DateOnly(2026, 9, 1),
            WoongemeenteCode = Utrecht,
        };

        await lvs.PublishAllAsync([RoutingFacts.Enrolment(school.Brin, pupil, "GM0014"), moved, .. RoutingFacts.MissedLessons(school.Brin, pupil)]);
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        var notification = await utrecht.WaitForAsync(f => f.Is(nameof(VerzuimmeldingNotification)));
        await utrecht.ReadForAsync(Quiet);

        Assert.Equal(sent.MeldingId, notification.MeldingId);
        Assert.Single(utrecht.All);
        Assert.Equal(Utrecht, notification.Text("woongemeente"));
        Assert.Equal(LeerplichtUtrecht, notification.Message.GetProperty("recipient").GetProperty("organisationId").GetString());
        var counts = await PartnerQueueCensus.CountAsync(hub.VirtualHost.Name);
        Assert.Contains("leerplicht.lp-groningen", counts.Keys); // the old woongemeente's queue exists, so an empty count means something
        Assert.Contains("leerplicht.lp-amsterdam", counts.Keys);
        Assert.True(counts.Count > 10, $"The census saw only {counts.Count} partner queues.");
        Assert.All(counts, c => Assert.True(c.Value == 0, $"{c.Key} holds {c.Value} message(s)."));
        var disclosure = Assert.Single(await hub.DataSource.DisclosuresAsync());
        Assert.Equal((notification.EnvelopeMessageId, LeerplichtUtrecht, "sent"), (disclosure.MessageId, disclosure.Recipient, disclosure.Status));
    }
}
