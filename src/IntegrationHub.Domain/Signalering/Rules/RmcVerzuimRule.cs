using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// RMC (WEB 8.1.8a): a pupil 18-23 without startkwalificatie absent without valid reason (whole school days)
/// continuously for at least four weeks of lestijd (<see cref="RmcSettings.SchoolWeeks"/>): the school time from the
/// first to the latest absent day, both inclusive, spans at least that many school weeks. Weekends and holiday weeks
/// neither count nor break the run (domain.md section 4), so with the default a run from a Monday triggers on the
/// Monday four school weeks later.
/// </summary>
internal sealed class RmcVerzuimRule : ConsecutiveRunRule
{
    public override string Name => "rmc-verzuim";

    public override bool IsEnabled(RuleSettings settings) => settings.Rmc.Enabled;

    protected override bool Matches(DayTotals day, Timeline timeline) =>
        day.IsFullDayOngeoorloofd && day.Regime == Regime.Rmc;

    protected override bool IsTriggered(AbsenceRun run, Timeline timeline) =>
        timeline.Calendar.SchoolTime(run.Last.Date) - timeline.Calendar.SchoolTime(run.First.Date) + 1
            >= timeline.Settings.Rmc.SchoolWeeks * 7;

    protected override Signal Build(AbsenceRun run, bool ended, Timeline timeline) =>
        Common(run, timeline, SignalKind.RmcVerzuim, SignalRecipient.Rmc, Reported(run, ended)) with
        {
            Einddatum = ended ? run.Last.Date : null,
            DueDate = timeline.Calendar.AddWorkingDays(run.Trigger!.Date, timeline.Settings.Melding16Uur.DueWorkingDays),
            SoortVerzuim = VermoedelijkeSoortVerzuim.OngeoorloofdVerzuimEenMaandOfLanger,
        };
}
