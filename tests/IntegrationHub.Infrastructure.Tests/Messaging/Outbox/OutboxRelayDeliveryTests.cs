using Dapper;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Outbox;

/// <summary>Many rows through the running relay, over several batches of concurrent sends.</summary>
public sealed class OutboxRelayDeliveryTests(OutboxRelayDeliveryTests.SmallBatchRelayHub hub) : IClassFixture<OutboxRelayDeliveryTests.SmallBatchRelayHub>
{
    private const string PupilEventQueue = "test.delivery.pupil-event-recorded";

    [Fact]
    public async Task Should_deliver_every_row_once_in_sequence_order_per_destination_when_many_rows_are_queued()
    {
        await QueueReader.BindAsync(hub.VirtualHost, "IntegrationHub.Application.Messaging:PupilEventsRecorded", PupilEventQueue);
        string[] brins = ["41AA", "42BB", "43CC", "44DD", "45EE"];
        var expected = brins.ToDictionary(brin => $"school.{brin}.feedback", _ => new List<Guid>());
        expected[PupilEventQueue] = [];
        await using (var connection = await hub.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            for (var i = 0; i < 2_000; i++)
            {
                if (i % 3 == 0)
                {
                    expected[PupilEventQueue].Add(await OutboxRows.PupilEventAsync(connection, transaction, i));
                }
                else
                {
                    var brin = brins[i * 7 % brins.Length];
                    expected[$"school.{brin}.feedback"].Add(await OutboxRows.FeedbackAsync(connection, transaction, brin));
                }
            }

            await transaction.CommitAsync();
        }

        await WaitUntilNothingIsUnsentAsync();

        foreach (var (queue, messageIds) in expected)
        {
            Assert.Equal(messageIds, (await QueueReader.DrainAsync(hub.VirtualHost, queue)).MessageIds());
        }

        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM outbox WHERE attempts <> 1 OR last_error IS NOT NULL"));
    }

    private async Task WaitUntilNothingIsUnsentAsync()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox WHERE sent_at IS NULL") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
    }

    public sealed class SmallBatchRelayHub : RelayHub
    {
        protected override IDictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Outbox:BatchSize"] = "100";
            settings["Outbox:MaxConcurrentSends"] = "16";
            return settings;
        }
    }
}
