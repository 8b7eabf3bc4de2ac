using System.Globalization;
using IntegrationHub.Infrastructure.Persistence.Bench;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>Waiting (bounded) until a hub caught up with what was published to it.</summary>
public static class Settling
{
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(6);

    /// <summary>
    /// Until every confirmed event is stored and evaluated, the outbox relayed, DUO's requests done, at least
    /// <paramref name="meldingen"/> meldingen registered at DUO, and every sent feedback row delivered to its school.
    /// </summary>
    public static async Task WaitAsync(string connectionString, ResilientPublisher publisher, FeedbackRecorder feedback, int meldingen)
    {
        var probe = new NpgsqlBenchProbe(connectionString);
        var deadline = DateTime.UtcNow + Bound;
        var last = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var published = publisher.Confirmed.Count;
                var counts = await probe.CountAsync(CancellationToken.None);
                var duoPending = await FaultDatabase.DuoPendingAsync(connectionString);
                var registered = (await FaultDatabase.DuoMeldingenAsync(connectionString)).Count(m => m.Meldingsnummer is not null);
                var outbox = await FaultDatabase.OutboxAsync(connectionString);
                var undelivered = outbox.Count(o => o.Sent && o.Destination.StartsWith("queue:school.", StringComparison.Ordinal) && !feedback.Deliveries.ContainsKey(o.MessageId));
                last = string.Create(CultureInfo.InvariantCulture, $"published {published}, stored {counts.Stored}, evaluated {counts.Evaluated}, unsent {counts.Unsent}, duo pending {duoPending}, registered {registered}/{meldingen}, feedback undelivered {undelivered}");
                if (counts.Stored >= published && counts.Evaluated >= published && counts.Unsent == 0 && duoPending == 0 && registered >= meldingen && undelivered == 0)
                {
                    return;
                }
            }
            catch (Npgsql.NpgsqlException)
            {
                // The database is still coming back.
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        throw new Xunit.Sdk.XunitException($"The hub did not catch up within {Bound}: {last}");
    }
}
