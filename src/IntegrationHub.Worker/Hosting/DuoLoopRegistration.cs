using IntegrationHub.Worker.Health;

namespace IntegrationHub.Worker.Hosting;

/// <summary>
/// The "duo" role: the DUO client, the dispatcher that sends duo_outbox requests, the status poll and the partner overdue
/// watch, with their health checks (never in the readiness set: intake goes on while DUO is down). Without
/// <c>Duo:Client:Endpoint</c> the role runs disconnected: nothing is sent, meldingen wait in duo_outbox, and the "duo"
/// health check reports Degraded and says so.
/// </summary>
public static class DuoLoopRegistration
{
    public static IServiceCollection AddDuoLoop(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var checks = services.AddHealthChecks();
        if (string.IsNullOrWhiteSpace(configuration["Duo:Client:Endpoint"]))
        {
            services.AddHostedService<DuoNotConfiguredNotice>();
            checks.AddCheck<DuoNotConfiguredHealthCheck>("duo", tags: [HealthEndpoints.DuoTag]);
            return services;
        }

        services.AddDuoClient(configuration);
        services.AddDuoDispatcher();
        services.AddDuoStatusLoop(configuration);
        checks.AddDuoClientHealthChecks(HealthEndpoints.DuoTag).AddDuoPollHealthCheck(HealthEndpoints.DuoTag);
        return services;
    }
}
