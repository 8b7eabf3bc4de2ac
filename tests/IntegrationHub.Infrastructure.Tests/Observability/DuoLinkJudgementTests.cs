using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Observability;

namespace IntegrationHub.Infrastructure.Tests.Observability;

/// <summary>The overview's DUO part: the live workers' reported circuits first, the DUO outbox as extra detail.</summary>
public sealed class DuoLinkJudgementTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly OverviewCounts Quiet = new(0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static readonly OverviewCounts Retrying = new(0, 0, 3, 90, 2, 0, 0, 0, 0);

    [Fact]
    public void Should_be_degraded_with_the_time_the_circuit_opened_when_a_live_worker_reports_it_open()
    {
        var health = DuoLinkJudgement.Judge(Quiet, [Worker("closed", null), Worker("open", At.AddMinutes(-5)), Worker("open", At.AddMinutes(-2))]);

        Assert.Equal(HealthState.Degraded, health.State);
        Assert.StartsWith("Verstoord: circuit open sinds " + Local(At.AddMinutes(-5)) + " bij 2 van 3 worker(s)", health.Detail, StringComparison.Ordinal);
        Assert.EndsWith("DUO-outbox: In orde: niets onderweg", health.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_outbox_detail_when_the_circuit_is_open_and_requests_wait_for_another_attempt()
    {
        var health = DuoLinkJudgement.Judge(Retrying, [Worker("open", At)]);

        Assert.Equal(HealthState.Degraded, health.State);
        Assert.Contains("circuit open sinds", health.Detail, StringComparison.Ordinal);
        Assert.Contains("DUO-outbox: Verstoord: 2 verzoek(en) aan DUO wachten op een nieuwe poging", health.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ignore_the_circuit_of_a_stale_worker_when_it_last_reported_open()
    {
        var health = DuoLinkJudgement.Judge(Quiet, [Worker("open", At, alive: false), Worker("closed", null)]);

        Assert.Equal(new PartHealth(HealthState.Healthy, "In orde: niets onderweg"), health);
    }

    [Fact]
    public void Should_be_degraded_as_half_open_when_no_live_worker_is_open_but_one_is_half_open()
    {
        var health = DuoLinkJudgement.Judge(Quiet, [Worker("half-open", At), Worker(null, null)]);

        Assert.Equal(HealthState.Degraded, health.State);
        Assert.StartsWith("Verstoord: circuit half open sinds " + Local(At) + " bij 1 van 1 worker(s)", health.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_judge_by_the_outbox_when_every_live_circuit_is_closed()
    {
        var retrying = DuoLinkJudgement.Judge(Retrying, [Worker("closed", At)]);
        var pending = DuoLinkJudgement.Judge(Quiet with { DuoPending = 4 }, [Worker("closed", At)]);

        Assert.Equal(new PartHealth(HealthState.Degraded, "Verstoord: 2 verzoek(en) aan DUO wachten op een nieuwe poging; oudste wacht 90 seconden"), retrying);
        Assert.Equal(new PartHealth(HealthState.Healthy, "In orde: 4 verzoek(en) onderweg"), pending);
    }

    [Fact]
    public void Should_be_unreachable_when_the_database_could_not_be_read()
    {
        Assert.Equal(HealthState.Unreachable, DuoLinkJudgement.Judge(null, null).State);
    }

    private static WorkerStatus Worker(string? circuit, DateTimeOffset? since, bool alive = true) =>
        new(Guid.NewGuid(), "host", 42, "duo", "1.0", At.AddHours(-1), At, alive, circuit, since);

    private static string Local(DateTimeOffset time) => time.ToLocalTime().ToString("d-M-yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
