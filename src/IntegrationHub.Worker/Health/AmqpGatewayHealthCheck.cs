using IntegrationHub.Infrastructure.Gateways.Amqp;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Worker.Health;

/// <summary>Ready when the AMQP gateway consumes the intake queue.</summary>
public sealed class AmqpGatewayHealthCheck(AmqpGatewayStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsConsuming
            ? HealthCheckResult.Healthy("Consuming the intake queue.")
            : HealthCheckResult.Unhealthy("Not consuming the intake queue."));
}
