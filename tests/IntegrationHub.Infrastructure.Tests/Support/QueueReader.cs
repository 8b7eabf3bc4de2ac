using IntegrationHub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Tests.Support;

/// <summary>Reads a queue the way a non-.NET school client would: plain AMQP basic.get, no MassTransit.</summary>
public static class QueueReader
{
    /// <summary>Declares a queue bound to a MassTransit publish exchange (fanout, durable, as MassTransit declares it).</summary>
    public static async Task BindAsync(TestVirtualHost virtualHost, string exchange, string queue)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, routingKey: string.Empty);
    }

    public static async Task<BasicGetResult> WaitForMessageAsync(TestVirtualHost virtualHost, string queue, TimeSpan timeout)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await using var channel = await connection.CreateChannelAsync();
                if (await channel.BasicGetAsync(queue, autoAck: true) is { } result)
                {
                    return result;
                }
            }
            catch (OperationInterruptedException)
            {
                // The queue does not exist yet: the relay has not sent to it.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No message on {queue} within {timeout}.");
    }

    /// <summary>Takes every message now on <paramref name="queue"/>, in queue order (none when it does not exist).</summary>
    public static async Task<IReadOnlyList<BasicGetResult>> DrainAsync(TestVirtualHost virtualHost, string queue)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var messages = new List<BasicGetResult>();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } result)
            {
                messages.Add(result);
            }
        }
        catch (OperationInterruptedException) when (messages.Count == 0)
        {
            // The queue does not exist: nothing was ever sent to it.
        }

        return messages;
    }

    private static ConnectionFactory Factory(TestVirtualHost virtualHost) => new()
    {
        HostName = TestEnvironment.MqHost,
        Port = TestEnvironment.MqPort,
        UserName = TestEnvironment.MqUser,
        Password = TestEnvironment.MqPassword,
        VirtualHost = virtualHost.Name,
    };
}
