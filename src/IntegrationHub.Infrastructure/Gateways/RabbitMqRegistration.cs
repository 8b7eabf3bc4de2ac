using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Infrastructure.Gateways;

/// <summary>The RabbitMQ options and connector, registered once whichever area asks first.</summary>
internal static class RabbitMqRegistration
{
    public static IServiceCollection AddRabbitMqConnection(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(RabbitMqConnector)))
        {
            return services;
        }

        services.AddOptions<RabbitMqOptions>()
            .BindConfiguration(RabbitMqOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<RabbitMqConnector>();
        return services;
    }
}
