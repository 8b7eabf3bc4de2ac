using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>
/// Polls DUO's register every Duo:Status:PollInterval (<see cref="DuoStatusPollPass"/>), and after each poll looks at the
/// poll's age: a poll that has not succeeded for Duo:Status:PollAlertAfter raises the alert, once per episode.
/// </summary>
public sealed class DuoStatusPoller(
    DuoStatusPollPass pass,
    DuoPollMonitor monitor,
    IOptions<DuoStatusOptions> options,
    TimeProvider time,
    ILogger<DuoStatusPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                DuoStatusLog.Failed(logger, exception);
                await pass.FailedAsync(exception, stoppingToken);
            }

            monitor.Evaluate();
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
