// A partner's consumer for IntegrationHub: reads its own queue (leerplicht.<org>, rmc.<region> or jgz.<org>) as its own
// broker user, prints one line per message (the BSN masked), acknowledges after handling, skips repeats by message id,
// and with --answer answers on partner.<org>.in. See README.md.
//   HUB_AMQP_PASSWORD=... dotnet run -- --org rbl-utrecht-zuid --kind leerplicht [--answer] [--max N] [--idle-seconds S]
using PartnerConsumer;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

PartnerSettings settings;
try
{
    settings = PartnerSettings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var factory = new ConnectionFactory
{
    HostName = settings.Host,
    Port = settings.Port,
    VirtualHost = settings.VirtualHost,
    UserName = settings.User,
    Password = settings.Password,
    ClientProvidedName = $"partner-example-{settings.Org}",
};
await using var connection = await factory.CreateConnectionAsync();
await using var channel = await connection.CreateChannelAsync();
await using var answers = await connection.CreateChannelAsync(new CreateChannelOptions(
    publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
await channel.BasicQosAsync(prefetchSize: 0, prefetchCount: 10, global: false);

var handler = new PartnerMessageHandler(settings, answers, Console.Out);
var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
var lastActivity = DateTime.UtcNow;
var deliveries = 0;
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    done.TrySetResult(0);
};

var consumer = new AsyncEventingBasicConsumer(channel);
consumer.ReceivedAsync += async (_, delivery) =>
{
    if (done.Task.IsCompleted)
    {
        return; // stopping: leave it unacknowledged, the broker gives it to the next consumer
    }

    lastActivity = DateTime.UtcNow;
    try
    {
        await handler.HandleAsync(delivery.Body, delivery.BasicProperties, delivery.CancellationToken);
    }
    catch (Exception e)
    {
        // Never acknowledge what was not handled: the message stays on the queue for a person to look at.
        Console.Error.WriteLine($"cannot handle delivery {delivery.BasicProperties.MessageId}: {e.GetType().Name}: {e.Message}; left on the queue, stopping");
        done.TrySetResult(3);
        return;
    }

    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
    if (++deliveries == settings.Max)
    {
        done.TrySetResult(0);
    }
};

await channel.BasicConsumeAsync(settings.Queue, autoAck: false, consumer);
Console.WriteLine($"reading {settings.Queue} as {settings.User} on {settings.Host}:{settings.Port}/{settings.VirtualHost}");
while (!done.Task.IsCompleted)
{
    await Task.WhenAny(done.Task, Task.Delay(TimeSpan.FromMilliseconds(200)));
    if (settings.IdleSeconds is { } idle && DateTime.UtcNow - lastActivity > TimeSpan.FromSeconds(idle))
    {
        done.TrySetResult(0);
    }
}

var exitCode = await done.Task;
await channel.CloseAsync();
Console.WriteLine($"handled {handler.Handled}, duplicates {handler.Duplicates}, answered {handler.Answered}");
return exitCode;
