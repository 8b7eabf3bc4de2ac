using IntegrationHub.Domain.Meldingen;
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
        var melderNaam = new Option<string>("--melder-naam") { Description = "Melder: name of the person who makes the school's meldingen", Required = true };
        var melderFunctie = new Option<string>("--melder-functie") { Description = "Melder: function, e.g. verzuimcoördinator", Required = true };
        var melderTelefoon = new Option<string>("--melder-telefoon") { Description = "Melder: telephone", Required = true };
        var melderEmail = new Option<string>("--melder-email") { Description = "Melder: e-mail", Required = true };
        var actie = new Option<string>("--ondernomen-actie") { Description = "Door school ondernomen actie (default text for the school's meldingen)", Required = true };
        var actieGemeente = new Option<bool>("--actie-gemeente-gewenst") { Description = "Actie door gemeente gewenst (ja/nee)", DefaultValueFactory = _ => true };
        var toelichting = new Option<string?>("--actie-gemeente-toelichting") { Description = "Required when --actie-gemeente-gewenst is false" };
        var approval = new Option<bool>("--requires-approval") { Description = "Each melding waits for the school's approval (default: the school mandates the hub to send settled meldingen)" };
        var batchedAcceptance = new Option<bool>("--batched-acceptance")
        {
            Description = "Answer accepted messages with one SubmissionsAccepted per intake transaction instead of one SubmissionAccepted each (for a busy LVS)",
        };
        var add = new Command("add", "Connect a school (with its melder settings) and print its credentials")
        {
            brin, name, region, password, melderNaam, melderFunctie, melderTelefoon, melderEmail, actie, actieGemeente, toelichting, approval, batchedAcceptance,
        };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddSchools(HubServices.Configuration));
            var provisioner = services.GetRequiredService<SchoolProvisioner>();
            var credentials = await provisioner.ProvisionAsync(
                new SchoolRegistration(parseResult.GetValue(brin)!.ToUpperInvariant(), parseResult.GetValue(name)!, parseResult.GetValue(region), parseResult.GetValue(password),
                    new Melder
                    {
                        Naam = parseResult.GetValue(melderNaam)!, Functie = parseResult.GetValue(melderFunctie)!, Telefoon = parseResult.GetValue(melderTelefoon)!,
                        Email = parseResult.GetValue(melderEmail)!, DoorSchoolOndernomenActie = parseResult.GetValue(actie)!,
                        ActieGemeenteGewenst = parseResult.GetValue(actieGemeente), ActieGemeenteToelichting = parseResult.GetValue(toelichting),
                    },
                    parseResult.GetValue(approval), parseResult.GetValue(batchedAcceptance)),
                cancellationToken);
            Console.Out.WriteLine($"school {credentials.Brin} connected");
            Console.Out.WriteLine($"  AMQP user       {credentials.AmqpUsername}  password: {credentials.AmqpPassword ?? "(unchanged)"}");
            Console.Out.WriteLine($"  publish to      exchange {credentials.InboundExchange}");
            Console.Out.WriteLine($"  feedback from   queue {credentials.FeedbackQueue}"
                + (parseResult.GetValue(batchedAcceptance) ? " (accepted messages: one SubmissionsAccepted per batch)" : string.Empty));
            Console.Out.WriteLine($"  HTTP API key    {credentials.HttpApiKey ?? "(an active key exists: " + credentials.HttpCredentialId + ")"}");
            return 0;
        });

        return new Command("school", "Schools and their credentials") { add };
    }
}
