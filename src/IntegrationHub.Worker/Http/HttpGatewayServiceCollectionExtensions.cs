using IntegrationHub.Worker.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class HttpGatewayServiceCollectionExtensions
{
    /// <summary>
    /// The HTTP gateway's services (map the endpoint with MapSubmissionEndpoints). Settings: "Gateways:Http"
    /// (<see cref="HttpGatewayOptions"/>): request size limit, per-school rate limit, TLS-only mode. Needs AddSchools for
    /// the credential store. Also the OpenAPI document (served at /openapi/v1.json).
    /// </summary>
    public static IServiceCollection AddHttpGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HttpGatewayOptions>()
            .Bind(configuration.GetSection(HttpGatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SchoolAuthenticator>();
        services.AddSingleton<SchoolRateLimiter>();
        services.AddOpenApi();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, HttpsOnlyKestrel>();
        return services;
    }
}
