using MassTransit;

namespace IntegrationHub.Cli.Bench;

/// <summary>The raw MassTransit baseline's consumer: counts and does nothing else.</summary>
internal sealed class NoOpConsumer(ConsumedCounter counter) : IConsumer<BaselineMessage>
{
    public Task Consume(ConsumeContext<BaselineMessage> context)
    {
        counter.Increment();
        return Task.CompletedTask;
    }
}
