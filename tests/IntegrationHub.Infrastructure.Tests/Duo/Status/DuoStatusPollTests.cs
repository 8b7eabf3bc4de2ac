using System.Text.Json.Nodes;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Infrastructure.Duo.Polling;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace IntegrationHub.Infrastructure.Tests.Duo.Status;

/// <summary>
/// The poll of DUO's register on real PostgreSQL, with the in-memory register as DUO: statuses reach the school in order,
/// once, across restarts and concurrent pollers; an unknown meldingsnummer is kept; DUO down keeps the watermark and
/// becomes an alert after the configured time.
/// </summary>
public sealed class DuoStatusPollTests : IAsyncLifetime
{
    private DuoStatusLoop _loop = null!;

    public async Task InitializeAsync() => _loop = await DuoStatusLoop.StartAsync();

    public async Task DisposeAsync() => await _loop.DisposeAsync();

    [Fact]
    public async Task Should_tell_the_school_status_changed_then_closed_in_that_order_when_the_gemeente_sets_in_behandeling_then_afgesloten()
    {
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync();
        var poller = _loop.NewPoller();

        _loop.Time.Advance(TimeSpan.FromHours(1));
        _loop.Register.SetStatus(nummer, DuoStatus.B, contact: new DuoContactpersoon("J. de Vries", "leerplichtambtenaar", "030-1234567", "leerplicht@example.nl"));
        await poller.Pass.RunAsync(CancellationToken.None);
        _loop.Time.Advance(TimeSpan.FromDays(2));
        _loop.Register.SetStatus(nummer, DuoStatus.G, "terug-naar-school", "leerling-gezien-door-gemeente");
        await poller.Pass.RunAsync(CancellationToken.None);

        var feedback = await _loop.FeedbackAsync(meldingId);
        Assert.Equal(["VerzuimmeldingStatusChanged", "VerzuimmeldingClosed"], feedback.Select(f => f.Type));
        var changed = JsonNode.Parse(feedback[0].Body)!;
        Assert.Equal((nummer, "in-behandeling", "GM0344", "J. de Vries", "LVS-pseudonym-" + meldingId.ToString("N")[..8]),
            ((string)changed["meldingsnummer"]!, (string)changed["status"]!, (string)changed["gemeente"]!, (string)changed["contactpersoon"]!["naam"]!, (string)changed["lvsPupilKey"]!));
        var closed = JsonNode.Parse(feedback[1].Body)!;
        Assert.Equal((nummer, meldingId.ToString(), "terug-naar-school", "leerling-gezien-door-gemeente"),
            ((string)closed["meldingsnummer"]!, (string)closed["meldingId"]!, (string)closed["redenAfgesloten"]!, (string)closed["toelichtingAfsluiting"]!));
        Assert.Equal(("G", "terug-naar-school"), await _loop.ScalarAsync<(string, string)>(
            "SELECT status, reden_afgesloten FROM duo_meldingen WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
        Assert.Equal(3L, await _loop.ScalarAsync<long>("SELECT count(*) FROM duo_melding_statuses WHERE meldingsnummer = @Nummer AND melding_id = @MeldingId",
            new { Nummer = nummer, MeldingId = meldingId }));
    }

    [Fact]
    public async Task Should_apply_a_status_once_when_duo_returns_the_same_change_twice()
    {
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync();
        var poller = _loop.NewPoller();
        _loop.Register.SetStatus(nummer, DuoStatus.K);

        var first = await poller.Pass.RunAsync(CancellationToken.None);
        _loop.Time.Advance(TimeSpan.FromSeconds(30)); // within the overlap: DUO returns the K again
        var second = await poller.Pass.RunAsync(CancellationToken.None);

        Assert.Contains(first.Changes, c => c.Status == DuoStatus.K && c.IsNew);
        Assert.Contains(second.Changes, c => c.Status == DuoStatus.K && !c.IsNew);
        Assert.Equal(["VerzuimmeldingStatusChanged"], (await _loop.FeedbackAsync(meldingId)).Select(f => f.Type));
        Assert.Equal(1L, await _loop.ScalarAsync<long>("SELECT count(*) FROM duo_melding_statuses WHERE meldingsnummer = @Nummer AND status = 'K'", new { Nummer = nummer }));
    }

    [Fact]
    public async Task Should_neither_repeat_nor_miss_a_status_when_a_new_poller_takes_over_from_the_watermark()
    {
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync();
        _loop.Register.SetStatus(nummer, DuoStatus.B);
        await _loop.NewPoller().Pass.RunAsync(CancellationToken.None);
        var watermark = await _loop.ScalarAsync<DateTime>("SELECT watermark FROM duo_poll_state");
        Assert.Equal(_loop.Time.GetUtcNow().UtcDateTime, watermark);

        _loop.Time.Advance(TimeSpan.FromMinutes(1)); // the B is still inside the next poll's overlap
        _loop.Register.SetStatus(nummer, DuoStatus.I);
        var restarted = _loop.NewPoller(); // a new process: nothing in memory
        var result = await restarted.Pass.RunAsync(CancellationToken.None);

        Assert.Equal(watermark - _loop.Options.PollOverlap, result.Since.UtcDateTime);
        Assert.Equal(["VerzuimmeldingStatusChanged", "VerzuimmeldingWithdrawalRegistered"], (await _loop.FeedbackAsync(meldingId)).Select(f => f.Type));
        Assert.Equal("I", await _loop.ScalarAsync<string>("SELECT status FROM duo_meldingen WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
    }

    [Fact]
    public async Task Should_apply_each_status_once_when_two_pollers_apply_the_same_answer_at_the_same_time()
    {
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync();
        _loop.Register.SetStatus(nummer, DuoStatus.B);
        var one = _loop.NewPoller();
        var other = _loop.NewPoller();

        var results = await Task.WhenAll(one.Pass.RunAsync(CancellationToken.None), other.Pass.RunAsync(CancellationToken.None));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(1, results.Sum(r => r.Changes.Count(c => c.Status == DuoStatus.B && c.IsNew)));
        Assert.Equal(["VerzuimmeldingStatusChanged"], (await _loop.FeedbackAsync(meldingId)).Select(f => f.Type));
    }

    [Fact]
    public async Task Should_record_a_status_for_an_unknown_meldingsnummer_without_melding_and_go_on_with_the_rest()
    {
        var foreign = await _loop.ForeignMeldingAsync();
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync();
        _loop.Register.SetStatus(foreign, DuoStatus.B);
        _loop.Register.SetStatus(nummer, DuoStatus.B);
        using var recorded = _loop.Collect<long>(DuoStatusMetrics.StatusesRecordedName);

        var result = await _loop.NewPoller().Pass.RunAsync(CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Changes, c => c.Meldingsnummer == foreign && c.Status == DuoStatus.B && c.IsNew && c.MeldingId is null);
        Assert.Equal(2L, await _loop.ScalarAsync<long>("SELECT count(*) FROM duo_melding_statuses WHERE meldingsnummer = @Nummer AND melding_id IS NULL", new { Nummer = foreign }));
        Assert.Equal(["VerzuimmeldingStatusChanged"], (await _loop.FeedbackAsync(meldingId)).Select(f => f.Type));
        Assert.Equal(0L, await _loop.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE body->>'meldingsnummer' = @Nummer", new { Nummer = foreign }));
        Assert.Equal(2, recorded.GetMeasurementSnapshot().Where(m => Equals(m.Tags["status"], "B")).Sum(m => m.Value));
    }

    [Fact]
    public async Task Should_keep_the_watermark_record_the_failure_and_alert_once_after_the_configured_time_when_duo_is_down()
    {
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync();
        var logger = new FakeLogger<DuoPollMonitor>();
        var poller = _loop.NewPoller(logger);
        await poller.Pass.RunAsync(CancellationToken.None);
        var watermark = await _loop.ScalarAsync<DateTime>("SELECT watermark FROM duo_poll_state");
        _loop.Register.SetStatus(nummer, DuoStatus.B);
        _loop.Register.Down = true;

        _loop.Time.Advance(_loop.Options.PollAlertAfter - TimeSpan.FromMinutes(1));
        var failed = await poller.Pass.RunAsync(CancellationToken.None);
        var before = await poller.Health.CheckHealthAsync(new HealthCheckContext());
        _loop.Time.Advance(TimeSpan.FromMinutes(2));
        await poller.Pass.RunAsync(CancellationToken.None);
        var after = await poller.Health.CheckHealthAsync(new HealthCheckContext());
        using var age = _loop.Collect<double>(DuoStatusMetrics.PollAgeName);
        age.RecordObservableInstruments();
        _loop.Time.Advance(TimeSpan.FromMinutes(5));
        await poller.Pass.RunAsync(CancellationToken.None);

        Assert.False(failed.Succeeded);
        Assert.Equal(watermark, await _loop.ScalarAsync<DateTime>("SELECT watermark FROM duo_poll_state"));
        Assert.Contains("DuoUnavailableException", await _loop.ScalarAsync<string>("SELECT last_error FROM duo_poll_state"), StringComparison.Ordinal);
        Assert.Equal((HealthStatus.Healthy, HealthStatus.Degraded), (before.Status, after.Status));
        Assert.True(age.LastMeasurement!.Value >= _loop.Options.PollAlertAfter.TotalSeconds);
        Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Id.Id == 5305);
        Assert.Empty(await _loop.FeedbackAsync(meldingId));

        _loop.Register.Down = false;
        await poller.Pass.RunAsync(CancellationToken.None);
        Assert.Equal(HealthStatus.Healthy, (await poller.Health.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.Null(await _loop.ScalarAsync<string?>("SELECT last_error FROM duo_poll_state"));
        Assert.Equal(["VerzuimmeldingStatusChanged"], (await _loop.FeedbackAsync(meldingId)).Select(f => f.Type)); // nothing missed
    }

    [Fact]
    public async Task Should_alert_after_the_configured_time_when_the_poll_never_succeeded_since_start()
    {
        _loop.Register.Down = true;
        var logger = new FakeLogger<DuoPollMonitor>();
        var poller = _loop.NewPoller(logger);

        await poller.Pass.RunAsync(CancellationToken.None);
        var early = poller.Monitor.Evaluate();
        _loop.Time.Advance(_loop.Options.PollAlertAfter);
        await poller.Pass.RunAsync(CancellationToken.None);

        Assert.Equal(PollAlertTransition.None, early);
        Assert.Equal(HealthStatus.Degraded, (await poller.Health.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }
}
