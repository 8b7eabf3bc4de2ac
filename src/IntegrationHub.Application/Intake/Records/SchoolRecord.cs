using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Intake.Records;

/// <summary>
/// A record a school keeps about a pupil and names by its own id: a registration, a sick report, a leave or a
/// suspension. The id is the school's: the same id from two school locations, or for two pupils, names two records.
/// </summary>
/// <param name="Pupil">The pupil pseudonym.</param>
/// <param name="Kind">One of <see cref="Registration"/>, <see cref="SickReport"/>, <see cref="Leave"/>, <see cref="Suspension"/>.</param>
/// <param name="Id">The school's own id of the record.</param>
/// <param name="School">The school location that sent the message naming it.</param>
/// <param name="Field">The contract field that holds the id, for the rejection reason.</param>
/// <param name="IsChange">True when the message changes an existing record (a correction, retraction or recovery);
/// false when it creates or re-sends one of the sender's own.</param>
public sealed record SchoolRecord(string Pupil, string Kind, string Id, SchoolLocation School, string Field, bool IsChange = false)
{
    public const string Registration = "registration";
    public const string SickReport = "sick-report";
    public const string Leave = "leave";
    public const string Suspension = "suspension";

    /// <summary>The record an accepted fact names, or null when it names none (enrolment, profile, consent, calendar, ...).</summary>
    public static SchoolRecord? Of(IntakeFact fact) => fact is PupilFact { Event: var e }
        ? e switch
        {
            AttendanceRecorded m => new(e.Pupil, Registration, m.RegistrationId, e.School, "registrationId", m.IsCorrection),
            AttendanceRetracted m => new(e.Pupil, Registration, m.RegistrationId, e.School, "registrationId", IsChange: true),
            SickReported m => new(e.Pupil, SickReport, m.SickReportId, e.School, "sickReportId"),
            RecoveryReported m => new(e.Pupil, SickReport, m.SickReportId, e.School, "sickReportId", IsChange: true),
            LeaveGranted m => new(e.Pupil, Leave, m.LeaveId, e.School, "leaveId"),
            SuspensionRegistered m => new(e.Pupil, Suspension, m.SuspensionId, e.School, "suspensionId"),
            _ => null,
        }
        : null;
}
