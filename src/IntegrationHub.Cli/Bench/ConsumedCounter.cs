namespace IntegrationHub.Cli.Bench;

/// <summary>How many baseline messages the no-op consumer has seen.</summary>
internal sealed class ConsumedCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
