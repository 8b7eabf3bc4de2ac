using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// Runs of consecutive school days that match (weekends, holidays and days off neither count nor break a run).
/// Re-evaluates from the start of the run that reaches into the affected date. A run that reaches the latest known
/// date is ongoing (no einddatum yet); while ongoing its figures are those at the trigger, so the signal does not
/// change every day; once it ends the einddatum and final figures are set (an update).
/// </summary>
internal abstract class ConsecutiveRunRule : ISignaleringRule
{
    public abstract string Name { get; }

    public abstract bool IsEnabled(RuleSettings settings);

    /// <summary>Attendance-based by default; MAZL reads sickness only.</summary>
    public virtual ChangeKinds Reads => ChangeKinds.Attendance | ChangeKinds.Lateness | ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    protected virtual bool FreezeAtTrigger => true;

    /// <summary>The days a signal reports: all of an ended run; of an ongoing run those up to the trigger when frozen.</summary>
    protected IReadOnlyList<DayTotals> Reported(AbsenceRun run, bool ended) =>
        ended || !FreezeAtTrigger ? run.Days : run.Days.Take(run.DaysAtTrigger).ToList();

    protected abstract bool Matches(DayTotals day, Timeline timeline);

    protected abstract bool IsTriggered(AbsenceRun run, Timeline timeline);

    protected abstract Signal Build(AbsenceRun run, bool ended, Timeline timeline);

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var calendar = timeline.Calendar;
        var scanStart = from < timeline.HorizonStart ? timeline.HorizonStart : from;
        while (calendar.PreviousSchoolDay(scanStart) is { } previous && previous >= timeline.HorizonStart
            && Matches(timeline.Day(previous), timeline))
        {
            scanStart = previous;
        }

        var signals = new List<Signal>();
        AbsenceRun? run = null;
        for (var date = scanStart; date <= timeline.MaxDate; date = date.AddDays(1))
        {
            if (!calendar.IsSchoolDay(date))
            {
                continue;
            }

            var day = timeline.Day(date);
            if (!Matches(day, timeline))
            {
                Close(run, ended: true, timeline, signals);
                run = null;
                continue;
            }

            run ??= new AbsenceRun(day);
            run.Last = day;
            run.SchoolDays++;
            run.Days.Add(day);
            if (run.Trigger is null && IsTriggered(run, timeline))
            {
                run.Trigger = day;
                run.DaysAtTrigger = run.Days.Count;
            }
        }

        Close(run, ended: false, timeline, signals);
        return new RuleOutcome(signals, s => s.Begindatum >= scanStart);
    }

    private void Close(AbsenceRun? run, bool ended, Timeline timeline, List<Signal> signals)
    {
        if (run?.Trigger is null)
        {
            return;
        }

        signals.Add(Build(run, ended, timeline));
    }

    protected Signal Common(AbsenceRun run, Timeline timeline, SignalKind kind, SignalRecipient recipient, IReadOnlyList<DayTotals> days) => new()
    {
        SignalId = SignalIds.For(Name, timeline.Pupil, run.First.Date),
        Kind = kind,
        Rule = Name,
        Recipient = recipient,
        Pupil = timeline.Pupil,
        School = timeline.School,
        Regime = run.First.Regime,
        Begindatum = run.First.Date,
        TriggeredOn = run.Trigger!.Date,
        VerzuimUren = HourCounting.Hours(days.Sum(d => d.OngeoorloofdCountable)),
        VerzuimMinuten = days.Sum(d => d.OngeoorloofdMinutes),
        VerzuimDagen = days.Count,
        Woongemeente = run.First.Woongemeente,
        BasedOnRecordIds = [.. days.SelectMany(d => d.OngeoorloofdRecordIds)],
        BasedOnDates = [.. days.Select(d => d.Date)],
    };
}
