namespace IntegrationHub.Cli.Bench;

/// <summary>Percentiles by nearest rank: the smallest value with at least p% of the values at or below it.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static LatencySummary Summarise(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return new LatencySummary(sorted.Count, Of(sorted, 50), Of(sorted, 95), Of(sorted, 99), sorted.Count == 0 ? double.NaN : sorted[^1]);
    }

    /// <summary>
    /// The latencies grouped by when each event was published, in windows of <paramref name="window"/> from the first
    /// publish; windows without events are left out.
    /// </summary>
    public static IReadOnlyList<LatencyWindow> OverTime(IReadOnlyCollection<(long PublishedTicks, double Milliseconds)> latencies, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        if (latencies.Count == 0)
        {
            return [];
        }

        var first = latencies.Min(l => l.PublishedTicks);
        return latencies
            .GroupBy(l => (l.PublishedTicks - first) / window.Ticks)
            .OrderBy(g => g.Key)
            .Select(g => new LatencyWindow(g.Key * window.TotalSeconds, Summarise(g.Select(l => l.Milliseconds))))
            .ToList();
    }
}
