using IntegrationHub.Domain.Events;
using V1 = IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>One mapping per pupil contract, V1 to domain event.</summary>
internal static class PupilEvents
{
    public static PupilEvent From(object contract, ContractMapper.Common on) => contract switch
    {
        V1.AttendanceRegistered m => Attendance(on, m.RegistrationId, false, m.Date, m.StartTime, m.Minutes, m.Unit, m.Status, m.ReasonCategory),
        V1.AttendanceCorrected m => Attendance(on, m.RegistrationId, true, m.Date, m.StartTime, m.Minutes, m.Unit, m.Status, m.ReasonCategory),
        V1.AttendanceRetracted m => new AttendanceRetracted
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            RegistrationId = m.RegistrationId, Date = m.Date,
        },
        V1.PupilEnrolled m => new PupilEnrolled
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            EnrolledOn = m.EnrolledOn, BirthDate = m.BirthDate, Woongemeente = m.WoongemeenteCode,
            SchoolKind = DomainEnums.Map(m.SchoolType), HasStartkwalificatie = m.HasStartkwalificatie,
            FirstSchoolDay = m.FirstSchoolDay,
        },
        V1.PupilProfileChanged m => new PupilProfileChanged
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            EffectiveFrom = m.EffectiveFrom, BirthDate = m.BirthDate, Woongemeente = m.WoongemeenteCode,
            SchoolKind = m.SchoolType is { } type ? DomainEnums.Map(type) : null, HasStartkwalificatie = m.HasStartkwalificatie,
            FirstSchoolDay = m.FirstSchoolDay,
        },
        V1.PupilDeregistered m => new PupilDeregistered
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            DeregisteredOn = m.DeregisteredOn, Reason = WireCode.Of(m.Reason),
            Destination = m.DestinationSchool is { } d ? new SchoolLocation(d.Brin, d.Vestiging) : null,
        },
        V1.SickReported m => new SickReported
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            SickReportId = m.SickReportId, From = m.From,
        },
        V1.RecoveryReported m => new RecoveryReported
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            SickReportId = m.SickReportId, RecoveredOn = m.RecoveredOn,
        },
        V1.LeaveGranted m => new LeaveGranted
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            LeaveId = m.LeaveId, Kind = WireCode.Of(m.Kind), From = m.From, To = m.To,
        },
        V1.SuspensionRegistered m => new SuspensionRegistered
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            SuspensionId = m.SuspensionId, From = m.From, To = m.To,
        },
        V1.VrijstellingRegistered m => new VrijstellingRegistered
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            From = m.From, To = m.To, Artikel = m.Artikel,
        },
        V1.ZorgenvinkjeChanged m => new ZorgenvinkjeChanged
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            IsSet = m.IsSet, On = m.On,
        },
        V1.ConsentGiven m => new ConsentRecorded
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            ConsentId = m.ConsentId, Scope = WireCode.Of(m.Scope), GivenBy = WireCode.Of(m.GivenBy),
            ValidFrom = m.ValidFrom, ValidUntil = m.ValidUntil,
        },
        V1.ConsentWithdrawn m => new ConsentRecorded
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            ConsentId = m.ConsentId, WithdrawnOn = m.WithdrawnOn,
        },
        V1.MazlConversationRecorded m => new MazlConversationRecorded
        {
            Pupil = on.Pupil, EventId = on.EventId, School = on.School, OccurredAt = on.OccurredAt,
            FindingId = m.FindingId, HeldOn = m.HeldOn, WithPupil = m.WithPupil, WithParents = m.WithParents, ReferToJgz = m.ReferToJgz,
        },
        _ => throw new ArgumentException($"{contract.GetType().Name} is not a pupil contract.", nameof(contract)),
    };

    private static AttendanceRecorded Attendance(
        ContractMapper.Common on, string registrationId, bool isCorrection, DateOnly date, TimeOnly start, int minutes,
        V1.AttendanceUnit unit, V1.AttendanceStatus status, V1.ReasonCategory reason) => new()
    {
        Pupil = on.Pupil,
        EventId = on.EventId,
        School = on.School,
        OccurredAt = on.OccurredAt,
        RegistrationId = registrationId,
        IsCorrection = isCorrection,
        Date = date,
        StartTime = start,
        Minutes = minutes,
        Unit = DomainEnums.Map(unit),
        Status = DomainEnums.Map(status),
        Reason = DomainEnums.Map(reason),
    };
}
