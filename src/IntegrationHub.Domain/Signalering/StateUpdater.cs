using System.Globalization;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Folds one event into the state (latest version wins; appended facts de-duplicated by EventId) and says which dates
/// and kinds of facts it affects. An event applied again changes nothing.
/// </summary>
internal static class StateUpdater
{
    public static StateChange Apply(PupilState state, PupilEvent e) => e switch
    {
        AttendanceRecorded a => Recorded(state, a),
        AttendanceRetracted r => Retracted(state, r),
        PupilEnrolled p => Profile(state, p, new ProfileFact
        {
            EventId = p.EventId, OccurredAt = p.OccurredAt, EffectiveFrom = p.EnrolledOn, EnrolledOn = p.EnrolledOn,
            BirthDate = p.BirthDate, Woongemeente = p.Woongemeente, SchoolKind = p.SchoolKind,
            HasStartkwalificatie = p.HasStartkwalificatie,
        }),
        PupilProfileChanged c => Profile(state, c, new ProfileFact
        {
            EventId = c.EventId, OccurredAt = c.OccurredAt, EffectiveFrom = c.EffectiveFrom, BirthDate = c.BirthDate,
            Woongemeente = c.Woongemeente, SchoolKind = c.SchoolKind, HasStartkwalificatie = c.HasStartkwalificatie,
        }),
        LeaveGranted l => Period(state, l, PeriodKind.Leave, l.LeaveId, l.From, l.To,
            () => Text($"Verlof ({l.Kind}) is verleend van {l.From:yyyy-MM-dd} tot en met {l.To:yyyy-MM-dd}; het verzuim in die periode is geoorloofd.")),
        SuspensionRegistered s => Period(state, s, PeriodKind.Suspension, s.SuspensionId, s.From, s.To,
            () => Text($"Een schorsing van {s.From:yyyy-MM-dd} tot en met {s.To:yyyy-MM-dd} is geregistreerd; de afwezigheid is geoorloofd.")),
        VrijstellingRegistered v => Period(state, v, PeriodKind.Vrijstelling, v.EventId, v.From, v.To,
            () => Text($"Vrijstelling ({v.Artikel}) vanaf {v.From:yyyy-MM-dd} is geregistreerd; de leerling wordt niet gemeld.")),
        SickReported s => Sick(state, s),
        RecoveryReported r => Recovery(state, r),
        ZorgenvinkjeChanged z => Zorgenvinkje(state, z),
        PupilDeregistered d => Deregistered(state, d),
        _ => StateChange.None,
    };

    private static StateChange Recorded(PupilState state, AttendanceRecorded a)
    {
        Touch(state, a.Date);
        state.Registrations.TryGetValue(a.RegistrationId, out var old);
        if (old is not null && !Wins(a.OccurredAt, a.EventId, old.OccurredAt, old.EventId))
        {
            return StateChange.None;
        }

        var fact = new RegistrationFact
        {
            RegistrationId = a.RegistrationId, EventId = a.EventId, OccurredAt = a.OccurredAt, Date = a.Date,
            Minutes = a.Minutes, Unit = a.Unit, Status = a.Status, Reason = a.Reason,
        };
        Store(state, fact);
        var from = old is null || a.Date < old.Date ? a.Date : old.Date;
        var verb = a.IsCorrection || old is not null ? "gecorrigeerd" : "geregistreerd";
        return new StateChange(from, () => Text($"Registratie {a.RegistrationId} op {a.Date:yyyy-MM-dd} is {verb}; de melding voldoet niet meer aan de criteria."), KindsOf(old) | KindsOf(fact));
    }

    private static StateChange Retracted(PupilState state, AttendanceRetracted r)
    {
        Touch(state, r.Date);
        state.Registrations.TryGetValue(r.RegistrationId, out var old);
        if (old is not null && !Wins(r.OccurredAt, r.EventId, old.OccurredAt, old.EventId))
        {
            return StateChange.None;
        }

        var date = old?.Date ?? r.Date;
        var kinds = KindsOf(old) | ChangeKinds.Attendance;
        Store(state, new RegistrationFact
        {
            RegistrationId = r.RegistrationId, EventId = r.EventId, OccurredAt = r.OccurredAt, Date = date, IsRetracted = true,
        });
        return new StateChange(date, () => Text($"Registratie {r.RegistrationId} op {date:yyyy-MM-dd} is ingetrokken; de melding voldoet niet meer aan de criteria."), kinds);
    }

    private static ChangeKinds KindsOf(RegistrationFact? fact) => fact switch
    {
        null or { IsRetracted: true } => ChangeKinds.None,
        { Status: AbsenceStatus.Late } => ChangeKinds.Attendance | ChangeKinds.Lateness,
        { Reason: AbsenceReason.Ziekte } => ChangeKinds.Attendance | ChangeKinds.Sickness,
        _ => ChangeKinds.Attendance,
    };

