using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// "16 uur in 4 weken": at least 16 hours ongeoorloofd (absence and, by default, unexcused lateness) within 4
/// consecutive school weeks, for leerplicht and kwalificatieplicht (RMC regime only when the 18+ setting is on).
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

    protected override bool IsTriggered(WindowTotals totals, RuleSettings settings) =>
        totals.OngeoorloofdCountable >= settings.Melding16Uur.ThresholdHours * 60m;

    protected override Signal Complete(Signal signal, Timeline timeline) => signal with
    {
        Recipient = SignalRecipient.Leerplicht,
        SoortVerzuim = VermoedelijkeSoortVerzuim.OngeoorloofdVerzuim16UurIn4Lesweken,
        DueDate = timeline.Calendar.AddWorkingDays(signal.Einddatum!.Value, timeline.Settings.Melding16Uur.DueWorkingDays),
    };
}
