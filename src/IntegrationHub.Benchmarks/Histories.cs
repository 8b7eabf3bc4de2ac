using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// The histories the benchmarks start from (vo pupil, regio Midden, all ending Friday 12 June 2026) and the events
/// measured on top of them: the first seven registrations of each school day of the next week (15-19 June 2026).
/// </summary>
internal static class Histories
{
    public const int MeasuredEvents = 35;

    public static readonly string[] Names = ["week", "term", "year"];

    /// <summary>Folding on, as the worker is meant to run (a week of registrations in full).</summary>
    public static SignaleringContext Context { get; } =
        new(HistoryGenerator.Calendar, RuleSettings.Default) { DetailDays = SignaleringContext.RecommendedDetailDays };

    private static readonly DateOnly End = new(2026, 6, 15);

    public static DateOnly From(string history) => history switch
    {
        "week" => new DateOnly(2026, 6, 8),
        "term" => new DateOnly(2026, 3, 16),
        "year" => new DateOnly(2025, 9, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(history), history, "week, term or year"),
    };

    /// <summary>One pupil: the state after the history, as the worker stores it (JSON), and the measured events.</summary>
    public static (string Json, PupilEvent[] Measured, int HistoryEvents) Pupil(string history, int index)
    {
        var pupil = $"P{index:D3}";
        var generator = new HistoryGenerator(seed: 42 + index);
        var events = generator.Enrolment(pupil).Concat(generator.Days(pupil, new DateOnly(2025, 9, 1), End))
            .Where(e => e is not AttendanceRecorded a || a.Date >= From(history))
            .ToList();
        PupilState? state = null;
        foreach (var e in events)
        {
            state = SignaleringEngine.Apply(state, e, Context, e.OccurredAt).State;
        }

        var next = generator.Days(pupil, End, End.AddDays(5)).OfType<AttendanceRecorded>()
            .GroupBy(a => a.Date)
            .SelectMany(day => day.Take(MeasuredEvents / 5))
            .ToArray<PupilEvent>();
        return (PupilStateCodec.Write(state!), next, events.Count);
    }
}
