using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Messaging.Failed;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class FailedMessagesServiceCollectionExtensions
{
    /// <summary>The failed-message store and its replay (hub dlq): the hub's database (AddHubPersistence) and broker ("RabbitMq").</summary>
    public static IServiceCollection AddFailedMessages(this IServiceCollection services)
    {
        services.AddRabbitMqConnection();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NpgsqlFailedMessageStore>();
        services.TryAddSingleton<FailedMessageReplayer>();
        return services;
    }
}
