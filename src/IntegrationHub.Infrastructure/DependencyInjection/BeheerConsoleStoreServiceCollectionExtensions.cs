using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class BeheerConsoleStoreServiceCollectionExtensions
{
    /// <summary>
    /// The stores behind the operator's console screens (Beheer): the failed-message board and its retry (through the
    /// issue-11 replayer). Needs the hub's database (AddHubPersistence) and broker ("RabbitMq").
    /// </summary>
    public static IServiceCollection AddBeheerConsoleStores(this IServiceCollection services)
    {
        services.AddFailedMessages();
        services.TryAddSingleton<IFailedMessageBoard, NpgsqlFailedMessageBoard>();
        services.TryAddSingleton<IFailedMessageRetry, FailedMessageRetry>();
        return services;
    }
}
