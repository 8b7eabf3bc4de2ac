using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// Langdurig relatief verzuim: whole school days ongeoorloofd absent (a day counts when the lessons scheduled that
/// day were missed, however few: ongeoorloofd absence, no presence, nothing authorised, no lateness; domain.md
/// section 4), without interruption, for more than 4 school
/// weeks (school time, so holiday weeks neither count nor break it); leerplicht and kwalificatieplicht. Triggers on the
/// first school day past 4 weeks; the einddatum follows when the pupil is back.
/// </summary>
internal sealed class LangdurigRelatiefVerzuimRule : ConsecutiveRunRule
{
    public override string Name => "langdurig-relatief-verzuim";

    public override bool IsEnabled(RuleSettings settings) => settings.LangdurigVerzuim.Enabled;

    protected override bool Matches(DayTotals day, Timeline timeline) =>
        day.IsFullDayOngeoorloofd && day.Regime is Regime.Leerplicht or Regime.Kwalificatieplicht;

    protected override bool IsTriggered(AbsenceRun run, Timeline timeline) =>
        timeline.Calendar.SchoolTime(run.Last.Date) - timeline.Calendar.SchoolTime(run.First.Date)
            >= timeline.Settings.LangdurigVerzuim.Weeks * 7;

    protected override Signal Build(AbsenceRun run, bool ended, Timeline timeline) =>
        Common(run, timeline, SignalKind.LangdurigRelatiefVerzuim, SignalRecipient.Leerplicht, Reported(run, ended)) with
        {
            Einddatum = ended ? run.Last.Date : null,
            DueDate = timeline.Calendar.AddWorkingDays(run.Trigger!.Date, timeline.Settings.Melding16Uur.DueWorkingDays),
            SoortVerzuim = VermoedelijkeSoortVerzuim.OngeoorloofdVerzuimEenMaandOfLanger,
        };
}
