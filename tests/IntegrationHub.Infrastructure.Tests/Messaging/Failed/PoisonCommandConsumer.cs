using System.Collections.Concurrent;
using MassTransit;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Failed;

/// <summary>Fails a poisoned command every time (naming values that differ per message); applies the others once per message id.</summary>
public sealed class PoisonCommandConsumer(PoisonCommandLog log) : IConsumer<PoisonCommand>
{
    public const string QueueName = "hub.test.poison";

    public Task Consume(ConsumeContext<PoisonCommand> context)
    {
        log.Attempts.Enqueue(context.Message.Id);
        if (context.Message.Poison && !log.Fixed)
        {
            throw new InvalidOperationException($"Pupil 999990{context.Message.Id.ToString()[..3]} has no state for event '{context.Message.Id}' at 12:00");
        }

        // The inbox, as the hub's consumers keep one: a message id is applied once.
        if (log.Inbox.TryAdd(context.MessageId ?? Guid.Empty, true))
        {
            log.Applied.AddOrUpdate(context.Message.Id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }
}

public sealed class PoisonCommandLog
{
    public ConcurrentQueue<Guid> Attempts { get; } = new();

    public ConcurrentDictionary<Guid, bool> Inbox { get; } = new();

    /// <summary>Per command id, how often it was applied.</summary>
    public ConcurrentDictionary<Guid, int> Applied { get; } = new();

    /// <summary>The cause is fixed: poisoned commands no longer fail.</summary>
    public bool Fixed { get; set; }
}

public sealed class PoisonCommandConsumerDefinition : ConsumerDefinition<PoisonCommandConsumer>
{
    public const int Retries = 2;

    public PoisonCommandConsumerDefinition() => EndpointName = PoisonCommandConsumer.QueueName;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<PoisonCommandConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Immediate(Retries));
}
