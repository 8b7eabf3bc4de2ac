using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// How often the worker samples what it exports and beats (section "Observability"). The OTLP exporter is off unless
/// <see cref="OtlpEndpoint"/> is set: the hub calls no host an operator did not configure.
/// </summary>
public sealed class ObservabilityOptions
{
    public const string SectionName = "Observability";

    /// <summary>Seconds between samples of the outbox lag, the queue depths and the live workers (default 10).</summary>
    [Range(1, 3600)]
    public int SampleSeconds { get; set; } = 10;

    /// <summary>Seconds between this worker's heartbeats in worker_heartbeats (default 10).</summary>
    [Range(1, 3600)]
    public int HeartbeatSeconds { get; set; } = 10;

    /// <summary>A worker counts as alive while its last beat is at most this many heartbeats old (default 3).</summary>
    [Range(1, 100)]
    public int StaleAfterBeats { get; set; } = 3;

    /// <summary>The path of the Prometheus scrape endpoint (default /metrics).</summary>
    [Required]
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>An OTLP collector (e.g. http://collector:4318/); empty (the default) = no OTLP export at all.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>
    /// How the collector is spoken to: "http/protobuf" (the default; traces go to {OtlpEndpoint}v1/traces and metrics to
    /// {OtlpEndpoint}v1/metrics, a collector's port 4318) or "grpc" (the endpoint as given, a collector's port 4317).
    /// </summary>
    [RegularExpression("^(http/protobuf|grpc)$")]
    public string OtlpProtocol { get; set; } = HttpProtobuf;

    public const string HttpProtobuf = "http/protobuf";
}
