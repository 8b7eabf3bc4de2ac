using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Replay;

namespace IntegrationHub.Cli.Tests.Replay;

/// <summary><c>hub replay --now</c> stops the clock; <c>--settings</c> reads the worker's own settings format.</summary>
public sealed class ReplayClockAndSettingsTests
{
    [Fact]
    public async Task Should_send_no_melding_for_a_finding_that_has_not_settled_when_the_clock_stops_at_now()
    {
        // vo-1001's 16th hour falls on Tuesday 29 September 2026; it cannot settle before Thursday 1 October.
        // The feed up to that evening, with the clock stopped there, and the same feed with the clock run on.
        var stop = new DateTimeOffset(2026, 9, 29, 23, 0, 0, TimeSpan.Zero);
        var (stopped, _) = await RunAsync(stop, stop);
        var (ranOn, _) = await RunAsync(null, stop);

        Assert.Contains(stopped, l => l.MessageType == "FindingRaised" && Text(l, "lvsPupilKey") == "vo-1001" && Text(l, "kind") == "melding-16-uur");
        Assert.DoesNotContain(stopped, l => l.MessageType == "VerzuimmeldingReady" && Text(l, "begindatum") == "2026-09-08");
        Assert.Single(ranOn, l => l.MessageType == "VerzuimmeldingReady" && Text(l, "begindatum") == "2026-09-08" && Text(l, "kind") == "melding-16-uur");
    }

    [Fact]
    public async Task Should_find_no_16_uur_when_a_settings_file_switches_the_rule_off()
    {
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"replay-settings-{Guid.NewGuid():N}.json"));
        await File.WriteAllTextAsync(file.FullName, """{"Signalering": {"Settings": [{"Scope": "National", "Melding16UurEnabled": false}]}}""");
        try
        {
            var layers = ReplaySettings.Read(file);
            using var reader = new StreamReader(RepositoryPaths.SampleFeed);
            var (lines, _) = await new ReplayRunner(settings: layers).RunAsync(FeedFile.Read(reader).ToList(), CancellationToken.None);

            Assert.False(Assert.Single(layers).Melding16UurEnabled);
            Assert.DoesNotContain(lines, l => l.MessageType is "FindingRaised" or "VerzuimmeldingReady" && Text(l, "kind") == "melding-16-uur");
            Assert.Contains(lines, l => l.MessageType == "FindingRaised" && Text(l, "kind") == "rmc-verzuim");
        }
        finally
        {
            file.Delete();
        }
    }

    private static async Task<(IReadOnlyList<OutboundLine> Lines, ReplaySummary Summary)> RunAsync(DateTimeOffset? now, DateTimeOffset feedUntil)
    {
        using var reader = new StreamReader(RepositoryPaths.SampleFeed);
        var feed = FeedFile.Read(reader).Where(l => FeedFile.EnvelopeOf(l) is not { } e || e.OccurredAt <= feedUntil).ToList();
        return await new ReplayRunner().RunAsync(feed, CancellationToken.None, now);
    }

    private static string? Text(OutboundLine line, string property) =>
        line.Message.TryGetProperty(property, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
}
