using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli;

/// <summary>The service provider a command needs: the hub's persistence plus what the command adds.</summary>
internal static class HubServices
{
    public static IConfigurationRoot Configuration { get; } = HubConfiguration.Build();

    public static ServiceProvider Build(Action<IServiceCollection> add)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(Configuration);
        services.AddHubPersistence(Configuration);
        add(services);
        return services.BuildServiceProvider();
    }
}
