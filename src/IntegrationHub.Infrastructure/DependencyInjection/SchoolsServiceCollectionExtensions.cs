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
    /// NpgsqlDataSource (AddHubPersistence) and the "RabbitMq" settings, including ManagementUri. Provisioning
    /// (<see cref="RabbitMqManagementClient"/>) signs in with the operator account (RabbitMq:Operator); the worker only
    /// uses the credential store and needs none.
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
                // The operator account, not the process's own user: the worker's user may not manage users, and a
                // process without RabbitMq:Operator gets a clear error here when it tries to provision.
                var (user, password) = options.Operator.Require();
                var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
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
