using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class ProcessStatsTests
{
    [Fact]
    public void Should_read_vmhwm_in_bytes_when_parsing_proc_status()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 3000000 kB\nVmHWM:\t  184320 kB\nVmRSS:\t  150000 kB\n";

        Assert.Equal(184_320L * 1024, ProcessStats.ParsePeakRss(status));
    }

    [Fact]
    public void Should_add_user_and_system_ticks_when_parsing_proc_stat_with_a_spaced_name()
    {
        // Fields 14 (utime) = 1234 and 15 (stime) = 266 ticks; the name holds a space and a parenthesis.
        const string stat = "4242 (dotnet (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 266 0 0 20 0 20 0 5000 0 0";

        Assert.Equal(TimeSpan.FromSeconds(15), ProcessStats.ParseCpuTime(stat));
    }
}
