namespace IntegrationHub.Infrastructure.Tests.Messaging.Failed;

public sealed class FailedMessageReplayTests(FailedMessageHub hub) : IClassFixture<FailedMessageHub>
{
    [Fact]
    public async Task Should_apply_a_replayed_message_once_and_keep_both_replays_in_its_history_when_it_is_replayed_twice()
    {
        var command = Guid.NewGuid();
        var endpoint = await hub.Bus.GetSendEndpoint(new Uri($"queue:{PoisonCommandConsumer.QueueName}"));
        await endpoint.Send(new PoisonCommand(command, Poison: true));
        var failed = await WaitAsync(async () => (await hub.Store.ListAsync(null, null, all: false, 10, CancellationToken.None)).SingleOrDefault());
        Assert.NotNull(failed);

        hub.Log.Fixed = true;
        Assert.Equal(1, await hub.Replayer.ReplayAsync(failed.Id, "operator-a", CancellationToken.None));
        Assert.Equal(2, await hub.Replayer.ReplayAsync(failed.Id, "operator-b", CancellationToken.None));

        // Both replays arrive (three failed tries, then two more), the command is applied once.
        await WaitAsync(() => Task.FromResult(hub.Log.Attempts.Count(id => id == command) >= PoisonCommandConsumerDefinition.Retries + 3 ? (object)true : null));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(PoisonCommandConsumerDefinition.Retries + 3, hub.Log.Attempts.Count(id => id == command));
        Assert.Equal(1, hub.Log.Applied[command]);
        var history = await hub.Store.HistoryAsync(failed.Id, CancellationToken.None);
        Assert.Equal([(1, "operator-a", "sent"), (2, "operator-b", "sent")], history.Select(r => (r.Replay, r.ReplayedBy, r.Outcome)));
        Assert.Empty(await hub.Store.ListAsync(null, null, all: false, 10, CancellationToken.None));
        Assert.Equal("replayed", Assert.Single(await hub.Store.ListAsync(null, null, all: true, 10, CancellationToken.None)).State);
        Assert.Null(await hub.Replayer.ReplayAsync(failed.Id + 1000, "operator-a", CancellationToken.None));
    }

    private static async Task<T?> WaitAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return null;
    }
}
