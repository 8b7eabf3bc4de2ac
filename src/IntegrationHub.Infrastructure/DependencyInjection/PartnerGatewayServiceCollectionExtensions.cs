using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Gateways.Partners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class PartnerGatewayServiceCollectionExtensions
{
    /// <summary>
    /// The partner gateway: reads hub.partner-intake (statuses and JGZ advice that partners publish on partner.&lt;org&gt;.in)
    /// and records each answer with <see cref="PartnerAnswerIntake"/> (a status is forwarded to DUO through duo_outbox). Settings: "RabbitMq" and "Gateways:Partners"
    /// (<see cref="PartnerGatewayOptions"/>). Needs the hub's persistence (AddHubPersistence) and the privacy services
    /// (AddPrivacy: the consent registry and the disclosure log).
    /// </summary>
    public static IServiceCollection AddPartnerGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRabbitMqConnection();
        services.AddOptions<PartnerGatewayOptions>()
            .Bind(configuration.GetSection(PartnerGatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPartnerAnswers();
        services.TryAddSingleton<PartnerDeliveryHandler>();
        services.AddHostedService<PartnerGateway>();
        return services;
    }
}
