using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// In process (no generated project, so no restore and nothing fetched: runs offline), a short job (7 iterations of at least
/// 250 ms) because the machine is shared and noisy. Pass <c>--job default</c> etc. on the command line for longer runs.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithIterationCount(7)
                .WithId("ShortRun-InProcess"))
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.DisableLogFile);
}
