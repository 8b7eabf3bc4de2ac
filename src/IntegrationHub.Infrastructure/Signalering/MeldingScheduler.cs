using IntegrationHub.Application.Meldingen;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Signalering;

/// <summary>
/// The scheduled worker of the meldingen: every <see cref="SignaleringOptions.DuePollSeconds"/> it handles what is due
/// (settling findings into meldingen, reminders, einddatums, the school days' digests). Due checks live in PostgreSQL
/// and are claimed under lock, so several processes may run it and a restart loses nothing.
/// </summary>
public sealed partial class MeldingScheduler(
    DueMeldingen due,
    IOptions<SignaleringOptions> options,
    TimeProvider time,
    ILogger<MeldingScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.DuePollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await due.RunAsync(stoppingToken);
                if (handled > 0)
                {
                    Handled(logger, handled);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Failed(logger, exception);
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

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Meldingen: handled {Count} due checks")]
    private static partial void Handled(ILogger logger, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Meldingen: a due check failed; it stays due and is tried again")]
    private static partial void Failed(ILogger logger, Exception exception);
}
