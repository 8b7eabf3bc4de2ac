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
        PupilEnrolled p => PupilFactUpdater.Profile(state, p, new ProfileFact
        {
            EventId = p.EventId, OccurredAt = p.OccurredAt, EffectiveFrom = p.EnrolledOn, EnrolledOn = p.EnrolledOn,
            BirthDate = p.BirthDate, Woongemeente = p.Woongemeente, SchoolKind = p.SchoolKind,
            HasStartkwalificatie = p.HasStartkwalificatie, FirstSchoolDay = p.FirstSchoolDay,
        }),
        PupilProfileChanged c => PupilFactUpdater.Profile(state, c, new ProfileFact
        {
            EventId = c.EventId, OccurredAt = c.OccurredAt, EffectiveFrom = c.EffectiveFrom, BirthDate = c.BirthDate,
            Woongemeente = c.Woongemeente, SchoolKind = c.SchoolKind, HasStartkwalificatie = c.HasStartkwalificatie,
            FirstSchoolDay = c.FirstSchoolDay,
        }),
        LeaveGranted l => PupilFactUpdater.Period(state, l, PeriodKind.Leave, l.LeaveId, l.From, l.To,
            () => FactVersions.Text($"Verlof ({l.Kind}) is verleend van {l.From:yyyy-MM-dd} tot en met {l.To:yyyy-MM-dd}; het verzuim in die periode is geoorloofd.")),
        SuspensionRegistered s => PupilFactUpdater.Period(state, s, PeriodKind.Suspension, s.SuspensionId, s.From, s.To,
            () => FactVersions.Text($"Een schorsing van {s.From:yyyy-MM-dd} tot en met {s.To:yyyy-MM-dd} is geregistreerd; de afwezigheid is geoorloofd.")),
        VrijstellingRegistered v => PupilFactUpdater.Period(state, v, PeriodKind.Vrijstelling, v.EventId, v.From, v.To,
            () => FactVersions.Text($"Vrijstelling ({v.Artikel}) vanaf {v.From:yyyy-MM-dd} is geregistreerd; de leerling wordt niet gemeld.")),
        SickReported s => SickReportUpdater.Sick(state, s),
        RecoveryReported r => SickReportUpdater.Recovery(state, r),
        ZorgenvinkjeChanged z => PupilFactUpdater.Zorgenvinkje(state, z),
        PupilDeregistered d => PupilFactUpdater.Deregistered(state, d),
        _ => StateChange.None,
    };

    private static StateChange Recorded(PupilState state, AttendanceRecorded a)
    {
        FactVersions.Touch(state, a.Date);
        state.Registrations.TryGetValue(a.RegistrationId, out var old);
        if (old is not null && !FactVersions.Wins(a.OccurredAt, a.EventId, old.OccurredAt, old.EventId))
        {
            return StateChange.None;
        }

        var fact = new RegistrationFact
        {
            RegistrationId = a.RegistrationId, EventId = a.EventId, OccurredAt = a.OccurredAt, Date = a.Date,
            Minutes = a.Minutes, Unit = a.Unit, Status = a.Status, Reason = a.Reason,
        };
        Store(state, fact);
        if (old is not null && SameContent(old, fact))
        {
            return StateChange.None;
        }

        var from = old is null || a.Date < old.Date ? a.Date : old.Date;
        var verb = a.IsCorrection || old is not null ? "gecorrigeerd" : "geregistreerd";
        return new StateChange(from, () => FactVersions.Text($"Registratie {a.RegistrationId} op {a.Date:yyyy-MM-dd} is {verb}; de melding voldoet niet meer aan de criteria."), KindsOf(old) | KindsOf(fact));
    }

    private static StateChange Retracted(PupilState state, AttendanceRetracted r)
    {
        FactVersions.Touch(state, r.Date);
        state.Registrations.TryGetValue(r.RegistrationId, out var old);
        if (old is not null && !FactVersions.Wins(r.OccurredAt, r.EventId, old.OccurredAt, old.EventId))
        {
            return StateChange.None;
        }

        var date = old?.Date ?? r.Date;
        var kinds = KindsOf(old) | ChangeKinds.Attendance;
        Store(state, new RegistrationFact
        {
            RegistrationId = r.RegistrationId, EventId = r.EventId, OccurredAt = r.OccurredAt, Date = date, IsRetracted = true,
        });
        if (old is { IsRetracted: true })
        {
            return StateChange.None;
        }

        return new StateChange(date, () => FactVersions.Text($"Registratie {r.RegistrationId} op {date:yyyy-MM-dd} is ingetrokken; de melding voldoet niet meer aan de criteria."), kinds);
    }

    /// <summary>Same registration content (a re-export): only the message id and time differ.</summary>
    private static bool SameContent(RegistrationFact old, RegistrationFact fact) =>
        old with { EventId = fact.EventId, OccurredAt = fact.OccurredAt } == fact;

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
}
