using System.Diagnostics;
using System.Text.Json;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// Measures the cost of <see cref="SignaleringEngine.Apply"/> per event on top of a given history: builds the state
/// from the history, makes many copies (through JSON, outside the timing, then promoted to the old GC generation),
/// then times applying the same next school week of events to every copy. Rounds of the two histories alternate so
/// that noise from other processes hits both; the fastest round of each is reported (the least disturbed one).
/// </summary>
internal sealed class ApplyBenchmark(SignaleringContext context)
{
    public static SignaleringContext DefaultContext { get; } = new(HistoryGenerator.Calendar, RuleSettings.Default);

    public (double Short, double Long) Compare(List<PupilEvent> shortHistory, List<PupilEvent> longHistory, List<PupilEvent> measured, int copies, int rounds)
    {
        var shortJson = JsonSerializer.Serialize(Replay(shortHistory, null));
        var longJson = JsonSerializer.Serialize(Replay(longHistory, null));
        var best = (Short: double.MaxValue, Long: double.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            best.Short = Math.Min(best.Short, Round(shortJson, measured, copies));
            best.Long = Math.Min(best.Long, Round(longJson, measured, copies));
        }

        return best;
    }

    private double Round(string json, List<PupilEvent> measured, int copies)
    {
        // The first day of the measured week warms each copy (its per-day caches start empty after deserialising),
        // as in a long-running process; the other days are timed.
        var firstDay = measured.OfType<AttendanceRecorded>().Min(a => a.Date);
        var warmUp = measured.Where(e => e is AttendanceRecorded a && a.Date == firstDay).ToList();
        var timed = measured.Except(warmUp).ToList();
        var states = Enumerable.Range(0, copies).Select(_ => Replay(warmUp, JsonSerializer.Deserialize<PupilState>(json)!)).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var stopwatch = Stopwatch.StartNew();
        foreach (var copy in states)
        {
            Replay(timed, copy);
        }

        stopwatch.Stop();
        return stopwatch.Elapsed.TotalNanoseconds / (copies * (double)timed.Count);
    }

    private PupilState Replay(List<PupilEvent> events, PupilState? state)
    {
        foreach (var e in events)
        {
            state = SignaleringEngine.Apply(state, e, context, e.OccurredAt).State;
        }

        return state!;
    }
}
