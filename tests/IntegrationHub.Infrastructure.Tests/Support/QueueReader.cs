using IntegrationHub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Tests.Support;

/// <summary>Reads a queue the way a non-.NET school client would: plain AMQP basic.get, no MassTransit.</summary>
public static class QueueReader
{
    public static async Task<BasicGetResult> WaitForMessageAsync(TestVirtualHost virtualHost, string queue, TimeSpan timeout)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            UserName = TestEnvironment.MqUser,
            Password = TestEnvironment.MqPassword,
            VirtualHost = virtualHost.Name,
        };
        await using var connection = await factory.CreateConnectionAsync();
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
}
