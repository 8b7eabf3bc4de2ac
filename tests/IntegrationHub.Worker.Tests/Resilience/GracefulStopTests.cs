using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Resilience;

/// <summary>
/// The worker is stopped with SIGTERM while it works through a stream: it finishes what it has in hand, exits
/// cleanly, and after a restart every message is stored exactly once.
/// </summary>
public sealed class GracefulStopTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int Messages = 3_000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Should_exit_cleanly_and_lose_nothing_when_the_worker_is_stopped_mid_stream()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        for (var start = 0; start < Messages; start += 250)
        {
            await Task.WhenAll(Enumerable.Range(start, 250).Select(n =>
                lvs.PublishAsync(TestMessages.ToJson(TestMessages.Attendance(school.Brin, pupil: 1 + (n % 20), lesson: n)))));
        }

        await hub.DataSource.WaitForLedgerRowsAsync(200, Bound);
        var exitCode = await hub.Worker.StopAsync(TimeSpan.FromSeconds(45));
        var shutdown = hub.Worker.OutputLines.SkipWhile(line => !line.Contains("Application is shutting down", StringComparison.Ordinal)).ToList();
        var storedAtStop = (await hub.DataSource.LedgerTotalsAsync()).Rows;
        await hub.RestartWorkerAsync();
        var stored = await hub.DataSource.WaitForLedgerRowsAsync(Messages, Bound);

        Assert.Equal(0, exitCode);
        Assert.InRange(storedAtStop, 1, Messages - 1);
        Assert.NotEmpty(shutdown);
        Assert.DoesNotContain(shutdown, line => line.Contains("crit:", StringComparison.Ordinal)
            || (line.Contains("fail:", StringComparison.Ordinal) && (line.Contains("Gateways", StringComparison.Ordinal) || line.Contains("Intake", StringComparison.Ordinal))));
        Assert.Equal(Messages, stored);
        var (rows, distinct) = await hub.DataSource.LedgerTotalsAsync();
        Assert.Equal(Messages, rows);
        Assert.Equal(Messages, distinct);
    }
}
