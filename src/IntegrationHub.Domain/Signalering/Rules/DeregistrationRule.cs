using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// A deregistration without a destination school, unless the pupil is enrolled again on or after that date.
/// Subclasses choose the regimes and the recipient.
/// </summary>
internal abstract class DeregistrationRule : ISignaleringRule
{
    public abstract string Name { get; }

    protected abstract SignalKind Kind { get; }

    protected abstract SignalRecipient Recipient { get; }

    public abstract bool IsEnabled(RuleSettings settings);

    public ChangeKinds Reads => ChangeKinds.Deregistration | ChangeKinds.Periods | ChangeKinds.Profile;

    protected abstract bool Applies(Regime regime);

    /// <summary>Calendar days from the deregistration to the melding's deadline, or null without one.</summary>
    protected virtual int? DueDays(RuleSettings settings) => null;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var signals = new List<Signal>();
        foreach (var d in timeline.State.Deregistrations.Where(d => d.Destination is null))
        {
            var regime = timeline.RegimeAt(d.DeregisteredOn.AddDays(-1));
            if (!Applies(regime) || EnrolledAgain(timeline.State, d))
            {
                continue;
            }

            signals.Add(new Signal
            {
                SignalId = SignalIds.For(Name, timeline.Pupil, d.DeregisteredOn),
                Kind = Kind,
                Rule = Name,
                Recipient = Recipient,
                Pupil = timeline.Pupil,
                School = timeline.School,
                Regime = regime,
                Begindatum = d.DeregisteredOn,
                TriggeredOn = d.DeregisteredOn,
                DueDate = DueDays(timeline.Settings) is { } days ? d.DeregisteredOn.AddDays(days) : null,
                Woongemeente = timeline.ProfileAt(d.DeregisteredOn).Woongemeente,
                BasedOnDates = [d.DeregisteredOn],
            });
        }

        return new RuleOutcome(signals.DistinctBy(s => s.SignalId).ToList(), _ => true);
    }

    private static bool EnrolledAgain(PupilState state, DeregistrationFact d) =>
        state.Profile.Any(p => p.EnrolledOn is { } on && on >= d.DeregisteredOn);
}
