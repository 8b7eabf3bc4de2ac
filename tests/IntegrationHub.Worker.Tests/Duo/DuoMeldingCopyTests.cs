using Dapper;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Routing;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Duo;

/// <summary>
/// The published VerzuimmeldingReady reaches both stages through the running worker and the real broker: the routing
/// stage's queue (the partner gets its notification) and the DUO consumer's own queue, hub.duo.meldingen (the melding is
/// queued for DUO, once). The worker runs no DUO dispatcher here, so the request waits.
/// </summary>
public sealed class DuoMeldingCopyTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int PupilNumber = 71;
    private const string Groningen = "GM0014";

    [Fact]
    public async Task Should_queue_the_melding_for_duo_and_notify_the_partner_when_both_endpoints_receive_the_published_melding()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var partnerQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, "lp-groningen");
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var partner = MessageLog.Of(partnerQueue);
        var pupil = MeldingFacts.Pupil(PupilNumber);

        await lvs.PublishAllAsync([RoutingFacts.Enrolment(school.Brin, pupil, Groningen), .. RoutingFacts.MissedLessons(school.Brin, pupil)]);
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        var notification = await partner.WaitForAsync(f => f.Is(nameof(VerzuimmeldingNotification)));
        var queued = await WaitForDuoRowAsync(sent.MeldingId);

        Assert.Equal(sent.MeldingId, notification.MeldingId);
        Assert.Equal(("wachtend", "V3", Groningen), queued);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = @Id AND operation = 'melden'", sent.MeldingId));
    }

    private async Task<(string Status, string Soort, string Gemeente)> WaitForDuoRowAsync(Guid? meldingId)
    {
        using var timeout = new CancellationTokenSource(MessageLog.Bound);
        while (true)
        {
            await using var connection = await hub.DataSource.OpenConnectionAsync();
            var row = await connection.QuerySingleOrDefaultAsync<(string Status, string Soort, string Gemeente)?>(
                "SELECT status, soort, gemeente FROM duo_meldingen WHERE melding_id = @Id", new { Id = meldingId });
            if (row is { } found)
            {
                return found;
            }

            Assert.False(timeout.IsCancellationRequested, $"Melding {meldingId} was not queued for DUO.");
            await Task.Delay(200, CancellationToken.None);
        }
    }

    private async Task<long> CountAsync(string sql, Guid? id)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { Id = id });
    }
}
