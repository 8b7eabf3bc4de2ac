using System.Diagnostics;
using IntegrationHub.Worker.Tests.Support;
using Xunit.Abstractions;

namespace IntegrationHub.Worker.Tests.Resilience;

/// <summary>
/// The worker is SIGKILLed while it works through a stream of 10,000 messages and then started again: every
/// message must end up in the ledger exactly once (ack only after the intake committed; redelivery is
/// de-duplicated by message id).
/// </summary>
public sealed class KillTests(HubFixture hub, ITestOutputHelper output) : IClassFixture<HubFixture>
{
    private const int Messages = 10_000;
    private const int PublishBatch = 250;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Should_store_every_message_exactly_once_when_the_worker_is_killed_mid_stream()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var clock = Stopwatch.StartNew();

        var publishing = PublishStreamAsync(lvs, school.Brin);
        var storedAtKill = await hub.DataSource.WaitForLedgerRowsAsync(500, Bound);
        await hub.Worker.KillAsync();
        output.WriteLine($"killed after {clock.Elapsed.TotalSeconds:F1}s with {storedAtKill} stored");
        await publishing;
        var storedAfterKill = (await hub.DataSource.LedgerTotalsAsync()).Rows;
        await hub.RestartWorkerAsync();
        var final = await hub.DataSource.WaitForLedgerRowsAsync(Messages, Bound);
        output.WriteLine($"all stored after {clock.Elapsed.TotalSeconds:F1}s ({storedAfterKill} before the restart)");
        output.WriteLine($"message ids received more than once (redelivered after the kill, de-duplicated): {await hub.DataSource.RepeatedSubmissionsAsync()}");

        Assert.InRange(storedAtKill, 1, Messages - 1);
        Assert.Equal(Messages, final);
        var (rows, distinct) = await hub.DataSource.LedgerTotalsAsync();
        Assert.Equal(Messages, distinct);
        Assert.Equal(Messages, rows);
        Assert.Equal(Messages, await hub.DataSource.SubmissionsAsync());
    }

    private static async Task PublishStreamAsync(SchoolConnection lvs, string brin)
    {
        for (var start = 0; start < Messages; start += PublishBatch)
        {
            var confirms = Enumerable.Range(start, PublishBatch)
                .Select(n => lvs.PublishAsync(TestMessages.ToJson(TestMessages.Attendance(brin, pupil: 1 + (n % 50), lesson: n))))
                .ToList();
            await Task.WhenAll(confirms);
        }
    }
}
