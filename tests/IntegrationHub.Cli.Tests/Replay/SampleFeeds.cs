using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Tests.Properties;

namespace IntegrationHub.Cli.Tests.Replay;

/// <summary>Variants of the bundled sample feed for replay tests.</summary>
internal static class SampleFeeds
{
    public static List<FeedLine> Read()
    {
        using var reader = new StreamReader(RepositoryPaths.SampleFeed);
        return [.. FeedFile.Read(reader)];
    }

    /// <summary>The sample feed with vo-1005's two corrections (school 34CD) sent on 20 November, after its melding was sent.</summary>
    public static List<FeedLine> WithLateCorrections()
    {
        var feed = Read();
        var late = feed.Where(l => l.MessageType == "AttendanceCorrected" && l.Message!.Value.GetRawText().Contains("\"34CD\"", StringComparison.Ordinal)).ToList();
        if (late.Count != 2)
        {
            throw new InvalidOperationException($"The sample feed has {late.Count} corrections from 34CD, not 2.");
        }

        var moved = late.Select((l, i) => FeedArrivals.At(l, new DateTimeOffset(2026, 11, 20, 10, i, 0, TimeSpan.Zero)));
        return [.. feed.Except(late), .. moved];
    }
}
