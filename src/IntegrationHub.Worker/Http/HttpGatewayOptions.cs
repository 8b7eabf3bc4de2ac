using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Worker.Http;

/// <summary>Limits of the HTTP gateway. Section "Gateways:Http".</summary>
public sealed class HttpGatewayOptions
{
    public const string SectionName = "Gateways:Http";

    /// <summary>Items one POST /v1/submissions may carry; more is answered with 413.</summary>
    [Range(1, 100_000)]
    public int MaxItems { get; set; } = 1000;

    /// <summary>The largest request body POST /v1/submissions reads, in bytes; a larger one is answered with 413, unread.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Requests one school may make per <see cref="RateLimitWindow"/>; more are answered with 429 and Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int RateLimitRequests { get; set; } = 600;

    /// <summary>The window of <see cref="RateLimitRequests"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>TLS-only mode: when a certificate is set, the worker listens with HTTPS only, and no plain HTTP at all.</summary>
    public HttpGatewayTlsOptions Tls { get; set; } = new();
}
