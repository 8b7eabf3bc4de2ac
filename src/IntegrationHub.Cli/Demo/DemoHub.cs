using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// The hub's worker roles in this process — AMQP gateway, intake, outbox relay, signalering, routing, the DUO loop — wired
/// with the same extensions the worker host uses, against the configured PostgreSQL and RabbitMQ and the DUO stand-in whose
/// "Duo:Client" settings <paramref name="duoClient"/> gives.
/// </summary>
internal static class DemoHub
{
    public static IHost Build(IConfiguration configuration, IReadOnlyDictionary<string, string> duoClient)
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
            ["Duo:Dispatch:PollInterval"] = "00:00:01",
            ["Duo:Status:PollInterval"] = "00:00:01",
        });
        builder.Configuration.AddInMemoryCollection(duoClient.Select(s => KeyValuePair.Create("Duo:Client:" + s.Key, (string?)s.Value)));
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
        builder.Services.AddDuoOutbound();
        builder.Services.AddDuoClient(builder.Configuration);
        builder.Services.AddDuoDispatcher();
        builder.Services.AddDuoStatusLoop(builder.Configuration);
        return builder.Build();
    }
}
