using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Duo.Dispatch;

/// <summary>The DUO dispatcher's settings ("Duo:Dispatch").</summary>
public sealed class DuoDispatchOptions
{
    public const string SectionName = "Duo:Dispatch";

    /// <summary>How long the dispatcher sleeps when nothing is due (a new request wakes it at once through LISTEN/NOTIFY).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Pupils whose requests go to DUO at the same time (each pupil's requests go one by one, in order).</summary>
    [Range(1, 64)]
    public int MaxConcurrentPupils { get; set; } = 4;

    /// <summary>Pupils taken per pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>Back-off after DUO was unavailable: doubles per attempt from here, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The time zone the school's day is counted in (whether a registration met its deadline).</summary>
    public string SchoolTimeZone { get; set; } = "Europe/Amsterdam";

    public TimeSpan BackOff(int attemptsBefore)
    {
        var factor = Math.Pow(2, Math.Min(attemptsBefore, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, RetryMaxDelay.Ticks));
        return delay < RetryMaxDelay ? delay : RetryMaxDelay;
    }
}
