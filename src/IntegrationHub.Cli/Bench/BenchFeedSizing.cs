namespace IntegrationHub.Cli.Bench;

/// <summary>
/// How large a feed must be to keep publishing for a while: the expected events of a feed, and settings grown to
/// hold a number of events, more school days first (up to the days that lie in the past), then more pupils (up to
/// <see cref="BenchFeedGenerator.MaxPupils"/>).
/// </summary>
public static class BenchFeedSizing
{
    /// <summary>Events per pupil per school day, on average: the marks of half po, half vo, and the extra messages of the mix.</summary>
    public const double EventsPerPupilDay =
        (BenchDailyMix.PoMarks + BenchDailyMix.VoMarks) / 2.0
        + (2 * BenchDailyMix.Sick) + BenchDailyMix.Leave + (BenchDailyMix.Absent * BenchDailyMix.CorrectedAbsence);

    /// <summary>Headroom on top of rate × duration, so a paced feed outlasts the duration.</summary>
    public const double Headroom = 1.1;

    /// <summary>The expected events of a feed: one enrolment per pupil, then the daily mix.</summary>
    public static long Estimate(BenchFeedSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Pupils + (long)Math.Round(settings.Pupils * (double)settings.Days * EventsPerPupilDay);
    }

    /// <summary>
    /// The feed for a run of <paramref name="seconds"/> at <paramref name="rate"/> events/s (0: as fast as possible, so
    /// the largest feed): <paramref name="settings"/> grown until it holds rate × seconds × <see cref="Headroom"/>
    /// events, never shrunk.
    /// </summary>
    public static BenchFeedSettings ForDuration(BenchFeedSettings settings, double rate, double seconds, int availableDays) =>
        ForEvents(settings, rate > 0 ? (long)Math.Ceiling(rate * seconds * Headroom) : long.MaxValue, availableDays);

    /// <summary><paramref name="settings"/> with days, then pupils, grown until the feed holds <paramref name="events"/>.</summary>
    public static BenchFeedSettings ForEvents(BenchFeedSettings settings, long events, int availableDays)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (Estimate(settings) >= events)
        {
            return settings;
        }

        var days = (int)Math.Clamp(Math.Ceiling((events - settings.Pupils) / (settings.Pupils * EventsPerPupilDay)), settings.Days, Math.Max(settings.Days, availableDays));
        var grown = settings with { Days = days };
        if (Estimate(grown) >= events)
        {
            return grown;
        }

        var pupils = (int)Math.Clamp(Math.Ceiling(events / (1 + (days * EventsPerPupilDay))), settings.Pupils, Math.Max(settings.Pupils, BenchFeedGenerator.MaxPupils));
        return grown with { Pupils = pupils };
    }
}
