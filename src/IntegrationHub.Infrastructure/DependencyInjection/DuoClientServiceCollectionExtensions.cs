using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

public static class DuoClientServiceCollectionExtensions
{
    /// <summary>
    /// The DUO client: <see cref="IDuoRegister"/> over HTTPS with a client certificate (the "duo" HttpClient), every call
    /// through the named Polly pipeline "duo" (timeout per attempt, jittered retry on transient errors, circuit breaker),
    /// idempotent melden, and the instruments on <see cref="DuoMeter.Name"/>. Settings: "Duo:Client"
    /// (<see cref="DuoClientOptions"/>, validated on start). Health checks: <see cref="AddDuoClientHealthChecks"/>.
    /// </summary>
    public static IServiceCollection AddDuoClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DuoClientOptions>()
            .Bind(configuration.GetSection(DuoClientOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<DuoCircuit>();
        services.TryAddSingleton<DuoClientMetrics>();

        services.AddHttpClient(DuoSoapChannel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => DuoHttpHandler.Create(provider.GetRequiredService<IOptions<DuoClientOptions>>().Value))
            .SetHandlerLifetime(TimeSpan.FromMinutes(5));
        services.AddResiliencePipeline(DuoResiliencePipeline.Name, (pipeline, context) => DuoResiliencePipeline.Configure(pipeline, context.ServiceProvider));

        services.TryAddSingleton<DuoSoapChannel>();
        services.TryAddSingleton<IDuoRegister, SoapDuoRegister>();
        return services;
    }

    /// <summary>
    /// The DUO client's health checks: "duo-client-certificate" (<see cref="DuoCertificateHealthCheck"/>: Degraded within
    /// the warning days, Unhealthy when expired or unreadable) and "duo-circuit" (<see cref="DuoCircuitHealthCheck"/>:
    /// Degraded, never Unhealthy, while the circuit is open). Needs <see cref="AddDuoClient"/>.
    /// </summary>
    public static IHealthChecksBuilder AddDuoClientHealthChecks(this IHealthChecksBuilder checks, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks
            .AddCheck<DuoCertificateHealthCheck>("duo-client-certificate", tags: tags)
            .AddCheck<DuoCircuitHealthCheck>("duo-circuit", tags: tags);
    }
}
