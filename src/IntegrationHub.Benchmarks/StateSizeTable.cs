using System.Globalization;
using System.Text;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Benchmarks;

/// <summary>The stored state per history length (deterministic, so printed once, not measured): JSON bytes and kept facts.</summary>
internal static class StateSizeTable
{
    public static string Build()
    {
        var text = new StringBuilder();
        text.AppendLine("| history | events | state JSON bytes | bytes without signals | kept registrations | folded days | signals | bytes / week's |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        double? week = null;
        foreach (var name in Histories.Names)
        {
            var (json, _, count) = Histories.Pupil(name, 0);
            var state = PupilStateCodec.Read(json);
            var bytes = Encoding.UTF8.GetByteCount(json);
            var signals = state.Signals.Count;
            week ??= bytes;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {count} | {bytes} | {WithoutSignals(state)} | {state.Registrations.Count} | {state.FoldedDays.Count} | {signals} | {bytes / week.Value:F2} |"));
        }

        return text.ToString();
    }

    private static int WithoutSignals(PupilState state)
    {
        state.Signals = [];
        return Encoding.UTF8.GetByteCount(PupilStateCodec.Write(state));
    }
}
