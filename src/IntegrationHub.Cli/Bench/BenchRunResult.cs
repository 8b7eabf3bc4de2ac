namespace IntegrationHub.Cli.Bench;

/// <summary>One pipeline run of <c>hub bench</c>: a feed at one scale through one number of worker processes.</summary>
public sealed record BenchRunResult
{
    /// <summary>Pupils as a multiple of <c>--pupils</c>.</summary>
    public required int Scale { get; init; }

    /// <summary>The feed as generated for this run (grown for <c>--duration</c>).</summary>
    public required BenchFeedSettings Feed { get; init; }

    /// <summary>Offered events/s; 0 for as fast as possible.</summary>
    public required double OfferedRate { get; init; }

    /// <summary>Events published and confirmed by the broker.</summary>
    public required long EventsIn { get; init; }

    public required long EventsStored { get; init; }

    public required long EventsEvaluated { get; init; }

    public required long EventsDone { get; init; }

    public required int MeanBodyBytes { get; init; }

    /// <summary>Messages per second confirmed by the broker while the feed was published.</summary>
    public required double PublishedPerSecond { get; init; }

    public required double PublishSeconds { get; init; }

    /// <summary>How far the publisher fell behind the offered rate at worst (0 when unpaced).</summary>
    public required double PublishMaxBehindMilliseconds { get; init; }

    /// <summary>Events stored, evaluated and relayed per second, from the first publish to the last event done.</summary>
    public required double HubEventsPerSecond { get; init; }

    public required double PipelineSeconds { get; init; }

    public required bool TimedOut { get; init; }

    public required LatencySummary PublishToStored { get; init; }

    /// <summary>From publish to the commit of the evaluation that ran the rules for the event (its signalering inbox row).</summary>
    public required LatencySummary PublishToFinding { get; init; }

    /// <summary>Whether <see cref="PublishToFinding"/> ends at the commit (track_commit_timestamp on) or where that transaction began.</summary>
    public required bool FindingAtCommit { get; init; }

    /// <summary>Publish → finding by publish time, in windows of <see cref="BenchPipeline.LatencyWindowLength"/>.</summary>
    public IReadOnlyList<LatencyWindow> PublishToFindingOverTime { get; init; } = [];

    public required IReadOnlyList<BenchWorkerStats> Workers { get; init; }

    public required IReadOnlyList<BenchSample> Samples { get; init; }

    /// <summary>A soak's minutes (<see cref="BenchOptions.Soak"/>); empty otherwise.</summary>
    public IReadOnlyList<SoakMinute> Minutes { get; init; } = [];

    /// <summary>A soak's verdict over <see cref="Minutes"/>; null when the run was no soak.</summary>
    public SoakVerdict? Soak => Minutes.Count == 0 ? null : SoakVerdict.Of(Minutes);

    /// <summary>Sustained events/s as a fraction of the slower raw baseline: the binding number of issue 8 (set once the baselines ran).</summary>
    public double RatioToSlowerBaseline { get; init; } = double.NaN;

    public string Label => $"{Feed.Pupils:N0} pupils ×{Scale}, {Workers.Count} worker{(Workers.Count == 1 ? string.Empty : "s")}";

    public long WorkersPeakRssBytes => Workers.Count == 0 ? 0 : Workers.Max(w => w.PeakRssBytes);

    public double WorkersCpuSeconds => Workers.Sum(w => w.CpuSeconds);

    public bool Complete => EventsIn == EventsStored && EventsDone >= EventsIn && !TimedOut;
}
