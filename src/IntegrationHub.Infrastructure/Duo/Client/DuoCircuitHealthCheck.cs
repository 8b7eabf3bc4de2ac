using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The DUO circuit: Healthy while closed, Degraded (never Unhealthy) while open or half-open. Intake goes on while DUO is
/// down: meldingen wait in the DUO outbox and go out after recovery.
/// </summary>
public sealed class DuoCircuitHealthCheck(DuoCircuit circuit) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(circuit.State switch
        {
            CircuitState.Closed => HealthCheckResult.Healthy("The DUO circuit is closed."),
            CircuitState.HalfOpen => HealthCheckResult.Degraded("The DUO circuit is half-open: a trial call decides; meldingen wait in the outbox."),
            _ => HealthCheckResult.Degraded("The DUO circuit is open: DUO is failing, meldingen wait in the outbox."),
        });
}
