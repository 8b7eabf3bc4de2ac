using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// The school's lateness ladder: a step at the Nth unexcused late arrival of a school year (default 3, 6, 9, 12).
/// Feedback to the school only. Re-evaluates the school years from the affected date on (late arrivals on folded
/// days come from their snapshots; the first ones of the school year are kept for this).
/// </summary>
internal sealed class LatenessLadderRule : ISignaleringRule
{
    public string Name => "ladder-te-laat";

    public bool IsEnabled(RuleSettings settings) => settings.Ladder.Enabled;

    public ChangeKinds Reads => ChangeKinds.Lateness | ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var first = SchoolYear.StartYearOf(from < timeline.HorizonStart ? timeline.HorizonStart : from);
        var signals = new List<Signal>();
        var lateDates = timeline.State.LateArrivals.Values
            .Concat(timeline.State.FoldedDays.Where(d => d.LateCount > 0).Select(d => d.Date))
            .Where(d => d >= timeline.HorizonStart && SchoolYear.StartYearOf(d) >= first)
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
