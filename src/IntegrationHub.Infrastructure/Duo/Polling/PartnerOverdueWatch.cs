using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>The partner overdue watch: every Duo:Status:OverdueCheckInterval, one <see cref="PartnerOverduePass"/>.</summary>
public sealed class PartnerOverdueWatch(
    PartnerOverduePass pass,
    IOptions<DuoStatusOptions> options,
    TimeProvider time,
    ILogger<PartnerOverdueWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.OverdueCheckInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                DuoStatusLog.OverdueFailed(logger, exception);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
