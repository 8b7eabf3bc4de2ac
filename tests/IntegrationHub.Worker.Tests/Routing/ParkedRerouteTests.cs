using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Infrastructure.Persistence.Routing;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Routing;

/// <summary>
/// A melding for a pupil whose woongemeente the directory does not know is parked, never dropped and never guessed: the
/// school hears it, nothing reaches any partner. After the operator adds the gemeente and its leerplicht organisation and
/// re-routes, the melding is delivered once and the school hears "verzonden" once; a second re-route changes nothing.
/// </summary>
public sealed class ParkedRerouteTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int PupilNumber = 62;
    private const string Unknown = "GM9999";
    private const string LeerplichtAmsterdam = "lp-amsterdam";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_park_tell_the_school_and_deliver_once_after_a_directory_fix_and_reroute_when_the_woongemeente_is_unknown()
    {
        var school = await hub.ProvisionSchoolAsync();
        var organisations = await hub.Directory.ListOrganisationsAsync(CancellationToken.None);
        await PartnerQueueCensus.DeclareAsync(hub.VirtualHost.Name, organisations.Select(o => (o.Kind, o.OrganisationId)));
        await using var amsterdamQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, LeerplichtAmsterdam);
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var amsterdam = MessageLog.Of(amsterdamQueue);
        var pupil = MeldingFacts.Pupil(PupilNumber);

        await lvs.PublishAllAsync([RoutingFacts.Enrolment(school.Brin, pupil, Unknown), .. RoutingFacts.MissedLessons(school.Brin, pupil)]);
        var parked = await feedback.WaitForAsync(f => f.Is(nameof(PartnerDeliveryParked)));
        await feedback.ReadForAsync(Quiet);

        Assert.Equal("woongemeente.unknown", parked.Text("reason"));
        Assert.Equal("verzuimmelding", parked.Text("subjectKind"));
        Assert.Equal(TestMessages.LvsPupilKey(PupilNumber), parked.Text("lvsPupilKey"));
        var meldingId = Assert.Single(await hub.DataSource.MeldingenAsync(school.Brin)).MeldingId;
        Assert.Equal(meldingId, parked.Message.GetProperty("subjectId").GetGuid());
        var row = Assert.Single(await hub.DataSource.ParkedAsync(school.Brin));
        Assert.Equal((meldingId, "woongemeente.unknown", (DateTime?)null, Unknown), (row.SubjectId, row.Reason, row.ReroutedAt, row.Woongemeente));
        Assert.DoesNotContain(feedback.All, f => f.Is(nameof(VerzuimmeldingSent)));
        Assert.All(await PartnerQueueCensus.CountAsync(hub.VirtualHost.Name), c => Assert.True(c.Value == 0, $"{c.Key} holds {c.Value} message(s)."));
        Assert.Empty(await hub.DataSource.DisclosuresAsync());

        await hub.Directory.ImportGemeentenAsync(
            [new CbsGemeente(Unknown, "Testgemeente", "MC21", "Agglomeratie Amsterdam", "GG3406", "GGD Amsterdam", "test: a gemeente the operator added")],
            new DateOnly(2025, 1, 1), closeMissing: false, CancellationToken.None);
        await hub.Directory.SetLeerplichtAsync(new LeerplichtRoute(Unknown, null, LeerplichtAmsterdam, NotifyPartners: true, MazlBought: true,
            new DateOnly(2025, 1, 1), null, "test", Illustrative: true), CancellationToken.None);
        var parkedDeliveries = new ParkedDeliveries(hub.DataSource, TimeProvider.System);
        Assert.Equal(1, await parkedDeliveries.RerouteAsync(null, CancellationToken.None));

        var notification = await amsterdam.WaitForAsync(f => f.Is(nameof(VerzuimmeldingNotification)));
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        Assert.Equal(0, await parkedDeliveries.RerouteAsync(null, CancellationToken.None));
        await amsterdam.ReadForAsync(Quiet);
        await feedback.ReadForAsync(Quiet);

        Assert.Equal(meldingId, notification.MeldingId);
        Assert.Equal(meldingId, sent.MeldingId);
        Assert.Single(amsterdam.All);
        Assert.Single(feedback.All, f => f.Is(nameof(VerzuimmeldingSent)));
        Assert.Single(feedback.All, f => f.Is(nameof(PartnerDeliveryParked)));
        Assert.Equal(Unknown, notification.Text("woongemeente"));
        Assert.All(await PartnerQueueCensus.CountAsync(hub.VirtualHost.Name), c => Assert.True(c.Value == 0, $"{c.Key} holds {c.Value} message(s)."));
        Assert.NotNull(Assert.Single(await hub.DataSource.ParkedAsync(school.Brin)).ReroutedAt);
        var disclosure = Assert.Single(await hub.DataSource.DisclosuresAsync());
        Assert.Equal((notification.EnvelopeMessageId, LeerplichtAmsterdam, "sent"), (disclosure.MessageId, disclosure.Recipient, disclosure.Status));
        Assert.Single(await hub.DataSource.OutboxAsync(typeof(VerzuimmeldingNotification), school.Brin));
    }
}
