using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Worker.Health;

/// <summary>Degraded while the "duo" role has no DUO endpoint: meldingen wait in duo_outbox, nothing is lost.</summary>
public sealed class DuoNotConfiguredHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Degraded("DUO is not configured (Duo:Client:Endpoint): meldingen wait in duo_outbox."));
}
