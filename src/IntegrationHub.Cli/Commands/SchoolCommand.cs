using System.CommandLine;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub school add --brin 12AB --name "..." --region midden</c>: connects a school (registry row, RabbitMQ
/// user, exchange, feedback queue and permissions, HTTP API key) and prints its credentials once.
/// </summary>
internal static class SchoolCommand
{
    public static Command Create()
    {
        var brin = new Option<string>("--brin") { Description = "BRIN code, e.g. 12AB", Required = true };
        var name = new Option<string>("--name") { Description = "The school's name, for operators", Required = true };
        var region = new Option<SchoolRegion>("--region") { Description = "vakantieregio: noord, midden or zuid", Required = true };
        var password = new Option<string?>("--amqp-password") { Description = "Set this password for the school's RabbitMQ user (default: generate one for a new user, keep an existing one)" };
        var add = new Command("add", "Connect a school and print its credentials") { brin, name, region, password };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddSchools(HubServices.Configuration));
            var provisioner = services.GetRequiredService<SchoolProvisioner>();
            var credentials = await provisioner.ProvisionAsync(
                new SchoolRegistration(parseResult.GetValue(brin)!.ToUpperInvariant(), parseResult.GetValue(name)!, parseResult.GetValue(region), parseResult.GetValue(password)),
                cancellationToken);
            Console.Out.WriteLine($"school {credentials.Brin} connected");
            Console.Out.WriteLine($"  AMQP user       {credentials.AmqpUsername}  password: {credentials.AmqpPassword ?? "(unchanged)"}");
            Console.Out.WriteLine($"  publish to      exchange {credentials.InboundExchange}");
            Console.Out.WriteLine($"  feedback from   queue {credentials.FeedbackQueue}");
            Console.Out.WriteLine($"  HTTP API key    {credentials.HttpApiKey ?? "(an active key exists: " + credentials.HttpCredentialId + ")"}");
            return 0;
        });

        return new Command("school", "Schools and their credentials") { add };
    }
}
