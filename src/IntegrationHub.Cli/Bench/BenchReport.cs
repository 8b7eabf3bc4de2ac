using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Cli.Bench;

/// <summary>The results of a run as a markdown table (also printed) and as JSON.</summary>
public static class BenchReport
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Markdown(BenchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var lat = result.PublishToStored;
        var text = new StringBuilder();
        text.AppendLine(c, $"# hub bench {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC");
        text.AppendLine();
        text.AppendLine(c, $"`{result.Command}` on {result.Machine}: {result.Feed.Pupils:N0} pupils, {result.Schools} schools, {result.Feed.Days} school days, seed {result.Feed.Seed}; {result.EventsIn:N0} events, mean body {result.MeanBodyBytes:N0} bytes.");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(c, $"| hub: stored + evaluated + relayed | **{result.HubEventsPerSecond:N0} events/s** ({result.PipelineSeconds:N1} s{(result.TimedOut ? ", timed out" : string.Empty)}) |");
        text.AppendLine(c, $"| published (confirmed) | {result.PublishedPerSecond:N0} messages/s |");
        text.AppendLine(c, $"| baseline: MassTransit send + no-op consume, confirms | {result.MassTransitMessagesPerSecond:N0} messages/s |");
        text.AppendLine(c, $"| baseline: PostgreSQL COPY, ledger-shaped rows | {result.CopyRowsPerSecond:N0} rows/s |");
        text.AppendLine(c, $"| hub / slower baseline | **{result.RatioToSlowerBaseline:0.0000}** |");
        text.AppendLine(c, $"| publish → stored p50 / p95 / p99 / max | {Ms(lat.P50)} / {Ms(lat.P95)} / {Ms(lat.P99)} / {Ms(lat.Max)} ({lat.Count:N0} events) |");
        text.AppendLine(c, $"| worker peak RSS (VmHWM) | {result.WorkerPeakRssBytes / 1024.0 / 1024.0:N0} MB |");
        text.AppendLine(c, $"| worker CPU time (user + system) | {result.WorkerCpuSeconds:N1} s |");
        text.AppendLine(c, $"| max outbox lag / max queue depth | {Max(result, s => s.OutboxLagSeconds):N1} s / {Max(result, s => s.QueueDepth):N0} messages |");
        text.AppendLine(c, $"| events in / stored / done | {result.EventsIn:N0} / {result.EventsStored:N0} / {result.EventsDone:N0} {(result.Complete ? "(complete)" : "(INCOMPLETE)")} |");
        return text.ToString();
    }

    public static string Json(BenchResult result) => JsonSerializer.Serialize(result, JsonOptions);

    /// <summary>Milliseconds, as seconds once past ten seconds.</summary>
    public static string Ms(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a"
        : milliseconds >= 10_000 ? (milliseconds / 1000).ToString("0.0' s'", CultureInfo.InvariantCulture)
        : milliseconds.ToString("0' ms'", CultureInfo.InvariantCulture);

    private static double Max(BenchResult result, Func<BenchSample, double> value) =>
        result.Samples.Count == 0 ? 0 : result.Samples.Max(value);
}
