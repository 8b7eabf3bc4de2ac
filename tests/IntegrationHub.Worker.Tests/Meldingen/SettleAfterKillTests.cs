using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Meldingen;

/// <summary>
/// A finding that waits to settle survives a SIGKILL of the worker: its concept and due check are in PostgreSQL, the
/// restarted worker settles it, and the partner receives the melding once and the school hears "verzonden" once.
/// </summary>
public sealed class SettleAfterKillTests(SettleAfterKillTests.SlowSchedulerHub hub) : IClassFixture<SettleAfterKillTests.SlowSchedulerHub>
{
    private const int PupilNumber = 44;
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The first worker: its scheduler runs once at start and then not for an hour, and a finding may not settle
    /// sooner than a day after its last change (the minimum quiet time wins even over a passed deadline), so the
    /// finding waits as a concept whatever today's date.
    /// </summary>
    private static readonly Dictionary<string, string> Waiting = new()
    {
        ["Signalering__DuePollSeconds"] = "3600",
        ["Signalering__Settings__0__Scope"] = "National",
        ["Signalering__Settings__0__MeldingMinimumQuietMinutes"] = "1440",
    };

    /// <summary>
    /// The restarted worker, standing for the passage of time. Moving the due check to now only makes the scheduler
    /// look; the worker then recomputes when the concept settles from the real clock and the settle rule, which would
    /// still say "later" and just move the check again. A national settle rule of 0 school days, 0 hours unchanged and
    /// no minimum quiet time makes the restarted worker agree that the time has passed.
    /// </summary>
    private static readonly Dictionary<string, string> SettleNow = new()
    {
        ["Signalering__DuePollSeconds"] = "1",
        ["Signalering__Settings__0__Scope"] = "National",
        ["Signalering__Settings__0__MeldingParentsSchoolDays"] = "0",
        ["Signalering__Settings__0__MeldingUnchangedHours"] = "0",
        ["Signalering__Settings__0__MeldingMinimumQuietMinutes"] = "0",
    };

    [Fact]
    public async Task Should_send_the_melding_exactly_once_when_the_worker_is_killed_while_a_finding_waits_to_settle()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var partnerQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, MeldingFacts.LeerplichtOfTheirWoongemeente);
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var partner = MessageLog.Of(partnerQueue);
        var pupil = MeldingFacts.Pupil(PupilNumber);
        var days = new DateOnly[] { new(2026, 9, 8), new(2026, 9, 9), new(2026, 9, 10), new(2026, 9, 11) };

        await lvs.PublishAsync(TestMessages.ToJson(MeldingFacts.Enrolment(school.Brin, pupil, new DateOnly(2026, 8, 17))), type: nameof(PupilEnrolled));
        foreach (var lesson in MeldingFacts.MissedLessons(school.Brin, pupil, days))
        {
            await lvs.PublishAsync(TestMessages.ToJson(lesson));
        }

        var raised = await feedback.WaitForAsync(f => f.Is(nameof(FindingRaised)) && f.Text("kind") == "melding-16-uur");
        Assert.True(raised.Message.GetProperty("isProvisional").GetBoolean());
        var meldingId = raised.MeldingId!.Value;
        var due = await WaitForConceptAsync(school.Brin, meldingId);
        await hub.Worker.KillAsync();
        Assert.Empty(await partner.ReadForAsync(TimeSpan.FromSeconds(2)));

        await hub.DataSource.MakeDueNowAsync(due.Subject);
        await hub.RestartWorkerAsync(SettleNow);
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        await partner.WaitForAsync(f => f.Is(nameof(VerzuimmeldingNotification)));
        await feedback.ReadForAsync(Quiet);
        await partner.ReadForAsync(Quiet);

        Assert.Equal(meldingId, sent.MeldingId);
        Assert.Single(feedback.All, f => f.Is(nameof(VerzuimmeldingSent)));
        Assert.Equal(meldingId, Assert.Single(partner.All).MeldingId);
        var melding = Assert.Single(await hub.DataSource.MeldingenAsync(school.Brin));
        Assert.Equal((meldingId, "gereed"), (melding.MeldingId, melding.State));
        Assert.NotNull(melding.SentAt);
        Assert.Equal(1, await hub.DataSource.OutboxRowsAsync(typeof(VerzuimmeldingReady)));
        Assert.Equal(1, await hub.DataSource.OutboxRowsAsync(typeof(VerzuimmeldingNotification)));
        var history = await hub.DataSource.HistoryAsync(meldingId);
        Assert.Single(history, e => e == "gereed");
        Assert.Single(history, e => e == "verzonden");
    }

    /// <summary>Waits (bounded) until the concept and its pupil due check are committed; returns the due check.</summary>
    private async Task<(string Subject, DateTimeOffset DueAt)> WaitForConceptAsync(string brin, Guid meldingId)
    {
        var deadline = DateTime.UtcNow + MessageLog.Bound;
        while (DateTime.UtcNow < deadline)
        {
            var meldingen = await hub.DataSource.MeldingenAsync(brin);
            var checks = await hub.DataSource.PupilDueChecksAsync(brin);
            if (meldingen is [{ State: "concept" } concept] && concept.MeldingId == meldingId && checks is [var check])
            {
                Assert.True(check.DueAt > DateTimeOffset.UtcNow, $"The concept should wait to settle, but is due at {check.DueAt:O}.");
                return check;
            }

            Assert.All(meldingen, m => Assert.Equal("concept", m.State));

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No concept {meldingId} with a due check within {MessageLog.Bound.TotalSeconds} s.");
    }

    /// <summary>A hub whose first worker lets nothing settle before the kill (<see cref="Waiting"/>).</summary>
    public sealed class SlowSchedulerHub : HubFixture
    {
        protected override IDictionary<string, string> WorkerSettings => Waiting;
    }
}
