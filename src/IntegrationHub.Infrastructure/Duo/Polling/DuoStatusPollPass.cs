using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>
/// One poll of DUO's register: asks "aanvraag gewijzigde meldingen" from the watermark less the overlap and applies the
/// answer in one transaction (<see cref="NpgsqlDuoStatusStore.ApplyAsync"/>). When DUO is unavailable the failure is
/// recorded and the watermark stays. Safe to run in several processes: the poll state's row lock and the status history's
/// key make a second application of the same answer change nothing.
/// </summary>
public sealed class DuoStatusPollPass(
    IDuoRegister register,
    NpgsqlDuoStatusStore store,
    DuoPollMonitor monitor,
    DuoStatusMetrics metrics,
    IOptions<DuoStatusOptions> options,
    TimeProvider time,
    ILogger<DuoStatusPollPass> logger)
{
    public async Task<DuoPollResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var state = await store.StateAsync(time.GetUtcNow() - settings.InitialLookback, cancellationToken);
        monitor.Known(state.LastSuccessUtc);
        var since = PollWindow.Since(state.WatermarkUtc, settings.PollOverlap);
        DuoGewijzigdeMeldingen answer;
        try
        {
            answer = await register.AanvraagGewijzigdeMeldingenAsync(since, cancellationToken);
        }
        catch (DuoUnavailableException exception)
        {
            await FailedAsync(exception, cancellationToken);
            DuoStatusLog.Unavailable(logger, exception);
            return new DuoPollResult(false, since, []);
        }

        var applied = await store.ApplyAsync(answer, time.GetUtcNow(), cancellationToken);
        monitor.Succeeded(time.GetUtcNow());
        foreach (var change in applied.Where(c => c.IsNew))
        {
            metrics.Recorded(change.Status);
            if (change.MeldingId is null)
            {
                DuoStatusLog.UnknownMelding(logger, change.Meldingsnummer, change.Status.ToString());
            }
        }

        DuoStatusLog.Polled(logger, since, applied.Count(c => c.IsNew), applied.Count(c => !c.IsNew), answer.Until);
        return new DuoPollResult(true, since, applied);
    }

    /// <summary>Keeps a failure of any kind (DUO, or the database) as the poll's last error, as far as the database lets it.</summary>
    internal async Task FailedAsync(Exception exception, CancellationToken cancellationToken)
    {
        metrics.PollFailed();
        monitor.Evaluate();
        try
        {
            await store.RecordFailureAsync($"{exception.GetType().Name}: {exception.Message}", time.GetUtcNow(), cancellationToken);
        }
        catch (Exception recordFailure) when (recordFailure is not OperationCanceledException)
        {
            DuoStatusLog.Failed(logger, recordFailure);
        }
    }
}
