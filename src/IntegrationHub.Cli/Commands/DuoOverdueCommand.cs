using System.CommandLine;
using IntegrationHub.Infrastructure.Duo.Polling;
using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub duo overdue [--days N]</c>: the meldingen DUO registered more than the partner term ago
/// (Duo:Status:PartnerOverdueAfterDays, or --days) that still have no gemeente status in DUO's register, oldest first, with
/// the organisation they were routed to and when the school was told (the overdue watch tells it once).
/// </summary>
internal static class DuoOverdueCommand
{
    public static Command Create()
    {
        var days = new Option<int?>("--days") { Description = "The term in days (default: Duo:Status:PartnerOverdueAfterDays)" };
        var overdue = new Command("overdue", "List meldingen without a gemeente status within the partner term, oldest first") { days };
        overdue.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = HubServices.Build(services => services.AddDuoStatusStore(HubServices.Configuration));
            var term = parse.GetValue(days) ?? services.GetRequiredService<IOptions<DuoStatusOptions>>().Value.PartnerOverdueAfterDays;
            if (term < 1)
            {
                Console.Error.WriteLine("hub duo overdue: --days must be at least 1.");
                return 2;
            }

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var meldingen = await services.GetRequiredService<NpgsqlDuoStatusStore>().ListOverdueAsync(now, term, cancellationToken);
            foreach (var melding in meldingen)
            {
                var notified = melding.OverdueNotifiedAt is { } at ? $"told {at:yyyy-MM-ddTHH:mm:ssZ}" : "not yet told";
                Console.Out.WriteLine($"{melding.MeldingId}\t{melding.Meldingsnummer}\t{melding.Brin}{melding.Vestiging}\tregistered {melding.RegisteredAt:yyyy-MM-ddTHH:mm:ssZ}\t{melding.OrganisationId ?? "(not routed)"}\t{notified}");
            }

            Console.Out.WriteLine($"{meldingen.Count} overdue (no status {term} days after registration)");
            return 0;
        });
        return overdue;
    }
}
