using System.Globalization;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// A worker's managed memory as its own Prometheus endpoint reports it (the .NET runtime meter the worker exports):
/// the GC heap after the last collection, summed over the generations (what the program really holds), and the memory
/// the GC has committed for it (that heap plus the allocation budget the GC keeps ready). The soak reports both beside
/// the RSS, so that a rising RSS can be told apart: live objects that grow (a leak) or a GC that keeps more room.
/// </summary>
public sealed record WorkerGcMetrics(long HeapBytes, long CommittedBytes)
{
    public const string HeapSizeMetric = "dotnet_gc_last_collection_heap_size_bytes";
    public const string CommittedMetric = "dotnet_gc_last_collection_memory_committed_size_bytes";

    /// <summary>Reads both from Prometheus text exposition; null when the heap size is not in it.</summary>
    public static WorkerGcMetrics? Parse(string exposition)
    {
        ArgumentNullException.ThrowIfNull(exposition);
        long? heap = null;
        long committed = 0;
        foreach (var line in exposition.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Sample(line, HeapSizeMetric) is { } generation)
            {
                heap = (heap ?? 0) + generation;
            }
            else if (Sample(line, CommittedMetric) is { } bytes)
            {
                committed += bytes;
            }
        }

        return heap is { } h ? new WorkerGcMetrics(h, committed) : null;
    }

    /// <summary>Scrapes the worker's metrics endpoint; null when it does not answer (the soak then shows n/a).</summary>
    public static async Task<WorkerGcMetrics?> ScrapeAsync(HttpClient http, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), timeout.Token));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The value of one sample line of <paramref name="metric"/> (with or without labels), else null.</summary>
    private static long? Sample(string line, string metric)
    {
        if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || (line[metric.Length] != '{' && line[metric.Length] != ' '))
        {
            return null;
        }

        var value = line[(line.LastIndexOf('}') is var close and > 0 ? close + 1 : metric.Length)..].Trim().Split(' ')[0];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? (long)number : null;
    }
}
