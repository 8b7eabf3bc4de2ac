namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Keeps the state compact: facts and signals older than the horizon are dropped. Registrations
/// go day by day through the date index (cost proportional to what is pruned), at most once a week; the small lists
/// are swept in full once a quarter.
/// </summary>
internal static class Pruning
{
    private const int DaysBetweenPrunes = 7;
    private const int DaysBetweenSweeps = 91;

    public static void Prune(PupilState state, DateOnly cutoff)
    {
        if (state.PrunedBefore is { } before && cutoff < before.AddDays(DaysBetweenPrunes))
        {
            return;
        }

        var start = state.PrunedBefore ?? state.MinFactDate ?? cutoff;
        for (var date = start; date < cutoff; date = date.AddDays(1))
        {
            foreach (var registration in state.RegistrationsOn(date).ToList())
            {
                state.RemoveRegistration(registration.RegistrationId);
                state.LateArrivals.Remove(registration.RegistrationId);
            }
        }

        if (state.SweptBefore is null || cutoff >= state.SweptBefore.Value.AddDays(DaysBetweenSweeps))
        {
            Sweep(state, cutoff);
        }

        state.PrunedBefore = cutoff;
        state.InvalidateDaysBefore(cutoff);
    }

    private static void Sweep(PupilState state, DateOnly cutoff)
    {
        Remove(state.Periods, kv => kv.Value.To is { } to && to < cutoff);
        Remove(state.SickReports, kv => kv.Value.RecoveredOn is { } on && on < cutoff);
        state.Zorgenvinkjes.RemoveAll(z => z.On < cutoff);
        state.Deregistrations.RemoveAll(d => d.DeregisteredOn < cutoff);
        state.Signals.RemoveAll(s => s.Einddatum is { } end && end < cutoff);
        state.SweptBefore = cutoff;
    }

    private static void Remove<T>(Dictionary<string, T> dictionary, Func<KeyValuePair<string, T>, bool> predicate)
    {
        foreach (var key in dictionary.Where(predicate).Select(kv => kv.Key).ToList())
        {
            dictionary.Remove(key);
        }
    }
}
