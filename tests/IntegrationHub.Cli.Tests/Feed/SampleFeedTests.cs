using IntegrationHub.Cli.Feed;
using IntegrationHub.Contracts.Schema;

namespace IntegrationHub.Cli.Tests.Feed;

public sealed class SampleFeedTests
{
    [Fact]
    public void Should_equal_the_generator_output_when_reading_the_bundled_feed()
    {
        var committed = File.ReadAllLines(RepositoryPaths.SampleFeed);

        Assert.True(
            committed.SequenceEqual(SampleFeedGenerator.Generate()),
            "infra/sample/feed.jsonl drifted from SampleFeedGenerator: run `dotnet run --project src/IntegrationHub.Cli -- sample` and commit it.");
    }

    [Fact]
    public void Should_name_only_published_contracts_when_reading_the_bundled_feed()
    {
        using var reader = new StreamReader(RepositoryPaths.SampleFeed);
        var names = FeedFile.Read(reader).Select(line => line.MessageType).Distinct().ToArray();

        Assert.All(names, name => Assert.Contains(ContractTypes.Inbound, type => type.Name == name));
        Assert.Contains("AttendanceCorrected", names);
    }

    [Theory]
    [InlineData(1, "999990007")]
    [InlineData(2, "999990019")]
    public void Should_pass_the_elfproef_in_the_test_range_when_making_a_test_bsn(int number, string expected)
    {
        var bsn = SampleFeedGenerator.TestBsn(number);

        Assert.Equal(expected, bsn);
        var sum = Enumerable.Range(0, 8).Sum(i => (bsn[i] - '0') * (9 - i)) - (bsn[8] - '0');
        Assert.Equal(0, sum % 11);
    }
}
