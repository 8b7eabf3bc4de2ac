using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>Contract enums to domain enums, member by member (never by numeric cast).</summary>
internal static class DomainEnums
{
    public static RegistrationUnit Map(AttendanceUnit unit) => unit switch
    {
        AttendanceUnit.Lesson => RegistrationUnit.Lesson,
        AttendanceUnit.Dagdeel => RegistrationUnit.Dagdeel,
        _ => throw Unknown(unit),
    };

    public static AbsenceStatus Map(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => AbsenceStatus.Present,
        AttendanceStatus.AbsentAuthorised => AbsenceStatus.AbsentAuthorised,
        AttendanceStatus.AbsentUnauthorised => AbsenceStatus.AbsentUnauthorised,
        AttendanceStatus.Late => AbsenceStatus.Late,
        _ => throw Unknown(status),
    };

    public static AbsenceReason Map(ReasonCategory reason) => reason switch
    {
        ReasonCategory.Geen => AbsenceReason.Geen,
        ReasonCategory.Ziekte => AbsenceReason.Ziekte,
        ReasonCategory.Verlof => AbsenceReason.Verlof,
        ReasonCategory.Schorsing => AbsenceReason.Schorsing,
        ReasonCategory.Vrijstelling => AbsenceReason.Vrijstelling,
        ReasonCategory.Overmacht => AbsenceReason.Overmacht,
        ReasonCategory.Spijbelen => AbsenceReason.Spijbelen,
        ReasonCategory.TeLaat => AbsenceReason.TeLaat,
        ReasonCategory.LuxeVerzuim => AbsenceReason.LuxeVerzuim,
        ReasonCategory.Onbekend => AbsenceReason.Onbekend,
        _ => throw Unknown(reason),
    };

    public static SchoolKind Map(SchoolType type) => type switch
    {
        SchoolType.Po => SchoolKind.Po,
        SchoolType.Vo => SchoolKind.Vo,
        SchoolType.So => SchoolKind.So,
        SchoolType.Vso => SchoolKind.Vso,
        SchoolType.Mbo => SchoolKind.Mbo,
        _ => throw Unknown(type),
    };

    private static ArgumentOutOfRangeException Unknown(Enum value) =>
        new(nameof(value), value, "The validator lets only known codes through.");
}
