using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// MAZL (vo/mbo): the 7th consecutive school day sick (sick report covering the day, or absence with reason Ziekte).
/// Weekends and holidays neither count nor break the run. To the school; einddatum = the day the criterion was met.
/// </summary>
internal sealed class MazlConsecutiveSickRule : ConsecutiveRunRule
{
    public override string Name => "mazl-aaneengesloten-ziek";

    public override bool IsEnabled(RuleSettings settings) => settings.Mazl.Enabled;

    public override ChangeKinds Reads => ChangeKinds.Attendance | ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    protected override bool Matches(DayTotals day, Timeline timeline) =>
        day.IsSickDay && day.Regime != Regime.Vrijgesteld && !MazlRules.IsPo(day.SchoolKind);

    protected override bool IsTriggered(AbsenceRun run, Timeline timeline) =>
        run.SchoolDays >= timeline.Settings.Mazl.ConsecutiveSchoolDays;

    protected override Signal Build(AbsenceRun run, bool ended, Timeline timeline)
    {
        var days = run.Days.Take(run.DaysAtTrigger).ToList();
        var criterion = $"{timeline.Settings.Mazl.ConsecutiveSchoolDays}e-aaneengesloten-schooldag-ziek";
        return MazlRules.Signal(timeline, Name, criterion, run.First.Date, run.Trigger!.Date, run.First.Date) with
        {
            VerzuimDagen = days.Count,
            VerzuimMinuten = days.Sum(d => d.SickMinutes),
            VerzuimUren = HourCounting.Hours(days.Sum(d => d.SickCountable)),
            BasedOnRecordIds = [.. days.SelectMany(d => d.SickRecordIds).Distinct()],
            BasedOnDates = [.. days.Select(d => d.Date)],
        };
    }
}
