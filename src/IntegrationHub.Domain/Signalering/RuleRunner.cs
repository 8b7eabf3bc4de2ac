using IntegrationHub.Domain.Signalering.Rules;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Runs the rules that read the changed kinds of facts from the affected date and diffs their outcome against the
/// active signals: new ids are raised, changed content is updated, ids no longer found in a rule's scope are withdrawn.
/// </summary>
internal static class RuleRunner
{
    private static readonly ISignaleringRule[] Rules =
    [
        new Melding16UurRule(),
        new LangdurigRelatiefVerzuimRule(),
        new LuxeVerzuimRule(),
        new RmcVerzuimRule(),
        new VoortijdigSchoolverlatenRule(),
        new AbsoluutVerzuimRule(),
        new MazlSickReportFrequencyRule(),
        new MazlConsecutiveSickRule(),
        new MazlPrimaryRule(),
        new MazlZorgenvinkjeRule(),
        new LatenessLadderRule(),
        new BeginnendVerzuimRule(),
        new CombinedPatternRule(),
        new GeenRegelToepasbaarRule(),
    ];

    public static SignaleringResult Evaluate(PupilState state, SignaleringContext context, DateOnly from, StateChange change, string eventId)
    {
        var timeline = new Timeline(state, context);
        var raised = new List<Signal>();
        var updated = new List<Signal>();
        var withdrawn = new List<SignalWithdrawal>();
        foreach (var rule in Rules)
        {
            if (!rule.IsEnabled(context.Settings) || (rule.Reads & change.Kinds) == ChangeKinds.None)
            {
                continue;
            }

            var owned = state.SignalsOf(rule.Name);
            var outcome = rule.Evaluate(timeline, from, owned);
            var found = outcome.Signals.DistinctBy(s => s.SignalId).ToDictionary(s => s.SignalId, StringComparer.Ordinal);
            foreach (var old in owned.Where(o => outcome.InScope(o) && !found.ContainsKey(o.SignalId)))
            {
                state.Signals.Remove(old);
                withdrawn.Add(new SignalWithdrawal(old.SignalId, old.Kind, old.Recipient, old.Pupil, ReasonFor(old, change), eventId));
            }

            foreach (var signal in found.Values)
            {
                var index = state.Signals.BinarySearch(signal, SignalIdOrder.Instance);
                if (index < 0)
                {
                    state.Signals.Insert(~index, signal);
                    raised.Add(signal);
                }
                else if (!state.Signals[index].Equals(signal))
                {
                    state.Signals[index] = signal;
                    updated.Add(signal);
                }
            }
        }

        return new SignaleringResult(state, raised, updated, withdrawn);
    }

    private static string ReasonFor(Signal signal, StateChange change) =>
        change.InvolvesHealth && signal.Recipient != SignalRecipient.School
            ? "Nieuwe gegevens van school: het verzuim waarop deze melding rust blijkt geoorloofd."
            : change.Reason() is { Length: > 0 } reason ? reason : "Nieuwe gegevens van school: de melding voldoet niet meer aan de criteria.";
}
