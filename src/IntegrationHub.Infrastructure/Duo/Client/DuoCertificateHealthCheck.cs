using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The DUO client certificate: Healthy while it is valid for more than <see cref="DuoClientOptions.CertificateWarningDays"/>
/// days, Degraded within them (time to renew), Unhealthy when it expired, is not yet valid, or cannot be read. The
/// description gives the expiry date. Reads the file afresh each time, so a renewed certificate clears it.
/// </summary>
public sealed class DuoCertificateHealthCheck(IOptions<DuoClientOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        try
        {
            using var certificate = DuoClientCertificate.Load(settings);
            var now = time.GetUtcNow();
            var expires = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
            var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);
            var date = expires.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            var days = (int)Math.Floor((expires - now).TotalDays);
            return Task.FromResult(
                expires <= now ? HealthCheckResult.Unhealthy($"The DUO client certificate expired on {date}.")
                : notBefore > now ? HealthCheckResult.Unhealthy($"The DUO client certificate is not valid before {notBefore:yyyy-MM-dd HH:mm} UTC.")
                : expires - now <= TimeSpan.FromDays(settings.CertificateWarningDays)
                    ? HealthCheckResult.Degraded($"The DUO client certificate expires on {date} (in {days} days): renew it.")
                : HealthCheckResult.Healthy($"The DUO client certificate is valid until {date}."));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The DUO client certificate cannot be read.", e));
        }
    }
}
