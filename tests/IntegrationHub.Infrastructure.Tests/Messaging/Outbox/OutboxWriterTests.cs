using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Outbox;

public sealed class OutboxWriterTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Should_leave_no_row_when_the_callers_transaction_rolls_back()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        Guid messageId;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            messageId = await OutboxWriter.PublishAsync(connection, transaction, new SchoolCalendarChanged("12AB", "00", "2026-2027"));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM outbox WHERE message_id = @messageId", new { messageId }));
    }

    [Fact]
    public async Task Should_store_destination_type_and_headers_when_a_send_is_committed()
    {
        var messageId = Guid.NewGuid();
        var correlationId = Guid.NewGuid();
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress("12AB"), new SchoolCalendarChanged("12AB", "00", "2026-2027"),
                new OutboxHeaders(messageId, correlationId, new Dictionary<string, string> { ["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" }));
            await transaction.CommitAsync();
        }

        Assert.Equal(1, await hub.DataSource.CountAsync("""
            SELECT count(*) FROM outbox
            WHERE message_id = @messageId AND destination = 'queue:school.12AB.feedback' AND sent_at IS NULL AND attempts = 0
              AND message_type = 'IntegrationHub.Application.Messaging.SchoolCalendarChanged'
              AND body->>'vestiging' = '00' AND headers->>'correlationId' = @correlation
              AND headers->'headers'->>'traceparent' LIKE '00-4bf9%'
            """, new { messageId, correlation = correlationId.ToString() }));
    }

    [Fact]
    public async Task Should_delete_only_rows_sent_before_the_keep_period_when_the_outbox_is_purged()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var (old, recent, unsent) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await connection.ExecuteAsync("""
            INSERT INTO outbox (message_id, destination, message_type, body, sent_at)
            VALUES (@old, NULL, 'T', '{}', now() - interval '8 days'),
                   (@recent, NULL, 'T', '{}', now() - interval '1 day'),
                   (@unsent, NULL, 'T', '{}', NULL)
            """, new { old, recent, unsent });

        await new NpgsqlOutboxStore(hub.DataSource).PurgeSentAsync(TimeSpan.FromDays(7), CancellationToken.None);

        var left = await connection.QueryAsync<Guid>(
            "SELECT message_id FROM outbox WHERE message_id = ANY(@ids)", new { ids = new[] { old, recent, unsent } });
        Assert.Equal(new HashSet<Guid> { recent, unsent }, left.ToHashSet());
    }
}
