namespace IntegrationHub.Cli.Bench;

/// <summary>Everything one <c>hub bench</c> invocation measured; the markdown table, JSON file and chart are made from it.</summary>
public sealed record BenchResult
{
    public required DateTimeOffset StartedAt { get; init; }

    public required string Machine { get; init; }

    public required string Command { get; init; }

    /// <summary>The feed of <c>--pupils</c>, <c>--days</c>, <c>--seed</c> and <c>--schools</c>, before scaling.</summary>
    public required BenchFeedSettings Feed { get; init; }

    public required int Schools { get; init; }

    public required IReadOnlyList<BenchRunResult> Runs { get; init; }

    /// <summary>Messages each baseline sent (the first run's events, at most <see cref="BenchRunner.BaselineMaxEvents"/>).</summary>
    public required long BaselineMessages { get; init; }

    public required double MassTransitMessagesPerSecond { get; init; }

    public required double CopyRowsPerSecond { get; init; }

    public double SlowerBaselinePerSecond => Math.Min(MassTransitMessagesPerSecond, CopyRowsPerSecond);

    public bool Complete => Runs.Count > 0 && Runs.All(r => r.Complete);
}
