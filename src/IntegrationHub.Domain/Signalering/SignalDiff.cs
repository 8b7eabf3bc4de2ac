namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Re-expresses a result against the signals a caller already holds (used when a state is rebuilt from history):
/// raised = new ids, updated = same id with other content, withdrawn = ids that are gone (with the reason the event
/// gave, or the neutral one, which never names health).
/// </summary>
internal static class SignalDiff
{
    private const string NeutralReason = "Nieuwe gegevens van school: de melding voldoet niet meer aan de criteria.";

    public static SignaleringResult Against(IReadOnlyList<Signal> before, SignaleringResult result, string eventId)
    {
        var old = before.ToDictionary(s => s.SignalId, StringComparer.Ordinal);
        var now = result.State.Signals.ToDictionary(s => s.SignalId, StringComparer.Ordinal);
        var reasons = result.Withdrawn.ToDictionary(w => w.SignalId, StringComparer.Ordinal);
        var raised = result.State.Signals.Where(s => !old.ContainsKey(s.SignalId)).ToList();
        var updated = result.State.Signals.Where(s => old.TryGetValue(s.SignalId, out var o) && !o.Equals(s)).ToList();
        var withdrawn = before.Where(s => !now.ContainsKey(s.SignalId))
            .Select(s => reasons.GetValueOrDefault(s.SignalId) ?? new SignalWithdrawal(s.SignalId, s.Kind, s.Recipient, s.Pupil, NeutralReason, eventId))
            .ToList();
        return result with { Raised = raised, Updated = updated, Withdrawn = withdrawn };
    }
}
