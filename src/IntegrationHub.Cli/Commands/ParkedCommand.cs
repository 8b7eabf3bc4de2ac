using System.CommandLine;
using IntegrationHub.Infrastructure.Persistence.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub parked list</c> and <c>hub parked reroute (ID | --all)</c>: the meldingen and referrals the directory could not
/// route, and sending them back to routing once the directory is fixed (each is then delivered once, or parked again).
/// </summary>
internal static class ParkedCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List parked deliveries, oldest first");
        list.SetAction(async (_, cancellationToken) =>
        {
            await using var services = Services();
            var parked = await services.GetRequiredService<ParkedDeliveries>().ListAsync(cancellationToken);
            foreach (var row in parked)
            {
                Console.Out.WriteLine($"{row.ParkedId}\t{row.ParkedAt:yyyy-MM-ddTHH:mm:ssZ}\t{row.SubjectKind}\t{row.SubjectId}\t{row.Brin}{row.Vestiging}\t{row.Reason}\t{row.Detail}");
            }

            Console.Out.WriteLine($"{parked.Count} parked");
            return 0;
        });

        var id = new Argument<long?>("id") { Description = "The parked id (with the later parked changes of the same melding)", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Re-route every parked delivery" };
        var reroute = new Command("reroute", "Send parked deliveries back to routing after the directory was fixed") { id, all };
        reroute.SetAction(async (parse, cancellationToken) =>
        {
            var parkedId = parse.GetValue(id);
            if (parkedId is null == !parse.GetValue(all))
            {
                Console.Error.WriteLine("hub parked reroute: give one parked id, or --all.");
                return 2;
            }

            await using var services = Services();
            var count = await services.GetRequiredService<ParkedDeliveries>().RerouteAsync(parkedId, cancellationToken);
            Console.Out.WriteLine(count == 0 ? "Nothing parked to re-route." : $"Re-routed {count}.");
            return count == 0 && parkedId is not null ? 1 : 0;
        });

        return new Command("parked", "Deliveries the directory could not route") { list, reroute };
    }

    private static ServiceProvider Services() => HubServices.Build(services => services.AddPartnerRouting());
}
