using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Duo.Polling;
using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

public static class DuoStatusServiceCollectionExtensions
{
    /// <summary>The health check's name (<see cref="AddDuoPollHealthCheck"/>).</summary>
    public const string HealthCheckName = "duo-poll";

    /// <summary>
    /// The DUO status loop (section "Duo:Status", <see cref="DuoStatusOptions"/>): the poll of DUO's register
    /// (<see cref="DuoStatusPoller"/>), its alert and instruments on the DUO meter, and the partner overdue watch
    /// (<see cref="PartnerOverdueWatch"/>). Needs the hub's persistence (AddHubPersistence), an <c>IDuoRegister</c> (the DUO
    /// client) and the outbox relay somewhere to send the school's feedback (which knows its message types: AddOutboxRelay).
    /// Add the health check with <see cref="AddDuoPollHealthCheck"/>.
    /// </summary>
    public static IServiceCollection AddDuoStatusLoop(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDuoStatusStore(configuration);
        services.AddMetrics();
        services.TryAddSingleton<DuoPollMonitor>();
        services.TryAddSingleton<DuoStatusMetrics>();
        services.TryAddSingleton<DuoStatusPollPass>();
        services.TryAddSingleton<PartnerOverduePass>();
        services.AddHostedService<DuoStatusPoller>();
        services.AddHostedService<PartnerOverdueWatch>();
        return services;
    }

    /// <summary>
    /// The status loop's store and options without the hosted services (the CLI's <c>hub duo overdue</c>). The forwarding
    /// of a gemeente's status to DUO (<see cref="GemeenteStatusForwarder"/>) comes with the partner answers' store
    /// (AddPartnerGateway; the console registers it the same way).
    /// </summary>
    public static IServiceCollection AddDuoStatusStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DuoStatusOptions>()
            .Bind(configuration.GetSection(DuoStatusOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NpgsqlDuoStatusStore>();
        return services;
    }

    /// <summary>The poll's health check: Degraded (never Unhealthy) while the poll is overdue. Needs <see cref="AddDuoStatusLoop"/>.</summary>
    public static IHealthChecksBuilder AddDuoPollHealthCheck(this IHealthChecksBuilder builder, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<DuoPollHealthCheck>(HealthCheckName, HealthStatus.Degraded, tags);
    }
}
