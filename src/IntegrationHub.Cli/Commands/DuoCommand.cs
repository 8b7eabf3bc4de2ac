using System.CommandLine;
using System.Globalization;
using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub duo list [--refused|--waiting] [--school BRIN]</c> and <c>hub duo show MELDING_ID</c>: the meldingen at DUO,
/// their status history, why one was refused, and the requests still waiting (attempts, last error). Never a nummer or a name.
/// </summary>
internal static class DuoCommand
{
    public static Command Create()
    {
        var refused = new Option<bool>("--refused") { Description = "Only meldingen refused (by the hub before sending, or by DUO)" };
        var waiting = new Option<bool>("--waiting") { Description = "Only meldingen waiting to be registered" };
        var school = new Option<string?>("--school") { Description = "Only this school (BRIN)" };
        var list = new Command("list", "List meldingen at DUO, oldest first") { refused, waiting, school };
        list.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(refused) && parse.GetValue(waiting))
            {
                Console.Error.WriteLine("hub duo list: give --refused or --waiting, not both.");
                return 2;
            }

            var status = parse.GetValue(refused) ? "geweigerd" : parse.GetValue(waiting) ? "wachtend" : null;
            await using var services = Services();
            var rows = await services.GetRequiredService<NpgsqlDuoOutboxStoreQueries>().ListAsync(status, parse.GetValue(school), cancellationToken);
            foreach (var row in rows)
            {
                Console.Out.WriteLine(string.Join('\t',
                    row.MeldingId, Time(row.CreatedAt), $"{row.Brin}{row.Vestiging}", row.Soort, Day(row.Begindatum), row.Status, row.Meldingsnummer ?? "-",
                    $"{row.Pending} pending"));
            }

            Console.Out.WriteLine($"{rows.Count} meldingen");
            return 0;
        });

        var id = new Argument<Guid>("melding-id") { Description = "The hub's melding id" };
        var show = new Command("show", "Show one melding at DUO: status history, refused reasons, requests") { id };
        show.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = Services();
            var detail = await services.GetRequiredService<NpgsqlDuoOutboxStoreQueries>().ShowAsync(parse.GetValue(id), cancellationToken);
            if (detail is null)
            {
                Console.Error.WriteLine("hub duo show: no such melding at DUO.");
                return 1;
            }

            Print(detail);
            return 0;
        });

        return new Command("duo", "Meldingen at DUO's verzuimregister") { list, show, DuoOverdueCommand.Create() };
    }

    private static void Print(DuoMeldingDetail detail)
    {
        var m = detail.Melding;
        Console.Out.WriteLine($"melding          {m.MeldingId}");
        Console.Out.WriteLine($"school           {m.Brin}{m.Vestiging}");
        Console.Out.WriteLine($"soort            {m.Soort}");
        Console.Out.WriteLine($"periode          {Day(m.Begindatum)} .. {(m.Einddatum is { } end ? Day(end) : "-")}");
        Console.Out.WriteLine($"gemeente         {m.Gemeente ?? "-"}");
        Console.Out.WriteLine($"vervolg op       {m.FollowsMeldingId?.ToString() ?? "-"}");
        Console.Out.WriteLine($"deadline         {(m.Deadline is { } deadline ? Day(deadline) : "-")}");
        Console.Out.WriteLine($"made             {Time(m.MadeAt)}");
        Console.Out.WriteLine($"status           {m.Status}{(m.StatusAt is { } at ? " since " + Time(at) : "")}");
        Console.Out.WriteLine($"meldingsnummer   {m.Meldingsnummer ?? "-"}{(m.RegisteredAt is { } registered ? " registered " + Time(registered) : "")}");
        if (m.RedenAfgesloten is not null)
        {
            Console.Out.WriteLine($"afgesloten       {m.RedenAfgesloten} / {m.ToelichtingAfsluiting ?? "-"}");
        }

        if (m.RefusedReasons is not null)
        {
            Console.Out.WriteLine($"refused reasons  {m.RefusedReasons}");
        }

        Console.Out.WriteLine("status history:");
        foreach (var s in detail.Statuses)
        {
            Console.Out.WriteLine($"  {Time(s.StatusAt)}\t{s.Status}\t{s.RedenAfgesloten ?? ""}\t{s.ToelichtingAfsluiting ?? ""}\trecorded {Time(s.RecordedAt)}");
        }

        Console.Out.WriteLine("requests:");
        foreach (var r in detail.Requests)
        {
            var state = r.DoneAt is { } done ? $"{r.Outcome} {Time(done)}" : $"pending, next {(r.NextAttemptAt is { } next ? Time(next) : "now")}";
            Console.Out.WriteLine($"  {r.Sequence}\t{r.Operation}\t{Time(r.CreatedAt)}\t{r.Attempts} attempts\t{state}\t{r.LastError ?? ""}");
        }
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ServiceProvider Services() => HubServices.Build(services => services.AddDuoOutbound());
}
