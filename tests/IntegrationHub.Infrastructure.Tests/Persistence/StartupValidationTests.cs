using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Tests.Persistence;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task Should_refuse_to_start_when_no_pseudonymisation_key_is_configured()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["ConnectionStrings:Hub"] = "Host=localhost;Database=unused",
        });
        builder.Services.AddLogging().AddHubPersistence(builder.Configuration).AddIntake(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Key", error.Message, StringComparison.Ordinal);
    }
}
