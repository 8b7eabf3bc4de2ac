namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>Counts the deliveries being handled, so that shutdown can let them finish first.</summary>
internal sealed class InFlightDeliveries
{
    private int _count;

    public void Enter() => Interlocked.Increment(ref _count);

    public void Leave() => Interlocked.Decrement(ref _count);

    /// <summary>Waits until none is in hand, or the timeout passed.</summary>
    public async Task WaitUntilIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _count) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, CancellationToken.None);
        }
    }
}
