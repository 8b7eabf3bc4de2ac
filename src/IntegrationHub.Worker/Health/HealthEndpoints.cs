using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IntegrationHub.Worker.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>DUO's checks (client certificate, circuit, poll): in /health, never in /health/ready.</summary>
    public const string DuoTag = "duo";

    /// <summary>Readiness checks: the database, the bus (MassTransit's own check) and, if it runs here, the AMQP gateway.</summary>
    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services, bool amqpGateway)
    {
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        if (amqpGateway)
        {
            checks.AddCheck<AmqpGatewayHealthCheck>("amqp-gateway", tags: [ReadyTag]);
        }

        return services;
    }

    /// <summary>
    /// GET /health/live: 200 while the process serves requests; it runs no check (no database, no broker), so an
    /// orchestrator restarts only a hung process, never one that waits for a dependency. GET /health/ready: 200 when every ready check passes, 503 otherwise; the body names each check. GET /health: every
    /// check, DUO's included: "Degraded" (still 200) while DUO's circuit is open, its poll is late, its certificate
    /// expires within 30 days or it is not configured; intake is not held up by DUO.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
