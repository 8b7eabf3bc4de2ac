using IntegrationHub.Infrastructure.Retention;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>The scheduled purge runs at its local time of day on the injected clock, and not before.</summary>
public sealed class RetentionPurgeSchedulerTests : IAsyncLifetime
{
    // 10 January 2031, 13:00 in Amsterdam; the purge is set for 03:30 local, 02:30 UTC on the 11th.
    private readonly RetentionDatabase _hub = new(
        now: new DateTimeOffset(2031, 1, 10, 12, 0, 0, TimeSpan.Zero),
        settings: new Dictionary<string, string?> { ["Retention:PurgeEnabled"] = "true", ["Retention:PurgeAt"] = "03:30" });

    public Task InitializeAsync() => _hub.InitializeAsync();

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task Should_purge_at_the_set_local_time_and_not_before_when_the_clock_passes_it()
    {
        // Past the 730-day term as of 11 January 2031 02:30 UTC, not yet as of the 10th.
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["inbox"], "pupil-a", new DateTimeOffset(2029, 1, 11, 0, 0, 0, TimeSpan.Zero));
        var scheduler = _hub.Services.GetServices<IHostedService>().OfType<RetentionPurgeScheduler>().Single();
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            await WaitForTimerAsync();
            _hub.Clock.SetUtcNow(new DateTimeOffset(2031, 1, 11, 2, 29, 0, TimeSpan.Zero));
            await Task.Delay(500);
            Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM inbox"));

            _hub.Clock.SetUtcNow(new DateTimeOffset(2031, 1, 11, 2, 31, 0, TimeSpan.Zero));
            for (var i = 0; i < 100 && await _hub.DataSource.CountAsync("SELECT count(*) FROM inbox") > 0; i++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM inbox"));
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The scheduler has read the clock and waits on it.</summary>
    private async Task WaitForTimerAsync()
    {
        for (var i = 0; i < 100 && _hub.Clock.TimersCreated == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, _hub.Clock.TimersCreated);
    }
}
