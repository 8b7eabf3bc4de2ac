using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// RMC: a pupil 18-23 without startkwalificatie absent without valid reason (whole school days) continuously for at
/// least the configured number of calendar days (default 28), from the first to the latest absent day.
/// </summary>
internal sealed class RmcVerzuimRule : ConsecutiveRunRule
{
    public override string Name => "rmc-verzuim";

    public override bool IsEnabled(RuleSettings settings) => settings.Rmc.Enabled;

    protected override bool Matches(DayTotals day, Timeline timeline) =>
        day.IsFullDayOngeoorloofd && day.Regime == Regime.Rmc;

    protected override bool IsTriggered(AbsenceRun run, Timeline timeline) =>
        run.Last.Date.DayNumber - run.First.Date.DayNumber + 1 >= timeline.Settings.Rmc.ContinuousCalendarDays;

    protected override Signal Build(AbsenceRun run, bool ended, Timeline timeline) =>
        Common(run, timeline, SignalKind.RmcVerzuim, SignalRecipient.Rmc, Reported(run, ended)) with
        {
            Einddatum = ended ? run.Last.Date : null,
            DueDate = timeline.Calendar.AddWorkingDays(run.Trigger!.Date, timeline.Settings.Melding16Uur.DueWorkingDays),
            SoortVerzuim = VermoedelijkeSoortVerzuim.OngeoorloofdVerzuimEenMaandOfLanger,
        };
}
