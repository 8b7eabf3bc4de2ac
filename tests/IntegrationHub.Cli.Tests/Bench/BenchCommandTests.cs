using IntegrationHub.Cli.Bench;
using IntegrationHub.Cli.Commands;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class BenchCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 30, 5, TimeSpan.Zero);

    [Fact]
    public void Should_read_every_option_when_all_are_given()
    {
        var parsed = BenchCommand.Create().Parse("--pupils 200 --days 2 --seed 9 --schools 4 --database db1 --vhost vh1 --out out/x --worker w.dll --timeout 60");

        Assert.Empty(parsed.Errors);
        var options = BenchCommand.Read(parsed, Now);
        Assert.Equal(new BenchFeedSettings(200, 2, 9, 4), options.Feed);
        Assert.Equal("db1", options.Database);
        Assert.Equal("vh1", options.VirtualHost);
        Assert.Equal(Path.GetFullPath("out/x"), options.Output.FullName);
        Assert.Equal("w.dll", options.WorkerDll.Name);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
    }

    [Fact]
    public void Should_use_the_defaults_when_no_option_is_given()
    {
        var options = BenchCommand.Read(BenchCommand.Create().Parse(string.Empty), Now);

        Assert.Equal(new BenchFeedSettings(1000, 5, 1, 10), options.Feed);
        Assert.Null(options.Database);
        Assert.Null(options.VirtualHost);
        Assert.Equal(Path.GetFullPath(Path.Combine("artifacts", "bench", "20261201-103005")), options.Output.FullName);
        Assert.Equal(Path.GetFullPath(BenchOptions.DefaultWorkerDll), options.WorkerDll.FullName);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Timeout);
    }

    [Fact]
    public void Should_report_an_error_when_an_option_is_not_a_number()
    {
        Assert.NotEmpty(BenchCommand.Create().Parse("--pupils many").Errors);
    }

    [Theory]
    [InlineData("--pupils 0", "--pupils, --days and --schools must be at least 1")]
    [InlineData("--pupils 3 --schools 4", "--schools must not exceed --pupils")]
    [InlineData("--pupils 9001", "--pupils: at most 9,000 (the test BSN block)")]
    public void Should_refuse_options_that_cannot_run(string arguments, string problem)
    {
        var options = BenchCommand.Read(BenchCommand.Create().Parse(arguments), Now);

        Assert.Equal(problem, BenchCommand.Invalid(options));
    }
}
