namespace IntegrationHub.Cli.Replay;

/// <summary>The replay's clock: set to each message's occurred-at, as if it arrived when it happened.</summary>
internal sealed class ReplayClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => Now;
}
