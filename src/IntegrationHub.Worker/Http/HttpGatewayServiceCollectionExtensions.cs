using IntegrationHub.Worker.Http;

namespace Microsoft.Extensions.DependencyInjection;

public static class HttpGatewayServiceCollectionExtensions
{
    /// <summary>
    /// The HTTP gateway's services (map the endpoint with MapSubmissionEndpoints). Settings: "Gateways:Http"
    /// (<see cref="HttpGatewayOptions"/>). Needs AddSchools for the credential store.
    /// </summary>
    public static IServiceCollection AddHttpGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HttpGatewayOptions>()
            .Bind(configuration.GetSection(HttpGatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SchoolAuthenticator>();
        return services;
    }
}
