using System.Globalization;

namespace IntegrationHub.Cli.Bench;

/// <summary>Peak resident memory (VmHWM) and CPU time (utime + stime) of a Linux process, read from /proc.</summary>
public sealed record ProcessStats(long PeakRssBytes, TimeSpan CpuTime)
{
    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ; 100 on every mainstream Linux).</summary>
    public const int TicksPerSecond = 100;

    public static ProcessStats? Read(int pid)
    {
        try
        {
            return new ProcessStats(ParsePeakRss(File.ReadAllText($"/proc/{pid}/status")), ParseCpuTime(File.ReadAllText($"/proc/{pid}/stat")));
        }
        catch (IOException)
        {
            return null; // the process has exited
        }
    }

    /// <summary>VmHWM from /proc/&lt;pid&gt;/status ("VmHWM:    181234 kB"), in bytes.</summary>
    public static long ParsePeakRss(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var line = status.Split('\n').First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line["VmHWM:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
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
