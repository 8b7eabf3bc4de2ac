using IntegrationHub.Cli.Bench;
using IntegrationHub.Cli.Commands;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class BenchCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 30, 5, TimeSpan.Zero);

    [Fact]
    public void Should_read_every_option_when_all_are_given()
    {
        var parsed = BenchCommand.Create().Parse("--pupils 200 --days 2 --seed 9 --schools 4 --rate 1000 --duration 300 --scale 1,4,16 --workers 1,2 --out out/x --worker w.dll --timeout 60");

        Assert.Empty(parsed.Errors);
        var options = BenchCommand.Read(parsed, Now);
        Assert.Equal(new BenchFeedSettings(200, 2, 9, 4), options.Feed);
        Assert.Equal(Path.GetFullPath("out/x"), options.Output.FullName);
        Assert.Equal("w.dll", options.WorkerDll.Name);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
        Assert.Equal(1000, options.Rate);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Duration);
        Assert.Equal([1, 4, 16], options.Scales);
        Assert.Equal([1, 2], options.Workers);
        Assert.Equal([(1, 1), (1, 2), (4, 1), (4, 2), (16, 1), (16, 2)], options.Runs);
    }

    [Fact]
    public void Should_read_the_database_and_vhost_when_given()
    {
        var options = BenchCommand.Read(BenchCommand.Create().Parse("--database db1 --vhost vh1"), Now);

        Assert.Equal("db1", options.Database);
        Assert.Equal("vh1", options.VirtualHost);
    }

    [Fact]
    public void Should_name_the_database_after_the_vhost_with_underscores_when_a_name_is_given()
    {
        var options = BenchCommand.Read(BenchCommand.Create().Parse("--name bench-anna"), Now);

        Assert.Equal("bench-anna", options.Name);
        Assert.Equal("bench_anna", options.DatabaseName);
    }

    [Fact]
    public void Should_use_the_defaults_when_no_option_is_given()
    {
        var options = BenchCommand.Read(BenchCommand.Create().Parse(string.Empty), Now);

        Assert.Equal(new BenchFeedSettings(1000, 5, 1, 10), options.Feed);
        Assert.Null(options.Database);
        Assert.Null(options.VirtualHost);
        Assert.Equal("integrationhub_bench", options.DatabaseName);
        Assert.Equal("integrationhub-bench", options.Name);
        Assert.Equal(Path.GetFullPath(Path.Combine("artifacts", "bench", "20261201-103005")), options.Output.FullName);
        Assert.Equal(Path.GetFullPath(BenchOptions.DefaultWorkerDll), options.WorkerDll.FullName);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Timeout);
        Assert.Equal(0, options.Rate);
        Assert.Null(options.Duration);
        Assert.Equal([(1, 1)], options.Runs);
    }

    [Fact]
    public void Should_report_an_error_when_an_option_is_not_a_number()
    {
        Assert.NotEmpty(BenchCommand.Create().Parse("--pupils many").Errors);
        Assert.NotEmpty(BenchCommand.Create().Parse("--rate fast").Errors);
    }

    [Theory]
    [InlineData("1,4,16", new[] { 1, 4, 16 })]
    [InlineData(" 2 , 3 ", new[] { 2, 3 })]
    [InlineData("1,x", new int[0])]
    [InlineData("-1", new int[0])]
    [InlineData("", new int[0])]
    public void Should_read_a_comma_separated_list_of_whole_numbers(string text, int[] expected)
    {
        Assert.Equal(expected, BenchCommand.ParseList(text));
    }

    [Theory]
    [InlineData("--pupils 0", "--pupils, --days and --schools must be at least 1")]
    [InlineData("--pupils 3 --schools 4", "--schools must not exceed --pupils")]
    [InlineData("--pupils 9001", "--pupils × the largest --scale: at most 9,000 (the test BSN block), not 9,001")]
    [InlineData("--pupils 1000 --scale 1,4,16", "--pupils × the largest --scale: at most 9,000 (the test BSN block), not 16,000")]
    [InlineData("--scale 1,0", "--scale: whole numbers of at least 1, separated by commas (e.g. 1,4,16)")]
    [InlineData("--workers two", "--workers: whole numbers of at least 1, separated by commas (e.g. 1,2,4)")]
    [InlineData("--rate -5", "--rate: events/s of 0 (as fast as possible) or more")]
    [InlineData("--duration -1", "--duration: seconds of 0 (publish the feed once) or more")]
    [InlineData("--database db1 --workers 1,2", "--database and --vhost take one run: leave them out with more than one --scale or --workers")]
    [InlineData("--name Bench;drop", "--name: lower-case letters, digits and '-', starting with a letter, at most 50 characters")]
    [InlineData("--days 70", "--days: the last school day must lie in the past (the hub refuses registrations dated in the future)")]
    public void Should_refuse_options_that_cannot_run(string arguments, string problem)
    {
        var options = BenchCommand.Read(BenchCommand.Create().Parse(arguments), Now);

        Assert.Equal(problem, BenchCommand.Invalid(options, Now));
    }

    [Fact]
    public void Should_scale_the_pupils_and_grow_the_feed_for_a_duration_when_planning_a_run()
    {
        var options = BenchCommand.Read(BenchCommand.Create().Parse("--pupils 2000 --days 2 --rate 1000 --duration 300 --scale 1,4"), Now);

        var one = BenchRunner.Feed(options, scale: 1, availableDays: 61);
        var four = BenchRunner.Feed(options, scale: 4, availableDays: 61);

        Assert.Equal(2000, one.Pupils);
        Assert.Equal(8000, four.Pupils);
        Assert.True(BenchFeedSizing.Estimate(one) >= 330_000);
        Assert.True(BenchFeedSizing.Estimate(four) >= 330_000);
        Assert.True(four.Days < one.Days);
    }
}
