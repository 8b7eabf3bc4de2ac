using IntegrationHub.Application.Retention;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Retention;

/// <summary>
/// Runs the retention purge once a day at <see cref="RetentionOptions.PurgeAt"/> local time (Retention:TimeZone) and logs
/// what it removed per table. Off with Retention:PurgeEnabled = false. Time comes from the injected clock. Several workers
/// may run it: the purge takes an advisory lock, and a worker that finds it taken skips that day's run.
/// </summary>
public sealed class RetentionPurgeScheduler(
    IRetentionPurge purge, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionPurgeScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.PurgeEnabled)
        {
            RetentionLog.PurgeOff(logger);
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var next = DailySchedule.Next(now, settings.PurgeTime, settings.Zone);
                RetentionLog.NextPurge(logger, next);
                await Task.Delay(next - now, time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    public async Task<PurgeReport?> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var report = await purge.PurgeAsync(time.GetUtcNow(), dryRun: false, table => RetentionLog.Purged(
                logger, table.Table, table.Kind.ToString(), table.Rows, table.Through, string.Join(",", table.DroppedPartitions)), cancellationToken);
            RetentionLog.PurgeDone(logger, report.AsOf, report.TotalRows);
            return report;
        }
        catch (PurgeAlreadyRunningException)
        {
            RetentionLog.PurgeElsewhere(logger);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RetentionLog.PurgeFailed(logger, exception);
            return null;
        }
    }
}