    private static void Store(PupilState state, RegistrationFact fact)
    {
        state.PutRegistration(fact);
        if (!fact.IsRetracted && fact.Status == AbsenceStatus.Late)
        {
            state.LateArrivals[fact.RegistrationId] = fact.Date;
        }
        else
        {
            state.LateArrivals.Remove(fact.RegistrationId);
        }
    }

    private static StateChange Profile(PupilState state, PupilEvent e, ProfileFact fact)
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

    private static StateChange Period(PupilState state, PupilEvent e, PeriodKind kind, string id, DateOnly from, DateOnly? to, Func<string> reason)
    {
        var key = kind + ":" + id;
        state.Periods.TryGetValue(key, out var old);
        if (old is not null && !Wins(e.OccurredAt, e.EventId, old.OccurredAt, old.EventId))
        {
            return StateChange.None;
        }

        state.InvalidateDays();
        state.Periods[key] = new PeriodFact { Id = id, Kind = kind, EventId = e.EventId, OccurredAt = e.OccurredAt, From = from, To = to };
        return new StateChange(old is null || from < old.From ? from : old.From, reason, ChangeKinds.All);
    }

    private static StateChange Sick(PupilState state, SickReported s)
    {
        Touch(state, s.From);
        state.SickReports.TryGetValue(s.SickReportId, out var old);
        if (old?.OccurredAt is { } at && !Wins(s.OccurredAt, s.EventId, at, old.EventId!))
        {
            return StateChange.None;
        }

        state.InvalidateDays();
        state.SickReports[s.SickReportId] = (old ?? new SickReportFact { SickReportId = s.SickReportId }) with
        {
            EventId = s.EventId, OccurredAt = s.OccurredAt, From = s.From,
        };
        var from = old?.From is { } f && f < s.From ? f : s.From;
        return new StateChange(from, () => Text($"Een ziekmelding vanaf {s.From:yyyy-MM-dd} is geregistreerd; het verzuim is geoorloofd."), ChangeKinds.Sickness | ChangeKinds.Attendance | ChangeKinds.Lateness, InvolvesHealth: true);
    }

    private static StateChange Recovery(PupilState state, RecoveryReported r)
    {
        Touch(state, r.RecoveredOn);
        state.SickReports.TryGetValue(r.SickReportId, out var old);
        if (old?.RecoveryOccurredAt is { } at && !Wins(r.OccurredAt, r.EventId, at, old.RecoveryEventId!))
        {
            return StateChange.None;
        }

        state.InvalidateDays();
        state.SickReports[r.SickReportId] = (old ?? new SickReportFact { SickReportId = r.SickReportId }) with
        {
            RecoveryEventId = r.EventId, RecoveryOccurredAt = r.OccurredAt, RecoveredOn = r.RecoveredOn,
        };
        var from = old?.RecoveredOn is { } o && o < r.RecoveredOn ? o : r.RecoveredOn;
        if (old?.From is { } f && f < from)
        {
            from = f;
        }

        return new StateChange(from, () => Text($"Een herstelmelding per {r.RecoveredOn:yyyy-MM-dd} is geregistreerd."), ChangeKinds.Sickness | ChangeKinds.Attendance | ChangeKinds.Lateness, InvolvesHealth: true);
    }

    private static StateChange Zorgenvinkje(PupilState state, ZorgenvinkjeChanged z)
    {
        if (state.Zorgenvinkjes.Exists(f => f.EventId == z.EventId))
        {
            return StateChange.None;
        }

        state.Zorgenvinkjes.Add(new ZorgenvinkjeFact(z.EventId, z.OccurredAt, z.On, z.IsSet));
        Touch(state, z.On);
        return new StateChange(z.On, () => Text($"Het zorgenvinkje is op {z.On:yyyy-MM-dd} gewijzigd."), ChangeKinds.Zorgenvinkje);
    }

    private static StateChange Deregistered(PupilState state, PupilDeregistered d)
    {
        if (state.Deregistrations.Exists(f => f.EventId == d.EventId))
        {
            return StateChange.None;
        }

        state.Deregistrations.Add(new DeregistrationFact(d.EventId, d.OccurredAt, d.DeregisteredOn, d.Destination));
        Touch(state, d.DeregisteredOn);
        return new StateChange(d.DeregisteredOn, () => Text($"Uitschrijving per {d.DeregisteredOn:yyyy-MM-dd} is bijgewerkt."), ChangeKinds.Deregistration);
    }

    private static void Touch(PupilState state, DateOnly date)
    {
        if (state.MinFactDate is null || date < state.MinFactDate)
        {
            state.MinFactDate = date;
        }

        if (state.MaxFactDate is null || date > state.MaxFactDate)
        {
            state.MaxFactDate = date;
        }
    }

    private static bool Wins(DateTimeOffset at, string id, DateTimeOffset oldAt, string oldId) =>
        at > oldAt || (at == oldAt && string.CompareOrdinal(id, oldId) > 0);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
