using System.Globalization;

namespace IntegrationHub.Cli.Bench;

/// <summary>Peak resident memory (VmHWM), CPU time (utime + stime) and current resident memory (VmRSS) of a Linux process, read from /proc.</summary>
public sealed record ProcessStats(long PeakRssBytes, TimeSpan CpuTime)
{
    /// <summary>Resident memory now (VmRSS), in bytes: what the soak reports every minute.</summary>
    public long RssBytes { get; init; }

    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ; 100 on every mainstream Linux).</summary>
    public const int TicksPerSecond = 100;

    public static ProcessStats? Read(int pid)
    {
        try
        {
            var status = File.ReadAllText($"/proc/{pid}/status");
            return new ProcessStats(ParsePeakRss(status), ParseCpuTime(File.ReadAllText($"/proc/{pid}/stat"))) { RssBytes = ParseRss(status) };
        }
        catch (IOException)
        {
            return null; // the process has exited
        }
    }

    /// <summary>VmHWM from /proc/&lt;pid&gt;/status ("VmHWM:    181234 kB"), in bytes.</summary>
    public static long ParsePeakRss(string status) => ParseKilobytes(status, "VmHWM:");

    /// <summary>VmRSS from /proc/&lt;pid&gt;/status ("VmRSS:    150000 kB"), in bytes.</summary>
    public static long ParseRss(string status) => ParseKilobytes(status, "VmRSS:");

    private static long ParseKilobytes(string status, string field)
    {
        ArgumentNullException.ThrowIfNull(status);
        var line = status.Split('\n').First(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>utime + stime (fields 14 and 15) of /proc/&lt;pid&gt;/stat; the command name in field 2 may hold spaces.</summary>
    public static TimeSpan ParseCpuTime(string stat)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state), so field n is fields[n - 3].
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / TicksPerSecond);
    }
}
