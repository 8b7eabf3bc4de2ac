using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Telemetry;

/// <summary>MassTransit (8.4 and later) reports usage telemetry to its own host unless told not to; the hub tells it not to.</summary>
public sealed class UsageTelemetryTests
{
    [Fact]
    public async Task Should_switch_masstransit_usage_telemetry_off_when_the_hub_bus_is_registered()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubMessaging(configuration);
        await using var provider = services.BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
