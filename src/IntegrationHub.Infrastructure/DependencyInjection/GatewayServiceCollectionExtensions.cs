using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Gateways.Amqp;
using IntegrationHub.Infrastructure.Messaging.Failed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// The AMQP gateway: reads the intake queue and hands every delivery to <c>IIntakeService</c>.
    /// Settings: "RabbitMq" (<see cref="RabbitMqOptions"/>) and "Gateways:Amqp" (<see cref="AmqpGatewayOptions"/>).
    /// </summary>
    public static IServiceCollection AddAmqpGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRabbitMqConnection();
        services.AddOptions<AmqpGatewayOptions>()
            .Bind(configuration.GetSection(AmqpGatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AmqpGatewayStatus>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NpgsqlFailedMessageStore>();
        services.AddHostedService<AmqpGateway>();
        return services;
    }
}
