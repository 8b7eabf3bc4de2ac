using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// Luxe verzuim: absence registered with reason LuxeVerzuim on a school day not covered by granted leave, any length;
/// consecutive days form one melding (einddatum set once the pupil is back). Leerplicht and kwalificatieplicht.
/// Absence merely adjacent to a holiday is not inferred to be luxe verzuim: the school's reason decides.
/// </summary>
internal sealed class LuxeVerzuimRule : ConsecutiveRunRule
{
    public override string Name => "luxe-verzuim";

    public override bool IsEnabled(RuleSettings settings) => settings.LuxeVerzuim.Enabled;

    protected override bool FreezeAtTrigger => false;

    protected override bool Matches(DayTotals day, Timeline timeline) =>
        day.IsLuxeDay && day.Regime is Regime.Leerplicht or Regime.Kwalificatieplicht;

    protected override bool IsTriggered(AbsenceRun run, Timeline timeline) => true;

    protected override Signal Build(AbsenceRun run, bool ended, Timeline timeline) =>
        Common(run, timeline, SignalKind.LuxeVerzuim, SignalRecipient.Leerplicht, Reported(run, ended)) with
        {
            Einddatum = ended ? run.Last.Date : null,
            DueDate = timeline.Calendar.AddWorkingDays(run.First.Date, timeline.Settings.Melding16Uur.DueWorkingDays),
            SoortVerzuim = VermoedelijkeSoortVerzuim.LuxeVerzuim,
        };
}
