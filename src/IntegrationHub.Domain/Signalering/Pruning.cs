namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Keeps the state compact: facts, applied event ids and signals older than the horizon are dropped, at most once a
/// week (so the cost is amortised). Rules never look further back than the horizon.
/// </summary>
internal static class Pruning
{
    public static void Prune(PupilState state, DateOnly cutoff)
    {
        if (state.PrunedBefore is { } before && cutoff < before.AddDays(7))
        {
            return;
        }

        foreach (var id in state.Registrations.Values.Where(r => r.Date < cutoff).Select(r => r.RegistrationId).ToList())
        {
            state.RemoveRegistration(id);
            state.LateArrivals.Remove(id);
        }

        Remove(state.AppliedEvents, kv => kv.Value < cutoff);
        Remove(state.Periods, kv => kv.Value.To is { } to && to < cutoff);
        Remove(state.SickReports, kv => kv.Value.RecoveredOn is { } on && on < cutoff);
        state.Zorgenvinkjes.RemoveAll(z => z.On < cutoff);
        state.Deregistrations.RemoveAll(d => d.DeregisteredOn < cutoff);
        state.Signals.RemoveAll(s => (s.Einddatum ?? s.Begindatum) < cutoff && s.Einddatum is not null);
        state.PrunedBefore = cutoff;
        state.InvalidateDays();
    }

    private static void Remove<T>(Dictionary<string, T> dictionary, Func<KeyValuePair<string, T>, bool> predicate)
    {
        foreach (var key in dictionary.Where(predicate).Select(kv => kv.Key).ToList())
        {
            dictionary.Remove(key);
        }
    }
}
