using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

public static class SchoolsServiceCollectionExtensions
{
    /// <summary>
    /// The school registry, credentials and provisioning (<see cref="SchoolProvisioner"/>). Needs the hub's
    /// NpgsqlDataSource (AddHubPersistence) and the "RabbitMq" settings, including ManagementUri.
    /// </summary>
    public static IServiceCollection AddSchools(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRabbitMqConnection();
        services.AddSingleton<ISchoolStore, NpgsqlSchoolStore>();
        services.AddTransient<SchoolProvisioner>();
        services.AddHttpClient<RabbitMqManagementClient>((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                client.BaseAddress = options.ManagementUri;
                var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
            })
            .AddResilienceHandler("rabbitmq-management", pipeline => pipeline
                .AddRetry(new HttpRetryStrategyOptions
                {
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    MaxRetryAttempts = 5,
                    Delay = TimeSpan.FromMilliseconds(250),
                })
                .AddTimeout(TimeSpan.FromSeconds(10)));
        return services;
    }
}
