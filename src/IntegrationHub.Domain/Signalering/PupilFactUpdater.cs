using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>Profile, periods (leave, suspension, vrijstelling), zorgenvinkje and deregistrations.</summary>
internal static class PupilFactUpdater
{
    public static StateChange Profile(PupilState state, PupilEvent e, ProfileFact fact)
    {
        if (state.Profile.Exists(p => p.EventId == e.EventId))
        {
            return StateChange.None;
        }

        state.Profile.Add(fact);
        state.Profile.Sort((x, y) => (x.EffectiveFrom, x.OccurredAt, x.EventId).CompareTo((y.EffectiveFrom, y.OccurredAt, y.EventId)));
        var reason = e is PupilEnrolled
            ? "De inschrijving van de leerling is bijgewerkt; de melding voldoet niet meer aan de criteria."
            : "De gegevens van de leerling (geboortedatum, startkwalificatie of school) zijn gewijzigd; de melding voldoet niet meer aan de criteria.";
        state.InvalidateDays();
        return new StateChange(DateOnly.MinValue, () => reason, ChangeKinds.All);
    }

    public static StateChange Period(PupilState state, PupilEvent e, PeriodKind kind, string id, DateOnly from, DateOnly? to, Func<string> reason)
    {
        var key = kind + ":" + id;
        state.Periods.TryGetValue(key, out var old);
        if (old is not null && !FactVersions.Wins(e.OccurredAt, e.EventId, old.OccurredAt, old.EventId))
        {
            return StateChange.None;
        }

        state.Periods[key] = new PeriodFact { Id = id, Kind = kind, EventId = e.EventId, OccurredAt = e.OccurredAt, From = from, To = to };
        if (old is not null && old.From == from && old.To == to)
        {
            return StateChange.None;
        }

        state.InvalidateDays();
        return new StateChange(old is null || from < old.From ? from : old.From, reason, ChangeKinds.All);
    }

    public static StateChange Zorgenvinkje(PupilState state, ZorgenvinkjeChanged z)
    {
        if (state.Zorgenvinkjes.Exists(f => f.EventId == z.EventId))
        {
            return StateChange.None;
        }

        state.Zorgenvinkjes.Add(new ZorgenvinkjeFact(z.EventId, z.OccurredAt, z.On, z.IsSet));
        FactVersions.Touch(state, z.On);
        return new StateChange(z.On, () => FactVersions.Text($"Het zorgenvinkje is op {z.On:yyyy-MM-dd} gewijzigd."), ChangeKinds.Zorgenvinkje);
    }

    public static StateChange Deregistered(PupilState state, PupilDeregistered d)
    {
        if (state.Deregistrations.Exists(f => f.EventId == d.EventId))
        {
            return StateChange.None;
        }

        state.Deregistrations.Add(new DeregistrationFact(d.EventId, d.OccurredAt, d.DeregisteredOn, d.Destination));
        FactVersions.Touch(state, d.DeregisteredOn);
        return new StateChange(d.DeregisteredOn, () => FactVersions.Text($"Uitschrijving per {d.DeregisteredOn:yyyy-MM-dd} is bijgewerkt."), ChangeKinds.Deregistration);
    }
}
