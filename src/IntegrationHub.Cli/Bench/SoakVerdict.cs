using System.Globalization;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The soak's verdict over its minutes, after a warm-up of the first fifth of the run (at least one minute: the JIT,
/// pools and caches fill then). Memory is FLAT when the RSS of the last minute is at most <see cref="MemoryGrowth"/>
/// above the RSS at the end of the warm-up. The outbox lag does NOT GROW when the largest lag of the last third of the
/// minutes is at most the largest of the first third (after warm-up) plus <see cref="LagAllowanceSeconds"/>, and the
/// queue depth of the last minute is at most <see cref="DepthAllowance"/> messages above the largest of that first third:
/// a hub that keeps up at the offered rate holds both level; one that falls behind grows both minute by minute.
/// </summary>
public sealed record SoakVerdict(bool MemoryFlat, bool LagFlat, string Memory, string Lag)
{
    public const double MemoryGrowth = 0.20;
    public const double LagAllowanceSeconds = 5;
    public const long DepthAllowance = 1_000;

    public bool Passed => MemoryFlat && LagFlat;

    public static SoakVerdict Of(IReadOnlyList<SoakMinute> minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        if (minutes.Count < 2)
        {
            return new SoakVerdict(false, false, "fewer than two minutes: no verdict", "fewer than two minutes: no verdict");
        }

        var warmUp = Math.Max(1, minutes.Count / 5);
        var after = minutes.Skip(warmUp - 1).ToList(); // starts with the warm-up's last minute
        var baseline = after[0].RssBytes;
        var end = minutes[^1].RssBytes;
        var growth = baseline > 0 ? (end - baseline) / (double)baseline : double.PositiveInfinity;
        var memoryFlat = growth <= MemoryGrowth;
        var third = Math.Max(1, after.Count / 3);
        var firstLag = after.Take(third).Max(m => m.OutboxLagSeconds);
        var lastLag = after.TakeLast(third).Max(m => m.OutboxLagSeconds);
        var firstDepth = after.Take(third).Max(m => m.QueueDepth);
        var lastDepth = minutes[^1].QueueDepth;
        var lagFlat = lastLag <= firstLag + LagAllowanceSeconds && lastDepth <= firstDepth + DepthAllowance;
        var c = CultureInfo.InvariantCulture;
        return new SoakVerdict(
            memoryFlat,
            lagFlat,
            string.Create(c, $"{(memoryFlat ? "flat" : "GROWING")}: RSS {BenchReport.Mb(baseline)} after the {warmUp}-minute warm-up, {BenchReport.Mb(end)} at minute {minutes[^1].Minute} ({growth:+0.0%;-0.0%}; at most +{MemoryGrowth:0%} allowed)"),
            string.Create(c, $"{(lagFlat ? "no growth" : "GROWING")}: outbox lag max {firstLag:N1} s in the first third, {lastLag:N1} s in the last (+{LagAllowanceSeconds:N0} s allowed); queue depth max {firstDepth:N0} in the first third, {lastDepth:N0} at the end (+{DepthAllowance:N0} allowed)"));
    }
}
