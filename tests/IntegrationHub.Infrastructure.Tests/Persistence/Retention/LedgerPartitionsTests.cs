using IntegrationHub.Infrastructure.Retention;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>The hub makes the ledger's month partitions ahead itself, whatever the year, and the old ones keep working.</summary>
public sealed class LedgerPartitionsTests : IAsyncLifetime
{
    private readonly RetentionDatabase _hub = new(now: new DateTimeOffset(2031, 3, 15, 12, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => _hub.InitializeAsync();

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task Should_make_the_months_ahead_and_store_rows_in_them_when_the_clock_is_in_2031()
    {
        Assert.Equal(0, await PartitionExistsAsync("attendance_ledger_2031_04"));
        var maintenance = MaintenanceService();

        Assert.True(await maintenance.EnsureAsync(CancellationToken.None));

        foreach (var month in new[] { "2031_03", "2031_04", "2031_05", "2031_06" })
        {
            Assert.Equal(1, await PartitionExistsAsync("attendance_ledger_" + month));
        }

        Assert.Equal(0, await PartitionExistsAsync("attendance_ledger_2031_07"));
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["attendance_ledger"], "pupil-a", new DateTimeOffset(2031, 4, 20, 9, 0, 0, TimeSpan.Zero));
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["attendance_ledger"], "pupil-a", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RowsInAsync("attendance_ledger_2031_04"));
        Assert.Equal(1, await RowsInAsync("attendance_ledger_2026_11"));
        Assert.Equal(0, await RowsInAsync("attendance_ledger_default"));
    }

    [Fact]
    public async Task Should_move_rows_out_of_the_default_partition_when_their_month_is_made_later()
    {
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["attendance_ledger"], "pupil-a", new DateTimeOffset(2031, 9, 5, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RowsInAsync("attendance_ledger_default"));
        _hub.Clock.SetUtcNow(new DateTimeOffset(2031, 8, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.True(await MaintenanceService().EnsureAsync(CancellationToken.None));

        Assert.Equal(1, await RowsInAsync("attendance_ledger_2031_09"));
        Assert.Equal(0, await RowsInAsync("attendance_ledger_default"));
        // The moved partition is a full member: the append-only guard holds there too.
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Seed.ExecAsync(_hub.DataSource, "DELETE FROM attendance_ledger_2031_09", new { }));
    }

    [Fact]
    public async Task Should_make_the_partitions_when_the_host_starts()
    {
        var hosted = _hub.Services.GetServices<IHostedService>().OfType<LedgerPartitionMaintenance>().Single();
        using var stop = new CancellationTokenSource();

        await hosted.StartAsync(stop.Token);
        for (var i = 0; i < 100 && await PartitionExistsAsync("attendance_ledger_2031_06") == 0; i++)
        {
            await Task.Delay(100);
        }

        await hosted.StopAsync(CancellationToken.None);
        Assert.Equal(1, await PartitionExistsAsync("attendance_ledger_2031_06"));
    }

    private LedgerPartitionMaintenance MaintenanceService() =>
        _hub.Services.GetServices<IHostedService>().OfType<LedgerPartitionMaintenance>().Single();

    private Task<long> PartitionExistsAsync(string name) =>
        _hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger_partitions() WHERE partition_name = @name", new { name });

    private Task<long> RowsInAsync(string partition) => _hub.DataSource.CountAsync($"SELECT count(*) FROM {partition}");
}
