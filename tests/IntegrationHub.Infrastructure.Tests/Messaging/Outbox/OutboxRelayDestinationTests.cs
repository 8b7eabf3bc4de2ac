using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Outbox;

/// <summary>Order is kept per destination: a row that fails holds back its own destination, not the others.</summary>
public sealed class OutboxRelayDestinationTests(OutboxRelayDestinationTests.ManualRelayHub hub) : IClassFixture<OutboxRelayDestinationTests.ManualRelayHub>
{
    [Fact]
    public async Task Should_send_other_destinations_and_hold_back_its_own_when_a_row_fails()
    {
        Guid a1, poison, a3, a4, b1, b2, b3;
        await using (var connection = await hub.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            a1 = await OutboxRows.FeedbackAsync(connection, transaction, "31AA");
            poison = await OutboxRows.PoisonAsync(connection, transaction, Topology.FeedbackAddress("31AA"), "Nope.Unknown", "{}");
            b1 = await OutboxRows.FeedbackAsync(connection, transaction, "32BB");
            a3 = await OutboxRows.FeedbackAsync(connection, transaction, "31AA");
            b2 = await OutboxRows.FeedbackAsync(connection, transaction, "32BB");
            a4 = await OutboxRows.FeedbackAsync(connection, transaction, "31AA");
            b3 = await OutboxRows.FeedbackAsync(connection, transaction, "32BB");
            await transaction.CommitAsync();
        }

        var relay = hub.CreateRelay();
        await relay.RelayBatchAsync(CancellationToken.None);

        Assert.Equal([b1, b2, b3], (await QueueReader.DrainAsync(hub.VirtualHost, "school.32BB.feedback")).MessageIds());
        Assert.Equal([a1], (await QueueReader.DrainAsync(hub.VirtualHost, "school.31AA.feedback")).MessageIds());
        var failed = await hub.DataSource.StateAsync(poison);
        Assert.Equal((1, null), (failed.Attempts, failed.SentAt));
        Assert.Contains("Nope.Unknown", failed.LastError, StringComparison.Ordinal);
        foreach (var heldBack in new[] { a3, a4 })
        {
            var state = await hub.DataSource.StateAsync(heldBack);
            Assert.Equal((0, null, null), (state.Attempts, state.SentAt, state.LastError));
        }

        // Outbox:MaxAttempts is 2: the second round parks the row, the third sends what it held back, in order.
        await relay.RelayBatchAsync(CancellationToken.None);
        await relay.RelayBatchAsync(CancellationToken.None);

        Assert.Equal([a3, a4], (await QueueReader.DrainAsync(hub.VirtualHost, "school.31AA.feedback")).MessageIds());
        var parked = await hub.DataSource.StateAsync(poison);
        Assert.Equal((2, null), (parked.Attempts, parked.SentAt));
    }

    public sealed class ManualRelayHub : RelayHub
    {
        protected override bool RunsRelay => false;

        protected override IDictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Outbox:MaxAttempts"] = "2";
            settings["Outbox:SendRetries"] = "0";
            return settings;
        }
    }
}
