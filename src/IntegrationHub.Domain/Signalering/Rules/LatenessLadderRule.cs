using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// The school's lateness ladder: a step at the Nth unexcused late arrival of a school year (default 3, 6, 9, 12).
/// Feedback to the school only. Re-evaluates the school years from the affected date on (late arrivals on folded
/// days come from their snapshots; the first ones of the school year are kept for this until the year is settled).
/// A school year is settled once its highest step was reached before the detail boundary: every step rests on the
/// first late arrivals of the year, which then lie behind the boundary, where only a history replay can change them.
/// Its signals stay as they are, and folding no longer keeps its first late arrivals.
/// </summary>
internal sealed class LatenessLadderRule : ISignaleringRule
{
    public const string RuleName = "ladder-te-laat";

    public string Name => RuleName;

    /// <summary>
    /// The ladder signals (<paramref name="owned"/>) of a settled school year (see the class summary), or null when the
    /// year can still change: nothing folded, no steps, or the highest step not reached before the detail boundary.
    /// </summary>
    public static IReadOnlyList<Signal>? SettledYear(PupilState state, IReadOnlyList<Signal> owned, RuleSettings settings, int schoolYear)
    {
        var top = settings.Ladder.Steps.DefaultIfEmpty(0).Max();
        if (state.DetailFrom is not { } boundary || top <= 0)
        {
            return null;
        }

        var topId = SignalIds.For(RuleName, state.Pupil, SchoolYear.LabelOf(SchoolYear.FirstDay(schoolYear)), top);
        var year = owned.Where(s => SchoolYear.StartYearOf(s.Begindatum) == schoolYear).ToList();
        return year.Find(s => s.SignalId == topId) is { } highest && highest.Einddatum < boundary ? year : null;
    }

    public bool IsEnabled(RuleSettings settings) => settings.Ladder.Enabled;

    public ChangeKinds Reads => ChangeKinds.Lateness | ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var first = SchoolYear.StartYearOf(from < timeline.HorizonStart ? timeline.HorizonStart : from);
        var signals = new List<Signal>();
        var settled = new HashSet<int>();
        foreach (var year in owned.Select(s => SchoolYear.StartYearOf(s.Begindatum)).Where(y => y >= first).Distinct())
        {
            if (SettledYear(timeline.State, owned, timeline.Settings, year) is { } kept)
            {
                signals.AddRange(kept);
                settled.Add(year);
            }
        }

        var lateDates = timeline.State.LateArrivals.Values
            .Concat(timeline.State.FoldedDays.Where(d => d.LateCount > 0).Select(d => d.Date))
            .Where(d => d >= timeline.HorizonStart && SchoolYear.StartYearOf(d) >= first && !settled.Contains(SchoolYear.StartYearOf(d)))
            .Distinct()
            .Order()
            .GroupBy(SchoolYear.StartYearOf);
        foreach (var year in lateDates)
        {
            var arrivals = new List<(DateOnly Date, string RecordId)>();
            foreach (var date in year)
            {
                var day = timeline.Day(date);
                arrivals.AddRange(day.LateRecordIds.Select(id => (date, id)));
            }

            foreach (var step in timeline.Settings.Ladder.Steps.Where(s => s > 0 && s <= arrivals.Count))
            {
                var basis = arrivals.Take(step).ToList();
                signals.Add(new Signal
                {
                    SignalId = SignalIds.For(Name, timeline.Pupil, SchoolYear.LabelOf(basis[0].Date), step),
                    Kind = SignalKind.LadderStap,
                    Rule = Name,
                    Recipient = SignalRecipient.School,
                    Pupil = timeline.Pupil,
                    School = timeline.School,
                    Regime = timeline.RegimeAt(basis[^1].Date),
                    Begindatum = basis[0].Date,
                    Einddatum = basis[^1].Date,
                    TriggeredOn = basis[^1].Date,
                    VerzuimDagen = basis.Select(b => b.Date).Distinct().Count(),
                    Criterion = $"te-laat-trede-{step}",
                    BasedOnRecordIds = [.. basis.Select(b => b.RecordId)],
                    BasedOnDates = [.. basis.Select(b => b.Date)],
                });
            }
        }

        return new RuleOutcome(signals, s => SchoolYear.StartYearOf(s.Begindatum) >= first);
    }
}
