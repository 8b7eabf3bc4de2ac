using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Routing;

/// <summary>
/// Consent is checked when a referral is sent, not only when it is decided: a withdrawal that arrives while the referral
/// waits in the outbox stops it. The worker runs in roles (Hub:Roles) so each stage of the pipeline can be held:
/// signalering and routing run without the relay where a row must wait, and the relay runs without signalering where a
/// message must wait on the broker for the next stage. The referral is decided on valid consent and written to the
/// outbox; the school withdraws the consent; then the relay starts: the referral is blocked, never sent, its disclosure
/// entry says why, and the school hears it.
/// </summary>
public sealed class ConsentWithdrawnInOutboxTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Jgz = "jgz-ggd-groningen";
    private const string ConsentId = "consent-withdrawn-67";
    private const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_block_the_referral_and_log_why_when_consent_is_withdrawn_while_the_referral_waits_in_the_outbox()
    {
        var school = await hub.ProvisionSchoolAsync();
        await hub.ServeByJgzAsync(school.Brin, Jgz);
        var organisations = await hub.Directory.ListOrganisationsAsync(CancellationToken.None);
        await PartnerQueueCensus.DeclareAsync(hub.VirtualHost.Name, organisations.Select(o => (o.Kind, o.OrganisationId)));
        await using var jgzQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Jgz, Jgz);
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var jgz = MessageLog.Of(jgzQueue);
        var pupil = MeldingFacts.Pupil(67);

        // All roles: the MAZL finding, with consent recorded.
        await lvs.PublishAllAsync([
            RoutingFacts.Enrolment(school.Brin, pupil, "GM0014"), RoutingFacts.Consent(school.Brin, pupil, ConsentId),
            .. RoutingFacts.SickEpisodes(school.Brin, pupil)]);
        var finding = await feedback.WaitForAsync(MazlReferralTests.IsFourSickReports);

        // Intake and relay: the conversation is recorded and its event waits on the broker for signalering.
        await hub.RestartWorkerAsync(Roles("intake-amqp,relay"));
        var conversation = RoutingFacts.Conversation(school.Brin, pupil, finding.Text("findingId")!, TraceParent);
        await lvs.PublishAllAsync([conversation]);
        await RoutingDatabase.WaitUntilAsync(() => hub.DataSource.ReceiveCountAsync(conversation.Envelope.MessageId), n => n > 0, "the conversation recorded");
        await AllRelayedAsync();

        // Signalering without the relay: the referral request waits in the outbox.
        await hub.RestartWorkerAsync(Roles("intake-amqp,signalering"));
        await RoutingDatabase.WaitUntilAsync(() => hub.DataSource.OutboxRowsAsync(typeof(MazlReferralRequested)), n => n > 0, "the referral requested");
        await Task.Delay(TimeSpan.FromSeconds(1)); // let the consumer acknowledge its delivery

        // The relay without signalering: the request waits on the broker for routing.
        await hub.RestartWorkerAsync(Roles("intake-amqp,relay"));
        await AllRelayedAsync();

        // Routing without the relay: the referral, decided on valid consent, waits in the outbox; the school withdraws.
        await hub.RestartWorkerAsync(Roles("intake-amqp,signalering"));
        var waiting = await RoutingDatabase.WaitUntilAsync(() => hub.DataSource.OutboxAsync(typeof(MazlReferral), school.Brin), rows => rows.Count > 0, "the referral in the outbox");
        var referral = Assert.Single(waiting);
        Assert.Null(referral.SentAt);
        Assert.Equal("pending", (await hub.DataSource.DisclosureAsync(referral.MessageId))?.Status);
        Assert.Equal("pending", Assert.Single(await hub.DataSource.ReferralsAsync(school.Brin)).State);
        await lvs.PublishAllAsync([RoutingFacts.Withdrawal(school.Brin, pupil, ConsentId)]);
        await RoutingDatabase.WaitUntilAsync(() => hub.DataSource.IsWithdrawnAsync(school.Brin, ConsentId), withdrawn => withdrawn, "the withdrawal recorded");
        await Task.Delay(TimeSpan.FromSeconds(1));

        // All roles again: the relay checks the consent as it sends.
        await hub.RestartWorkerAsync();
        var blocked = await feedback.WaitForAsync(f => f.Is(nameof(MazlReferralBlocked)));
        await jgz.ReadForAsync(Quiet);
        await feedback.ReadForAsync(Quiet);

        Assert.Equal("consent.withdrawn", blocked.Text("reason"));
        Assert.Equal(finding.Text("findingId"), blocked.Text("findingId"));
        Assert.Equal(TraceParent.Split('-')[1], blocked.Headers["traceparent"].Split('-')[1]); // the school's trace comes back with the reason
        Assert.Empty(jgz.All);
        Assert.DoesNotContain(feedback.All, f => f.Is(nameof(MazlReferralSent)));
        Assert.All(await PartnerQueueCensus.CountAsync(hub.VirtualHost.Name), c => Assert.True(c.Value == 0, $"{c.Key} holds {c.Value} message(s)."));
        var row = Assert.Single(await hub.DataSource.OutboxAsync(typeof(MazlReferral), school.Brin));
        Assert.Equal((referral.MessageId, (DateTime?)null, "consent.withdrawn"), (row.MessageId, row.SentAt, row.BlockedReason));
        Assert.NotNull(row.BlockedAt);
        var disclosure = await hub.DataSource.DisclosureAsync(referral.MessageId);
        Assert.Equal(("blocked", "consent.withdrawn", ConsentId, Jgz), (disclosure?.Status, disclosure?.StatusReason, disclosure?.ConsentId, disclosure?.Recipient));
        var stored = Assert.Single(await hub.DataSource.ReferralsAsync(school.Brin));
        Assert.Equal(("blocked", "consent.withdrawn"), (stored.State, stored.Reason));
    }

    /// <summary>Waits until the relay sent every outbox row (nothing is left for the next stage to miss).</summary>
    private Task AllRelayedAsync() =>
        RoutingDatabase.WaitUntilAsync(() => hub.DataSource.UnsentOutboxRowsAsync(), n => n == 0, "every outbox row relayed");

    private static Dictionary<string, string> Roles(string roles) => new()
    {
        ["Hub__Roles"] = roles,
        ["Signalering__Settings__0__Scope"] = "National",
        ["Signalering__Settings__0__MeldingMinimumQuietMinutes"] = "0",
    };
}
