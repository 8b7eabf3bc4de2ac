using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// "16 uur in 4 weken": at least 16 hours ongeoorloofd (absence and, by default, unexcused lateness) within 4
/// consecutive school weeks, for leerplicht and kwalificatieplicht (RMC regime only when the 18+ setting is on).
/// Hours reported as luxe verzuim are not reported again (see <see cref="IsTriggered"/>).
/// Due 5 working days after the einddatum.
/// </summary>
internal sealed class Melding16UurRule : WindowAccumulationRule
{
    public override string Name => "melding-16-uur";

    protected override SignalKind Kind => SignalKind.Melding16Uur;

    public override bool IsEnabled(RuleSettings settings) => settings.Melding16Uur.Enabled;

    protected override int WindowWeeks(RuleSettings settings) => settings.Melding16Uur.WindowSchoolWeeks;

    protected override int MinDaysBetween(RuleSettings settings) => settings.Melding16Uur.MinDaysBetweenMeldingen;

    protected override bool Counts(Regime regime, RuleSettings settings) =>
        regime is Regime.Leerplicht or Regime.Kwalificatieplicht
        || (regime == Regime.Rmc && settings.Melding16Uur.IncludeEighteenPlus);

    protected override bool ExcludesLuxe(RuleSettings settings) =>
        settings.LuxeVerzuim.Enabled && settings.Melding16Uur.LuxeHours == LuxeVerzuimHours.Exclude;

    /// <summary>
    /// One episode, one melding (domain.md section 4): hours already reported as luxe verzuim (luxe rule on) never
    /// make a 16-uur melding on their own. By default they count only together with other ongeoorloofde hours in the
    /// window; with <see cref="LuxeVerzuimHours.Exclude"/> they are left out of the count.
    /// </summary>
    protected override bool IsTriggered(WindowTotals totals, RuleSettings settings)
    {
        var threshold = settings.Melding16Uur.ThresholdHours * 60m;
        var luxe = settings.LuxeVerzuim.Enabled ? totals.LuxeCountable : 0;
        return ExcludesLuxe(settings)
            ? totals.OngeoorloofdCountable - luxe >= threshold
            : totals.OngeoorloofdCountable >= threshold && totals.OngeoorloofdCountable - luxe > 0;
    }

    protected override Signal Complete(Signal signal, Timeline timeline) => signal with
    {
        Recipient = SignalRecipient.Leerplicht,
        SoortVerzuim = VermoedelijkeSoortVerzuim.OngeoorloofdVerzuim16UurIn4Lesweken,
        DueDate = timeline.Calendar.AddWorkingDays(signal.Einddatum!.Value, timeline.Settings.Melding16Uur.DueWorkingDays),
    };
}
