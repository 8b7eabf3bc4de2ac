using System.Globalization;

namespace IntegrationHub.Cli.Bench;

/// <summary>Progress as plain lines (stdout is not a terminal): a line when a step starts, then at most one every 5 seconds, and when it completes.</summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider time) : IBenchProgress
{
    private readonly Dictionary<string, (DateTimeOffset At, bool Done)> _last = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Report(string step, double value, double total)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var done = value >= total;
            if (_last.TryGetValue(step, out var last) && (last.Done || (!done && now - last.At < TimeSpan.FromSeconds(5))))
            {
                return;
            }

            _last[step] = (now, done);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-34} {value,10:N0} / {total:N0}"));
        }
    }
}
