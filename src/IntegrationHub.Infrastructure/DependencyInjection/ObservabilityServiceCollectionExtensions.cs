using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Observability;
using IntegrationHub.Infrastructure.Persistence.Observability;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// The hub's own metrics (meter <see cref="HubMeter.Name"/>): the counters around the intake and signalering stores
    /// (call after the stores are registered), the sampled outbox lag, queue depths and live workers, and this worker's
    /// heartbeat in worker_heartbeats. Settings: section "Observability" (<see cref="ObservabilityOptions"/>). Needs
    /// AddHubPersistence and the "RabbitMq" settings (the management API, read as the worker's own user).
    /// </summary>
    public static IServiceCollection AddHubMetrics(this IServiceCollection services, WorkerIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        services.AddOptions<ObservabilityOptions>()
            .BindConfiguration(ObservabilityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRabbitMqConnection();
        services.AddMetrics();
        services.AddSingleton(identity);
        services.AddSingleton<HubMetrics>();
        services.AddSingleton<HubStatusSnapshot>();
        services.AddSingleton<HubStatusMetrics>();
        services.AddSingleton<NpgsqlOutboxLagStore>();
        services.AddSingleton<NpgsqlHeartbeatStore>();
        services.AddHttpClient<RabbitMqQueueDepthReader>(RabbitMqQueueDepthReader.HttpClientName, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
            client.BaseAddress = options.ManagementUri;
            client.Timeout = TimeSpan.FromSeconds(5);
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        });
        services.AddHostedService<HeartbeatService>();
        services.AddHostedService<HubStatusSampler>();
        ServiceDecoration.Decorate<IIntakeStore>(services, (inner, provider) => new MeteredIntakeStore(inner, provider.GetRequiredService<HubMetrics>()));
        ServiceDecoration.Decorate<ISignaleringStore>(services, (inner, provider) => new MeteredSignaleringStore(inner, provider.GetRequiredService<HubMetrics>()));
        return services;
    }
}
