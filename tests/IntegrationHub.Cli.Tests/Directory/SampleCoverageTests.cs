using System.Text.Json;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Cli.Feed;

namespace IntegrationHub.Cli.Tests.Directory;

/// <summary>
/// The shipped directory covers what the sample and bench feeds use: every woongemeente routes to a leerplicht
/// organisation and an RMC region with an organisation, and every sample school location has a JGZ.
/// </summary>
public sealed class SampleCoverageTests(DirectoryCliDatabase db) : IClassFixture<DirectoryCliDatabase>
{
    private static readonly DateOnly SchoolYearDay = new(2026, 10, 5);

    [Fact]
    public async Task Should_route_every_woongemeente_of_the_sample_feed_when_the_shipped_data_is_loaded()
    {
        var codes = SampleFeedGenerator.Generate().SelectMany(Woongemeenten).Distinct().ToArray();

        await AssertRoutedAsync(codes);
        Assert.Equal(["GM0014", "GM0344", "GM0363"], codes.Order());
    }

    [Fact]
    public async Task Should_route_every_woongemeente_of_the_bench_feed_when_the_shipped_data_is_loaded()
    {
        var codes = BenchFeedGenerator.Stream(new BenchFeedSettings(Pupils: 300, Days: 1, Seed: 7, Schools: 9))
            .Where(m => m.MessageType is "PupilEnrolled" or "PupilProfileChanged")
            .SelectMany(m => Woongemeente(JsonDocument.Parse(m.Body).RootElement))
            .Distinct().ToArray();

        Assert.Equal(9, codes.Length);
        await AssertRoutedAsync(codes);
    }

    [Fact]
    public async Task Should_find_a_jgz_for_every_sample_school_location_when_the_shipped_data_is_loaded()
    {
        foreach (var school in new[] { SampleFeedGenerator.Basisschool, SampleFeedGenerator.College, SampleFeedGenerator.Roc })
        {
            var jgz = await db.Directory.FindJgzAsync(school.Brin, school.Vestiging, SchoolYearDay, CancellationToken.None);

            Assert.True(jgz is not null, $"no JGZ for {school.Brin}/{school.Vestiging}");
        }
    }

    private async Task AssertRoutedAsync(IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            var route = await db.Directory.FindGemeenteAsync(code, SchoolYearDay, [], CancellationToken.None);

            Assert.True(route?.Leerplicht is not null && route.Rmc is not null, $"{code} does not route to a leerplicht and an RMC organisation");
        }
    }

    private static IEnumerable<string> Woongemeenten(string line)
    {
        var root = JsonDocument.Parse(line).RootElement;
        return root.TryGetProperty("messageType", out var type) && type.GetString() is "PupilEnrolled" or "PupilProfileChanged"
            ? Woongemeente(root.GetProperty("message"))
            : [];
    }

    private static IEnumerable<string> Woongemeente(JsonElement message) =>
        message.TryGetProperty("woongemeenteCode", out var code) && code.GetString() is { } value ? [value] : [];
}
