using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// Counting inside a rolling window of N school weeks (holiday weeks neither count nor break it). Scans forward
/// from the anchor (the day after the last signal's einddatum before the affected date) or from one window before
/// the affected date, whichever is later; a trigger closes the window: begindatum = the first day counted,
/// einddatum = the trigger day, and counting starts again the day after. Two signals are at least
/// <see cref="MinDaysBetween"/> calendar days apart (continuous absence).
/// </summary>
internal abstract class WindowAccumulationRule : ISignaleringRule
{
    public abstract string Name { get; }

    protected abstract SignalKind Kind { get; }

    public abstract bool IsEnabled(RuleSettings settings);

    public ChangeKinds Reads => ChangeKinds.Attendance | ChangeKinds.Lateness | ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    protected abstract int WindowWeeks(RuleSettings settings);

    protected abstract int MinDaysBetween(RuleSettings settings);

    protected abstract bool Counts(Regime regime, RuleSettings settings);

    /// <summary>Whether reported luxe verzuim hours are left out of this rule's count and figures.</summary>
    protected virtual bool ExcludesLuxe(RuleSettings settings) => false;

    protected virtual bool Contributes(DayTotals day, RuleSettings settings) =>
        day.OngeoorloofdCountable - (ExcludesLuxe(settings) && day.LuxeIsReported ? day.LuxeCountable : 0) > 0;

    protected abstract bool IsTriggered(WindowTotals totals, RuleSettings settings);

    /// <summary>Fills recipient, soort, due date and criterion of a signal with the common parts already set.</summary>
    protected abstract Signal Complete(Signal signal, Timeline timeline);

    protected virtual IEnumerable<string> RecordIds(DayTotals day) => day.OngeoorloofdRecordIds;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var settings = timeline.Settings;
        var weeks = WindowWeeks(settings);
        var anchor = owned.Where(s => s.Einddatum < from).MaxBy(s => s.Einddatum);
        DateOnly? lastEnd = anchor?.Einddatum;
        var start = Max(timeline.Calendar.WindowStart(from, weeks), timeline.HorizonStart);
        if (lastEnd is { } end && end.AddDays(1) > start)
        {
            start = end.AddDays(1);
        }

        var signals = new List<Signal>();
        var window = new Queue<(int Time, DayTotals Day)>();
        var totals = new WindowTotals();
        for (var date = start; date <= timeline.MaxDate; date = date.AddDays(1))
        {
            if (timeline.Calendar.SchoolTime(date) is not { } time || !timeline.Calendar.IsSchoolDay(date))
            {
                continue;
            }

            while (window.Count > 0 && window.Peek().Time <= time - (weeks * 7))
            {
                totals.Remove(window.Dequeue().Day);
            }

            var day = timeline.Day(date);
            if (Counts(day.Regime, settings) && Contributes(day, settings))
            {
                window.Enqueue((time, day));
                totals.Add(day);
            }

            // Before the affected date nothing changed and nothing triggered (the last signal there is the anchor);
            // those days only fill the window. Skipping triggers there also keeps non-monotone rules exact.
            if (date < from || window.Count == 0 || !IsTriggered(totals, settings)
                || (lastEnd is { } previous && date < previous.AddDays(MinDaysBetween(settings))))
            {
                continue;
            }

            signals.Add(Build(timeline, [.. window.Select(w => w.Day)], totals, day, lastEnd));
            window.Clear();
            totals = new WindowTotals();
            lastEnd = date;
        }

        return new RuleOutcome(signals, s => s.Einddatum >= from);
    }

    private Signal Build(Timeline timeline, List<DayTotals> days, WindowTotals totals, DayTotals last, DateOnly? previousEnd)
    {
        var begin = days[0].Date;
        var exclude = ExcludesLuxe(timeline.Settings);
        var signal = new Signal
        {
            SignalId = SignalIds.For(Name, timeline.Pupil, begin, last.Date),
            Kind = Kind,
            Rule = Name,
            Recipient = SignalRecipient.School,
            Pupil = timeline.Pupil,
            School = timeline.School,
            Regime = last.Regime,
            Begindatum = begin,
            Einddatum = last.Date,
            TriggeredOn = last.Date,
            VerzuimUren = HourCounting.Hours(totals.OngeoorloofdCountable - (exclude ? totals.LuxeCountable : 0)),
            VerzuimMinuten = totals.OngeoorloofdMinutes - (exclude ? totals.LuxeMinutes : 0),
            VerzuimDagen = days.Count,
            IsVervolgmelding = previousEnd is { } p && SchoolYear.StartYearOf(p) == SchoolYear.StartYearOf(begin),
            Woongemeente = last.Woongemeente,
            BasedOnRecordIds = [.. days.SelectMany(d => exclude && d.LuxeIsReported ? RecordIds(d).Except(d.LuxeRecordIds) : RecordIds(d))],
            BasedOnDates = [.. days.Select(d => d.Date)],
        };
        return Complete(signal, timeline);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
