using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// Per-school request limits of the HTTP gateway: a fixed window per authenticated BRIN (ASP.NET Core's
/// System.Threading.RateLimiting), so one school's flood never takes another's turn. Partitioned after authentication,
/// by the school the key belongs to, not by address or header.
/// </summary>
public sealed class SchoolRateLimiter(IOptions<HttpGatewayOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(brin =>
        RateLimitPartition.GetFixedWindowLimiter(brin, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RateLimitRequests,
            Window = options.Value.RateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <returns>Null when the school may go on; otherwise how long it should wait.</returns>
    public TimeSpan? TryAcquire(string brin)
    {
        using var lease = _limiter.AttemptAcquire(brin);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.RateLimitWindow;
    }

    public void Dispose() => _limiter.Dispose();
}
