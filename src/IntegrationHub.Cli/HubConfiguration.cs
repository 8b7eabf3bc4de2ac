using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Cli;

/// <summary>
/// The CLI reads the same settings as the worker: appsettings.json beside the binary, then
/// appsettings.{DOTNET_ENVIRONMENT}.json, then environment variables (e.g. ConnectionStrings__Hub, RabbitMq__Host).
/// </summary>
internal static class HubConfiguration
{
    public static IConfigurationRoot Build(IDictionary<string, string?>? defaults = null)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .AddInMemoryCollection(defaults ?? new Dictionary<string, string?>())
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
