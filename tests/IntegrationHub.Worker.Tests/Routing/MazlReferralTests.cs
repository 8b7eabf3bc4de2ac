using System.Text.Json;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Routing;

/// <summary>
/// A MAZL signal (4 sick reports within 12 school weeks) through the running worker and the real broker. It always
/// reaches the school; JGZ gets a referral only after the school recorded its conversation with pupil and parents and on
/// recorded consent by whom the WGBO names, and then only in its own projection: the hub pseudonym, never the
/// persoonsgebonden nummer or the school's own pupil key.
/// </summary>
public sealed class MazlReferralTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Jgz = "jgz-ggd-groningen";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    /// <summary>Everything a JGZ may see in a referral (the MazlReferral contract); nothing else may be in the body.</summary>
    private static readonly string[] ReferralFields =
    [
        "referralId", "recipient", "pupilPseudonym", "school", "schoolType", "criterion", "criterionMetOn", "periodBegin", "periodEnd", "sickDays",
        "conversationHeldOn", "basis", "consentId", "contact", "referredAt",
    ];

    [Fact]
    public async Task Should_tell_the_school_and_send_nothing_to_jgz_when_there_is_no_consent()
    {
        var (school, lvs, jgzQueue) = await SchoolServedByJgzAsync();
        await using var _ = lvs;
        await using var __ = jgzQueue;
        var feedback = MessageLog.Of(lvs);
        var jgz = MessageLog.Of(jgzQueue);
        var pupil = MeldingFacts.Pupil(63);

        await lvs.PublishAllAsync([RoutingFacts.Enrolment(school, pupil, "GM0014"), .. RoutingFacts.SickEpisodes(school, pupil)]);
        var finding = await feedback.WaitForAsync(f => IsFourSickReports(f));
        Assert.Equal("school", finding.Text("recipient"));
        Assert.Empty(await jgz.ReadForAsync(TimeSpan.FromSeconds(3)));

        var conversation = RoutingFacts.Conversation(school, pupil, finding.Text("findingId")!);
        await lvs.PublishAllAsync([conversation]);
        var blocked = await feedback.WaitForAsync(f => f.Is(nameof(MazlReferralBlocked)));
        await jgz.ReadForAsync(Quiet);

        Assert.Equal("consent.missing", blocked.Text("reason"));
        Assert.Equal(finding.Text("findingId"), blocked.Text("findingId"));
        Assert.True((await feedback.WaitForAsync(f => f.MessageId == conversation.Envelope.MessageId)).IsAccepted);
        Assert.Empty(jgz.All);
        Assert.All(await PartnerQueueCensus.CountAsync(hub.VirtualHost.Name), c => Assert.True(c.Value == 0, $"{c.Key} holds {c.Value} message(s)."));
        Assert.Equal("blocked", Assert.Single(await hub.DataSource.ReferralsAsync(school)).State);
        Assert.Empty(await hub.DataSource.OutboxAsync(typeof(MazlReferral), school));
        Assert.DoesNotContain(await hub.DataSource.DisclosuresAsync(), d => d.Operation == $"MazlConversationRecorded {conversation.Envelope.MessageId}");
    }

    [Fact]
    public async Task Should_send_jgz_a_referral_in_its_own_projection_and_tell_the_school_when_the_wgbo_consent_is_recorded()
    {
        var (school, lvs, jgzQueue) = await SchoolServedByJgzAsync();
        await using var _ = lvs;
        await using var __ = jgzQueue;
        var feedback = MessageLog.Of(lvs);
        var jgz = MessageLog.Of(jgzQueue);
        var pupil = MeldingFacts.Pupil(64);
        var consent = RoutingFacts.Consent(school, pupil, "consent-mazl-64");

        await lvs.PublishAllAsync([RoutingFacts.Enrolment(school, pupil, "GM0014"), consent, .. RoutingFacts.SickEpisodes(school, pupil)]);
        var finding = await feedback.WaitForAsync(f => IsFourSickReports(f));
        Assert.Empty(await jgz.ReadForAsync(TimeSpan.FromSeconds(3))); // a MAZL signal alone never reaches JGZ

        await lvs.PublishAllAsync([RoutingFacts.Conversation(school, pupil, finding.Text("findingId")!)]);
        var referral = await jgz.WaitForAsync(f => f.Is(nameof(MazlReferral)));
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(MazlReferralSent)));
        await jgz.ReadForAsync(Quiet);

        Assert.Single(jgz.All);
        Assert.Equal(referral.Text("referralId"), sent.Text("referralId"));
        Assert.Equal(finding.Text("findingId"), sent.Text("findingId"));
        Assert.Equal(Jgz, referral.Message.GetProperty("recipient").GetProperty("organisationId").GetString());
        Assert.Equal(("consent", "consent-mazl-64"), (referral.Text("basis"), referral.Text("consentId")));
        Assert.Equal("4-ziekmeldingen-in-12-schoolweken", referral.Text("criterion"));
        Assert.Subset(ReferralFields.ToHashSet(), referral.Message.EnumerateObject().Select(p => p.Name).ToHashSet());
        var pseudonym = referral.Text("pupilPseudonym");
        Assert.False(string.IsNullOrWhiteSpace(pseudonym));
        var raw = referral.Message.GetRawText();
        Assert.DoesNotContain(pupil.PersoonsgebondenNummer, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(pupil.LvsPupilKey, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(pupil.PersoonsgebondenNummer, JsonSerializer.Serialize(referral.Headers), StringComparison.Ordinal);
        Assert.NotEqual(pupil.PersoonsgebondenNummer, pseudonym);
        var stored = Assert.Single(await hub.DataSource.ReferralsAsync(school));
        Assert.Equal(("sent", (string?)null), (stored.State, stored.Reason));
        var disclosure = await hub.DataSource.DisclosureAsync(referral.EnvelopeMessageId);
        Assert.NotNull(disclosure);
        Assert.Equal((Jgz, "consent-mazl-64", "sent", "mazl-verwijzing-jgz/v1"), (disclosure.Recipient, disclosure.ConsentId, disclosure.Status, disclosure.ActivityId));
    }

    /// <summary>
    /// The school's MAZL finding "4 sick reports within 12 school weeks". (While a sick report waits for its recovery the
    /// pupil is sick up to today, so a finding "7 consecutive school days sick" may come first and be dropped again.)
    /// </summary>
    public static bool IsFourSickReports(FeedbackMessage message) =>
        message.Is(nameof(FindingRaised)) && message.Text("kind") == "mazl-criterium" && message.Text("criterion") == "4-ziekmeldingen-in-12-schoolweken";

    /// <summary>A new school whose JGZ is <see cref="Jgz"/>, connected, with that JGZ's queue open.</summary>
    private async Task<(string Brin, SchoolConnection Lvs, PartnerQueue Jgz)> SchoolServedByJgzAsync()
    {
        var school = await hub.ProvisionSchoolAsync();
        await hub.ServeByJgzAsync(school.Brin, Jgz);
        var organisations = await hub.Directory.ListOrganisationsAsync(CancellationToken.None);
        await PartnerQueueCensus.DeclareAsync(hub.VirtualHost.Name, organisations.Select(o => (o.Kind, o.OrganisationId)));
        var jgz = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Jgz, Jgz);
        return (school.Brin, await hub.ConnectAsync(school), jgz);
    }
}
