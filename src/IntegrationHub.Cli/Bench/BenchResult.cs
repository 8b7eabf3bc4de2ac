namespace IntegrationHub.Cli.Bench;

/// <summary>Everything one <c>hub bench</c> run measured; the markdown table, JSON file and chart are made from it.</summary>
public sealed record BenchResult
{
    public required DateTimeOffset StartedAt { get; init; }

    public required string Machine { get; init; }

    public required string Command { get; init; }

    public required BenchFeedSettings Feed { get; init; }

    public required int Schools { get; init; }

    public required long EventsIn { get; init; }

    public required long EventsStored { get; init; }

    public required long EventsDone { get; init; }

    public required int MeanBodyBytes { get; init; }

    /// <summary>Messages per second confirmed by the broker while the feed was published.</summary>
    public required double PublishedPerSecond { get; init; }

    /// <summary>Events stored, evaluated and relayed per second, from the first publish to the last event done.</summary>
    public required double HubEventsPerSecond { get; init; }

    public required double PipelineSeconds { get; init; }

    public required bool TimedOut { get; init; }

    public required LatencySummary PublishToStored { get; init; }

    public required long WorkerPeakRssBytes { get; init; }

    public required double WorkerCpuSeconds { get; init; }

    public required double MassTransitMessagesPerSecond { get; init; }

    public required double CopyRowsPerSecond { get; init; }

    public required IReadOnlyList<BenchSample> Samples { get; init; }

    public double SlowerBaselinePerSecond => Math.Min(MassTransitMessagesPerSecond, CopyRowsPerSecond);

    /// <summary>The hub's sustained events/s as a fraction of the slower raw baseline: the binding number of issue 8.</summary>
    public double RatioToSlowerBaseline => SlowerBaselinePerSecond > 0 ? HubEventsPerSecond / SlowerBaselinePerSecond : double.NaN;

    public bool Complete => EventsIn == EventsStored && EventsDone >= EventsIn && !TimedOut;
}
