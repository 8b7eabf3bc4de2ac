using IntegrationHub.Infrastructure.Persistence.Inbox;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Inbox;

public sealed class InboxCheckTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Should_say_repeat_when_the_same_consumer_sees_a_message_twice()
    {
        var messageId = Guid.NewGuid();

        var first = await MarkAsync("signalering", messageId, commit: true);
        var again = await MarkAsync("signalering", messageId, commit: true);
        var otherConsumer = await MarkAsync("routing", messageId, commit: true);

        Assert.Equal((true, false, true), (first, again, otherConsumer));
    }

    [Fact]
    public async Task Should_process_again_when_the_first_transaction_rolled_back()
    {
        var messageId = Guid.NewGuid();

        await MarkAsync("signalering", messageId, commit: false);
        var retried = await MarkAsync("signalering", messageId, commit: true);

        Assert.True(retried);
    }

    private async Task<bool> MarkAsync(string consumer, Guid messageId, bool commit)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var first = await InboxCheck.TryMarkProcessedAsync(connection, transaction, consumer, messageId);
        if (commit)
        {
            await transaction.CommitAsync();
        }

        return first;
    }
}
