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
}
