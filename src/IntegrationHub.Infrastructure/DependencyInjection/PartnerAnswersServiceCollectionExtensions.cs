using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Persistence.Partners;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class PartnerAnswersServiceCollectionExtensions
{
    /// <summary>
    /// The partner answers' loop without a transport: <see cref="PartnerAnswerIntake"/> with its store and the forwarding of
    /// a gemeente's status to DUO (<see cref="GemeenteStatusForwarder"/>). The partner gateway (AddPartnerGateway) and the
    /// web console both use it. Needs the hub's persistence (AddHubPersistence) and the privacy services (AddPrivacy).
    /// </summary>
    public static IServiceCollection AddPartnerAnswers(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPartnerAnswerStore, NpgsqlPartnerAnswerStore>();
        services.TryAddScoped<GemeenteStatusForwarder>();
        services.TryAddScoped<PartnerAnswerIntake>();
        return services;
    }
}
