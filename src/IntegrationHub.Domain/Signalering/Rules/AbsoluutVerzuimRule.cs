using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>Absoluut verzuim: a leerplichtig or kwalificatieplichtig pupil deregistered without a destination. To leerplicht.</summary>
internal sealed class AbsoluutVerzuimRule : DeregistrationRule
{
    public override string Name => "absoluut-verzuim";

    protected override SignalKind Kind => SignalKind.AbsoluutVerzuim;

    protected override SignalRecipient Recipient => SignalRecipient.Leerplicht;

    public override bool IsEnabled(RuleSettings settings) => settings.AbsoluutVerzuim.Enabled;

    protected override bool Applies(Regime regime) => regime is Regime.Leerplicht or Regime.Kwalificatieplicht;

    protected override int? DueDays(RuleSettings settings) => settings.AbsoluutVerzuim.DueDays;
}
