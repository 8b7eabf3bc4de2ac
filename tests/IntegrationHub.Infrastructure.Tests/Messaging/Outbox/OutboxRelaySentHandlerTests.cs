using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Outbox;

/// <summary>A sent handler runs in the relay's transaction, for the rows of its type the broker confirmed, and no others.</summary>
public sealed class OutboxRelaySentHandlerTests(OutboxRelaySentHandlerTests.HandlerRelayHub hub) : IClassFixture<OutboxRelaySentHandlerTests.HandlerRelayHub>
{
    [Fact]
    public async Task Should_run_the_sent_handler_only_for_confirmed_rows_when_a_batch_has_failed_and_held_back_rows()
    {
        Guid confirmedA, unreadable, heldBack, confirmedB, otherType;
        await using (var connection = await hub.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("CREATE TABLE sent_log (message_id uuid PRIMARY KEY)", transaction: transaction);
            confirmedA = await OutboxRows.FeedbackAsync(connection, transaction, "51AA");
            unreadable = await OutboxRows.PoisonAsync(
                connection, transaction, Topology.FeedbackAddress("51AA"), OutboxMessageTypes.NameOf(typeof(SubmissionAccepted)), "{}");
            heldBack = await OutboxRows.FeedbackAsync(connection, transaction, "51AA");
            confirmedB = await OutboxRows.FeedbackAsync(connection, transaction, "52BB");
            otherType = await OutboxRows.PupilEventAsync(connection, transaction, 1);
            await transaction.CommitAsync();
        }

        await hub.CreateRelay().RelayBatchAsync(CancellationToken.None);

        await using var check = await hub.DataSource.OpenConnectionAsync();
        var handled = await check.QueryAsync<Guid>("SELECT message_id FROM sent_log");
        var sent = await check.QueryAsync<Guid>(
            "SELECT message_id FROM outbox WHERE sent_at IS NOT NULL AND message_id = ANY(@ids)",
            new { ids = new[] { confirmedA, unreadable, heldBack, confirmedB, otherType } });
        Assert.Equal(new HashSet<Guid> { confirmedA, confirmedB }, handled.ToHashSet());
        Assert.Equal(new HashSet<Guid> { confirmedA, confirmedB, otherType }, sent.ToHashSet());
    }

    public sealed class HandlerRelayHub : RelayHub
    {
        protected override bool RunsRelay => false;

        protected override IDictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Outbox:SendRetries"] = "0";
            return settings;
        }

        protected override void Configure(IServiceCollection services) =>
            services.AddSingleton<IOutboxSentHandler, SentLogHandler>();
    }

    /// <summary>Notes each SubmissionAccepted it is told about in sent_log, in the relay's transaction.</summary>
    private sealed class SentLogHandler : IOutboxSentHandler
    {
        public string MessageType { get; } = OutboxMessageTypes.NameOf(typeof(SubmissionAccepted));

        public Task OnSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, CancellationToken cancellationToken) =>
            connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO sent_log (message_id) VALUES (@MessageId)", new { row.MessageId }, transaction, cancellationToken: cancellationToken));
    }
}
