using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>Voortijdig schoolverlaten: a pupil 18-23 without startkwalificatie deregistered without a new school. To RMC.</summary>
internal sealed class VoortijdigSchoolverlatenRule : DeregistrationRule
{
    public override string Name => "voortijdig-schoolverlaten";

    protected override SignalKind Kind => SignalKind.VoortijdigSchoolverlaten;

    protected override SignalRecipient Recipient => SignalRecipient.Rmc;

    public override bool IsEnabled(RuleSettings settings) => settings.Rmc.Enabled && settings.Rmc.ReportVoortijdigSchoolverlaten;

    protected override bool Applies(Regime regime) => regime == Regime.Rmc;
}
