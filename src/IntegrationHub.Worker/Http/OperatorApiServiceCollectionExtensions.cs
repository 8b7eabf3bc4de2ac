using IntegrationHub.Worker.Http;

namespace Microsoft.Extensions.DependencyInjection;

public static class OperatorApiServiceCollectionExtensions
{
    /// <summary>
    /// The operator endpoints' key check (map them with MapDisclosureEndpoints). Settings: "Operator"
    /// (<see cref="OperatorOptions"/>). The inzage itself needs AddPrivacy and AddIntake.
    /// </summary>
    public static IServiceCollection AddOperatorApi(this IServiceCollection services)
    {
        services.AddOptions<OperatorOptions>()
            .BindConfiguration(OperatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OperatorAuthenticator>();
        return services;
    }
}
