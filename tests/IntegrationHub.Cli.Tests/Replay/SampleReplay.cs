using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Replay;

namespace IntegrationHub.Cli.Tests.Replay;

/// <summary>The bundled feed replayed once per test class.</summary>
public sealed class SampleReplay
{
    private readonly Lazy<Task<(IReadOnlyList<OutboundLine> Lines, ReplaySummary Summary)>> _run = new(RunAsync);

    public Task<(IReadOnlyList<OutboundLine> Lines, ReplaySummary Summary)> Result => _run.Value;

    public static async Task<(IReadOnlyList<OutboundLine> Lines, ReplaySummary Summary)> RunAsync()
    {
        using var reader = new StreamReader(RepositoryPaths.SampleFeed);
        return await new ReplayRunner().RunAsync(FeedFile.Read(reader).ToList(), CancellationToken.None);
    }
}
