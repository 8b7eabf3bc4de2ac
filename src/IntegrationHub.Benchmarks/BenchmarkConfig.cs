using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// In process (no generated project, so no restore and nothing fetched: runs offline), a short job because the
/// machine is shared and noisy. Pass <c>--job default</c> etc. on the command line for longer runs.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.DisableLogFile);
}
