using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// The hub's worker roles in this process — AMQP gateway, intake, outbox relay, signalering, routing — wired with the same
/// extensions the worker host uses, against the configured PostgreSQL and RabbitMQ.
/// </summary>
internal static class DemoHub
{
    public static IHost Build(IConfiguration configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        // The demo settles once, after the whole feed is in (DemoRunner), not on the scheduler's clock.
        // Its feed lies in the past, so no minimum quiet time is needed to let a batch complete.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Signalering:DuePollSeconds"] = "3600",
            ["Signalering:Settings:0:Scope"] = "National",
            ["Signalering:Settings:0:MeldingMinimumQuietMinutes"] = "0",
        });
        builder.Logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddHubPersistence(configuration);
        builder.Services.AddIntake(configuration);
        builder.Services.AddSchools(configuration);
        builder.Services.AddPrivacy();
        builder.Services.AddSignalering();
        builder.Services.AddDirectory();
        builder.Services.AddPartnerRouting();
        builder.Services.AddHubMessaging(configuration);
        builder.Services.AddAmqpGateway(configuration);
        builder.Services.AddOutboxRelay();
        return builder.Build();
    }
}
