using System.CommandLine;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub org add --kind leerplicht|rmc|jgz --id ID --name NAME</c>: adds a partner organisation to the directory and
/// connects it to the broker (its RabbitMQ user, queue, inbound exchange and permissions), printing its password once.
/// <c>hub org list</c>: the organisations in the directory.
/// </summary>
internal static class OrgCommand
{
    public static Command Create() => new("org", "Partner organisations (leerplicht organisations, RMC regions, JGZ)") { Add(), List() };

    private static Command Add()
    {
        var kind = new Option<PartnerKind>("--kind") { Description = "leerplicht, rmc or jgz", Required = true };
        var id = new Option<string>("--id") { Description = "Lowercase slug (rbl-eem-en-vallei); for an RMC region its code in lower case (mc19)", Required = true };
        var name = new Option<string>("--name") { Description = "The organisation's name, for operators", Required = true };
        var password = new Option<string?>("--amqp-password") { Description = "Set this password for its RabbitMQ user (default: generate one for a new user, keep an existing one)" };
        var provenance = new Option<string?>("--provenance") { Description = "Where this comes from (default: added with hub org add)" };
        var command = new Command("add", "Add a partner organisation and connect it to the broker; prints its credentials once") { kind, id, name, password, provenance };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddPartnerProvisioning(HubServices.Configuration));
            var provisioner = services.GetRequiredService<PartnerProvisioner>();
            try
            {
                var credentials = await provisioner.ProvisionAsync(
                    new PartnerRegistration(
                        parseResult.GetValue(kind), parseResult.GetValue(id)!.Trim(), parseResult.GetValue(name)!.Trim(),
                        parseResult.GetValue(provenance) ?? "added with hub org add", parseResult.GetValue(password)),
                    cancellationToken);
                Console.Out.WriteLine($"{PartnerKinds.ToText(credentials.Kind)} organisation {credentials.OrganisationId} connected");
                Console.Out.WriteLine($"  AMQP user       {credentials.AmqpUsername}  password: {credentials.AmqpPassword ?? "(unchanged)"}");
                Console.Out.WriteLine($"  read from       queue {credentials.Queue}");
                Console.Out.WriteLine($"  answer to       exchange {credentials.InboundExchange}");
                return 0;
            }
            catch (DirectoryDataException ex)
            {
                await Console.Error.WriteLineAsync($"hub org add: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the partner organisations in the directory");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddDirectory());
            foreach (var organisation in await services.GetRequiredService<NpgsqlDirectoryStore>().ListOrganisationsAsync(cancellationToken))
            {
                Console.Out.WriteLine($"{PartnerKinds.ToText(organisation.Kind),-10}  {organisation.OrganisationId,-28}  {organisation.Name}");
            }

            return 0;
        });
        return command;
    }
}
