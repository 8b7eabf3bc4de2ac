using System.CommandLine;
using IntegrationHub.Infrastructure.Messaging.Failed;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub dlq list [--group] [--school BRIN] [--all]</c> and <c>hub dlq replay ID [--by NAME]</c>: the messages that
/// exhausted their retries (the failed-message store), by message or by cause, and sending one back to its queue once
/// the cause is fixed (recorded in its history; the consumer applies it once, however often it is replayed).
/// </summary>
internal static class DlqCommand
{
    public static Command Create()
    {
        var group = new Option<bool>("--group") { Description = "One line per cause (group key: exception, reason, message type) with its count" };
        var school = new Option<string?>("--school") { Description = "Only the messages of this school (BRIN)" };
        var all = new Option<bool>("--all") { Description = "Also the replayed ones" };
        var list = new Command("list", "List failed messages, newest first") { group, school, all };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = Services();
            var store = services.GetRequiredService<NpgsqlFailedMessageStore>();
            var brin = parse.GetValue(school);
            if (parse.GetValue(group))
            {
                var groups = await store.ListGroupsAsync(brin, cancellationToken);
                foreach (var g in groups)
                {
                    Console.Out.WriteLine($"{g.GroupKey}\t{g.Messages}\t{g.MessageType}\t{g.ExceptionType}\t{g.Reason}\t{g.FirstFailedAt:yyyy-MM-ddTHH:mm:ssZ}\t{g.LastFailedAt:yyyy-MM-ddTHH:mm:ssZ}");
                }

                Console.Out.WriteLine($"{groups.Count} causes");
                return 0;
            }

            var rows = await store.ListAsync(brin, groupKey: null, parse.GetValue(all), limit: 500, cancellationToken);
            foreach (var m in rows)
            {
                Console.Out.WriteLine($"{m.Id}\t{m.State}\t{m.LastFailedAt:yyyy-MM-ddTHH:mm:ssZ}\t{m.SourceQueue}\t{m.Brin}\t{m.MessageId}\t{m.MessageType}\t{m.GroupKey}\tattempts={m.Attempts}\treplays={m.Replays}\t{m.ExceptionType}: {m.Reason}");
            }

            Console.Out.WriteLine($"{rows.Count} failed messages");
            return 0;
        });

        var id = new Argument<long>("id") { Description = "The failed message's id (first column of hub dlq list)" };
        var by = new Option<string>("--by") { Description = "Who replays it (recorded in the history); default: the OS user", DefaultValueFactory = _ => Environment.UserName };
        var replay = new Command("replay", "Send a failed message back to its queue after its cause was fixed") { id, by };
        replay.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = Services();
            var replayed = await services.GetRequiredService<FailedMessageReplayer>().ReplayAsync(parse.GetValue(id), parse.GetValue(by)!, cancellationToken);
            if (replayed is null)
            {
                Console.Error.WriteLine($"hub dlq replay: no failed message {parse.GetValue(id)}.");
                return 1;
            }

            Console.Out.WriteLine($"Replayed failed message {parse.GetValue(id)} (replay {replayed}).");
            return 0;
        });

        return new Command("dlq", "Failed messages: list them, replay one") { list, replay };
    }

    private static ServiceProvider Services() => HubServices.Build(services => services.AddFailedMessages());
}
