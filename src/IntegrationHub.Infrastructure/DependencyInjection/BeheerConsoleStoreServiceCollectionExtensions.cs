using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Duo.Client;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Observability;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Observability;
using IntegrationHub.Infrastructure.Persistence.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class BeheerConsoleStoreServiceCollectionExtensions
{
    /// <summary>
    /// The stores behind the operator's console screens (Beheer): the failed-message board and its retry (through the
    /// issue-11 replayer), and the overview (counts, heartbeats, the broker's queues). Needs the hub's database
    /// (AddHubPersistence) and broker ("RabbitMq", with its management API); heartbeat staleness from "Observability".
    /// </summary>
    public static IServiceCollection AddBeheerConsoleStores(this IServiceCollection services)
    {
        services.AddFailedMessages();
        services.TryAddSingleton<IFailedMessageBoard, NpgsqlFailedMessageBoard>();
        services.TryAddSingleton<IFailedMessageRetry, FailedMessageRetry>();

        services.TryAddSingleton<ParkedDeliveries>();
        services.TryAddSingleton<IParkedBoard, NpgsqlParkedBoard>();

        services.TryAddSingleton<ISchoolBoard, NpgsqlSchoolBoard>();

        services.AddOptions<ObservabilityOptions>()
            .BindConfiguration(ObservabilityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<NpgsqlOverviewCountsStore>();
        services.TryAddSingleton<NpgsqlHeartbeatStore>();
        services.AddHttpClient<RabbitMqQueueStatsReader>((provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
            client.BaseAddress = options.ManagementUri;
            client.Timeout = TimeSpan.FromSeconds(5);
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        });
        services.TryAddTransient<IHubOverviewReader, HubOverviewReader>();
        services.TryAddSingleton<IDuoCertificateCheck, DuoCertificateCheck>();
        return services;
    }
}
