using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>"Beginnend verzuim" below the norm: by default 8 hours ongeoorloofd in 4 school weeks. School only.</summary>
internal sealed class BeginnendVerzuimRule : WindowAccumulationRule
{
    public override string Name => "beginnend-verzuim";

    protected override SignalKind Kind => SignalKind.BeginnendVerzuim;

    public override bool IsEnabled(RuleSettings settings) => settings.BeginnendVerzuim.Enabled;

    protected override int WindowWeeks(RuleSettings settings) => settings.BeginnendVerzuim.WindowSchoolWeeks;

    protected override int MinDaysBetween(RuleSettings settings) => settings.Melding16Uur.MinDaysBetweenMeldingen;

    protected override bool Counts(Regime regime, RuleSettings settings) => regime != Regime.Vrijgesteld;

    protected override bool IsTriggered(WindowTotals totals, RuleSettings settings) =>
        totals.OngeoorloofdCountable >= settings.BeginnendVerzuim.ThresholdHours * 60m;

    protected override Signal Complete(Signal signal, Timeline timeline) => signal with
    {
        Recipient = SignalRecipient.School,
        SoortVerzuim = VermoedelijkeSoortVerzuim.BeginnendVerzuim,
        Criterion = "beginnend-verzuim",
    };
}
