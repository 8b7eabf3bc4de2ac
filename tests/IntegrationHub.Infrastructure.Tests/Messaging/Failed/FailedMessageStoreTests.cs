using System.Text;
using IntegrationHub.Infrastructure.Tests.Support;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Failed;

public sealed class FailedMessageStoreTests(FailedMessageHub hub) : IClassFixture<FailedMessageHub>
{
    [Fact]
    public async Task Should_keep_a_poison_message_once_in_the_error_queue_and_the_store_when_it_exhausts_its_retries()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var endpoint = await hub.Bus.GetSendEndpoint(new Uri($"queue:{PoisonCommandConsumer.QueueName}"));

        await endpoint.Send(new PoisonCommand(first, Poison: true));
        await endpoint.Send(new PoisonCommand(second, Poison: true));

        var stored = await WaitForFailedAsync(2);
        Assert.All(stored, m => Assert.Equal(PoisonCommandConsumerDefinition.Retries + 1, m.Attempts));
        Assert.All(stored, m => Assert.Equal(PoisonCommandConsumer.QueueName, m.SourceQueue));
        Assert.All(stored, m => Assert.Equal("urn:message:IntegrationHub.Infrastructure.Tests.Messaging.Failed:PoisonCommand", m.MessageType));
        Assert.All(stored, m => Assert.Equal("System.InvalidOperationException", m.ExceptionType));
        Assert.Single(stored.Select(m => m.GroupKey).Distinct());
        Assert.DoesNotContain(stored, m => m.Reason.Any(char.IsDigit));
        var body = await hub.Store.GetAsync(stored[0].Id, CancellationToken.None);
        Assert.Contains(new[] { first, second }, id => Encoding.UTF8.GetString(body!.Body).Contains(id.ToString(), StringComparison.Ordinal));

        // Each went to _error once, with the reason in its headers, and none is left to loop on the endpoint's queue.
        Assert.Equal(2 * (PoisonCommandConsumerDefinition.Retries + 1), hub.Log.Attempts.Count);
        await using var connection = await new ConnectionFactory { Uri = hub.VirtualHost.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(PoisonCommandConsumer.QueueName)).MessageCount);
        var error = await channel.BasicGetAsync(PoisonCommandConsumer.QueueName + "_error", autoAck: false);
        Assert.NotNull(error);
        Assert.True(error.BasicProperties.Headers!.ContainsKey("MT-Fault-Message"));
        Assert.True(error.BasicProperties.Headers!.ContainsKey("MT-Fault-ExceptionType"));
        await channel.BasicNackAsync(error.DeliveryTag, multiple: false, requeue: true);
    }

    private async Task<IReadOnlyList<IntegrationHub.Application.Console.Beheer.FailedMessageRow>> WaitForFailedAsync(int count)
    {
        for (var i = 0; i < 300; i++)
        {
            var rows = await hub.Store.ListAsync(brin: null, groupKey: null, all: true, limit: 100, CancellationToken.None);
            if (rows.Count >= count)
            {
                return rows;
            }

            await Task.Delay(100);
        }

        return await hub.Store.ListAsync(brin: null, groupKey: null, all: true, limit: 100, CancellationToken.None);
    }
}
