using IntegrationHub.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Worker.Health;

/// <summary>Ready when PostgreSQL answers a query.</summary>
public sealed class DatabaseHealthCheck(DatabaseAvailability database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (answers, failure) = await database.ProbeAsync(cancellationToken);
        return answers
            ? HealthCheckResult.Healthy("PostgreSQL answers.")
            : HealthCheckResult.Unhealthy("PostgreSQL does not answer.", failure);
    }
}
