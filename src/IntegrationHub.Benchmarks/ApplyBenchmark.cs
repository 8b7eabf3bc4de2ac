using System.Diagnostics;
using System.Text.Json;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// Measures the cost of <see cref="SignaleringEngine.Apply"/> per event on top of a given history: builds the state
/// from the history, makes many copies (through JSON, outside the timing), then times applying the same next school
/// week of events to every copy. Reports the median of several rounds in ns per event.
/// </summary>
internal sealed class ApplyBenchmark(SignaleringContext context)
{
    public static SignaleringContext DefaultContext { get; } = new(HistoryGenerator.Calendar, RuleSettings.Default);

    public double NanosecondsPerEvent(List<PupilEvent> history, List<PupilEvent> measured, int copies, int rounds)
    {
        var state = Replay(history, null);
        var json = JsonSerializer.Serialize(state);
        var samples = new List<double>();
        for (var round = 0; round < rounds + 2; round++)
        {
            var states = Enumerable.Range(0, copies).Select(_ => JsonSerializer.Deserialize<PupilState>(json)!).ToList();

            // Promote the copies to the old generation so the timing measures Apply, not the promotion of fresh copies.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var stopwatch = Stopwatch.StartNew();
            foreach (var copy in states)
            {
                Replay(measured, copy);
            }

            stopwatch.Stop();
            if (round >= 2)
            {
                samples.Add(stopwatch.Elapsed.TotalNanoseconds / (copies * (double)measured.Count));
            }
        }

        samples.Sort();
        return samples[samples.Count / 2];
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
