using IntegrationHub.Application.Retention;
using IntegrationHub.Infrastructure.Persistence.Retention;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Retention;

/// <summary>
/// Keeps the attendance ledger's month partitions made ahead (the current month and Retention:PartitionMonthsAhead after
/// it): once when the host starts (after the migration, which runs in an earlier hosted service's StartAsync) and then
/// every day. A failure is logged and tried again an hour later; rows never fail for want of a partition (they land in
/// the default partition and are moved when their month is made).
/// </summary>
public sealed class LedgerPartitionMaintenance(
    LedgerPartitions partitions, IOptions<RetentionOptions> options, TimeProvider time, ILogger<LedgerPartitionMaintenance> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = await EnsureAsync(stoppingToken) ? TimeSpan.FromDays(1) : TimeSpan.FromHours(1);
                await Task.Delay(wait, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        try
        {
            var made = await partitions.EnsureAsync(time.GetUtcNow(), options.Value.PartitionMonthsAhead, cancellationToken);
            if (made.Count > 0)
            {
                RetentionLog.PartitionsMade(logger, string.Join(", ", made));
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RetentionLog.PartitionsFailed(logger, exception);
            return false;
        }
    }
}
