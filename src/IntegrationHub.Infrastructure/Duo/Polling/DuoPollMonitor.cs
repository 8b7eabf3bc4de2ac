using IntegrationHub.Application.Duo.Status;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>
/// How this process's poll of DUO's register is doing, for the alert, the meter and the health check: the last success
/// (from duo_poll_state at the first poll, then from each success), counted from when polling started if there was none.
/// The alert is logged once per episode (<see cref="PollAlert"/>).
/// </summary>
public sealed class DuoPollMonitor(TimeProvider time, IOptions<DuoStatusOptions> options, ILogger<DuoPollMonitor> logger)
{
    private readonly Lock _gate = new();
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();
    private DateTimeOffset? _lastSuccessAt;
    private bool _alerting;

    public TimeSpan AlertAfter => options.Value.PollAlertAfter;

    public DateTimeOffset? LastSuccessAt
    {
        get
        {
            lock (_gate)
            {
                return _lastSuccessAt;
            }
        }
    }

    /// <summary>The last success the database knows of (another process or an earlier run), if later than this one's.</summary>
    public void Known(DateTimeOffset? lastSuccessAt)
    {
        lock (_gate)
        {
            if (lastSuccessAt is { } at && (_lastSuccessAt is null || at > _lastSuccessAt))
            {
                _lastSuccessAt = at;
            }
        }
    }

    public void Succeeded(DateTimeOffset at)
    {
        Known(at);
        Evaluate();
    }

    public TimeSpan Age() => PollAlert.Age(LastSuccessAt, _startedAt, time.GetUtcNow());

    public bool IsOverdue() => PollAlert.IsOverdue(Age(), AlertAfter);

    /// <summary>Raises the alert (one warning) when the poll became overdue, clears it when it succeeded again.</summary>
    public PollAlertTransition Evaluate()
    {
        var age = Age();
        PollAlertTransition transition;
        lock (_gate)
        {
            (_alerting, transition) = PollAlert.Next(_alerting, PollAlert.IsOverdue(age, AlertAfter));
        }

        if (transition == PollAlertTransition.Raised)
        {
            DuoStatusLog.AlertRaised(logger, age, AlertAfter);
        }
        else if (transition == PollAlertTransition.Cleared)
        {
            DuoStatusLog.AlertCleared(logger);
        }

        return transition;
    }
}
