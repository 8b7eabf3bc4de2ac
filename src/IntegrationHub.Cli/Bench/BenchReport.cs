using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Cli.Bench;

/// <summary>The results as markdown (also printed): the baselines, one line per run, then each run's details; and as JSON.</summary>
public static class BenchReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Markdown(BenchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(C, $"# hub bench {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC");
        text.AppendLine();
        text.AppendLine(C, $"`{result.Command}` on {result.Machine}: {result.Feed.Pupils:N0} pupils (×1), {result.Schools} schools, {result.Feed.Days} school days, seed {result.Feed.Seed}.");
        text.AppendLine();
        text.AppendLine("| baseline | rate |");
        text.AppendLine("|---|---|");
        text.AppendLine(C, $"| MassTransit send + no-op consume, confirms ({result.BaselineMessages:N0} messages) | {result.MassTransitMessagesPerSecond:N0} messages/s |");
        text.AppendLine(C, $"| PostgreSQL COPY, ledger-shaped rows ({result.BaselineMessages:N0} rows) | {result.CopyRowsPerSecond:N0} rows/s |");
        text.AppendLine();
        text.AppendLine("| run | events in | hub events/s | / slower baseline | publish → stored p99 | publish → finding p99 | worker peak RSS (max) | worker CPU (sum) | complete |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var run in result.Runs)
        {
            text.AppendLine(C, $"| {run.Label} | {run.EventsIn:N0} | **{run.HubEventsPerSecond:N0}** | {run.RatioToSlowerBaseline:0.0000} | {Ms(run.PublishToStored.P99)} | {Ms(run.PublishToFinding.P99)} | {Mb(run.WorkersPeakRssBytes)} | {run.WorkersCpuSeconds:N1} s | {(run.Complete ? "yes" : "NO")} |");
        }

        foreach (var run in result.Runs)
        {
            text.AppendLine();
            text.Append(Details(run));
        }

        return text.ToString();
    }

    /// <summary>One run's measures as a table under its label.</summary>
    public static string Details(BenchRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        text.AppendLine(C, $"## {run.Label}");
        text.AppendLine();
        text.AppendLine(C, $"{run.Feed.Pupils:N0} pupils, {run.Feed.Schools} schools, {run.Feed.Days} school days; mean body {run.MeanBodyBytes:N0} bytes.");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(C, $"| hub: stored + evaluated + relayed, sustained over the run | **{run.HubEventsPerSecond:N0} events/s** ({run.PipelineSeconds:N1} s{(run.TimedOut ? ", timed out" : string.Empty)}) |");
        text.AppendLine(C, $"| offered | {Offered(run)} |");
        text.AppendLine(C, $"| published (confirmed) | {run.PublishedPerSecond:N0} messages/s over {run.PublishSeconds:N1} s |");
        text.AppendLine(C, $"| hub / slower baseline | **{run.RatioToSlowerBaseline:0.0000}** |");
        text.AppendLine(C, $"| publish → stored p50 / p95 / p99 / max | {Latency(run.PublishToStored)} |");
        text.AppendLine(C, $"| publish → finding {(run.FindingAtCommit ? "committed" : "evaluation began")} p50 / p95 / p99 / max | {Latency(run.PublishToFinding)} |");
        for (var i = 0; i < run.Workers.Count; i++)
        {
            var worker = run.Workers[i];
            text.AppendLine(C, $"| worker {i + 1} (port {worker.Port}): peak RSS (VmHWM) / CPU time (user + system) | {Mb(worker.PeakRssBytes)} / {worker.CpuSeconds:N1} s |");
        }

        text.AppendLine(C, $"| max outbox lag / max queue depth | {Max(run, s => s.OutboxLagSeconds):N1} s / {Max(run, s => s.QueueDepth):N0} messages |");
        text.AppendLine(C, $"| events in / stored / evaluated / done | {run.EventsIn:N0} / {run.EventsStored:N0} / {run.EventsEvaluated:N0} / {run.EventsDone:N0} {(run.Complete ? "(complete)" : "(INCOMPLETE)")} |");
        if (run.Soak is { } soak)
        {
            text.AppendLine();
            text.AppendLine("| soak minute | published | done | worker RSS (VmRSS) | GC heap after last GC / GC committed | outbox lag max | unsent outbox | queue depth |");
            text.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var m in run.Minutes)
            {
                text.AppendLine(C, $"| {m.Minute} | {m.Published:N0} | {m.Done:N0} | {Mb(m.RssBytes)} | {Mb(m.GcHeapBytes)} / {Mb(m.GcCommittedBytes)} | {m.OutboxLagSeconds:N1} s | {m.UnsentOutbox:N0} | {m.QueueDepth:N0} |");
            }

            text.AppendLine();
            text.AppendLine(C, $"Soak verdict: memory {soak.Memory}; outbox {soak.Lag}; nothing lost: {(run.Complete ? "yes (events in = stored = evaluated = relayed)" : "NO")}.");
        }

        if (run.PublishToFindingOverTime.Count > 1)
        {
            text.AppendLine();
            text.AppendLine(C, $"Publish → finding by publish time ({BenchPipeline.LatencyWindowLength.TotalSeconds:0} s windows from the first publish):");
            text.AppendLine();
            text.AppendLine("| published from | events | p50 | p95 | p99 | max |");
            text.AppendLine("|---|---|---|---|---|---|");
            foreach (var window in run.PublishToFindingOverTime)
            {
                var l = window.Latency;
                text.AppendLine(C, $"| {window.FromSecond:0} s | {l.Count:N0} | {Ms(l.P50)} | {Ms(l.P95)} | {Ms(l.P99)} | {Ms(l.Max)} |");
            }
        }

        if (!run.FindingAtCommit)
        {
            text.AppendLine();
            text.AppendLine("Publish → finding ends where the evaluation's transaction began (`inbox.processed_at` is `now()`); the server does not record commit times (`track_commit_timestamp` is off), so the evaluation itself is not included.");
        }

        return text.ToString();
    }

    public static string Json(BenchResult result) => JsonSerializer.Serialize(result, JsonOptions);

    /// <summary>Milliseconds, as seconds once past ten seconds.</summary>
    public static string Ms(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a"
        : milliseconds >= 10_000 ? (milliseconds / 1000).ToString("0.0' s'", C)
        : milliseconds.ToString("0' ms'", C);

    private static string Latency(LatencySummary l) =>
        string.Create(C, $"{Ms(l.P50)} / {Ms(l.P95)} / {Ms(l.P99)} / {Ms(l.Max)} ({l.Count:N0} events)");

    private static string Offered(BenchRunResult run) =>
        run.OfferedRate > 0
            ? string.Create(C, $"{run.OfferedRate:N0} events/s (the publisher at worst {Ms(run.PublishMaxBehindMilliseconds)} behind)")
            : "as fast as possible";

    /// <summary>Bytes as whole megabytes ("n/a" when unknown): the one formatting of memory in the bench's output.</summary>
    internal static string Mb(long? bytes) => bytes is { } b ? string.Create(C, $"{b / 1024.0 / 1024.0:N0} MB") : "n/a";

    private static double Max(BenchRunResult run, Func<BenchSample, double> value) =>
        run.Samples.Count == 0 ? 0 : run.Samples.Max(value);
}
