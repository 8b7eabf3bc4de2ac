using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// The earliest date whose facts an event can change, read before it is applied: with the version it replaces (a
/// moved registration, a period or sick report that covered earlier days). Null when the event changes no day's
/// facts (zorgenvinkje, deregistration, a profile event applied before); <see cref="DateOnly.MinValue"/> for a profile
/// change, which reaches every date (birth date, first school day).
/// </summary>
internal static class EventReach
{
    public static DateOnly? EarliestDate(PupilState state, PupilEvent e) => e switch
    {
        AttendanceRecorded a => Min(a.Date, state.Registrations.GetValueOrDefault(a.RegistrationId)?.Date),
        AttendanceRetracted r => Min(r.Date, state.Registrations.GetValueOrDefault(r.RegistrationId)?.Date),
        LeaveGranted l => Min(l.From, Period(state, PeriodKind.Leave, l.LeaveId)),
        SuspensionRegistered s => Min(s.From, Period(state, PeriodKind.Suspension, s.SuspensionId)),
        VrijstellingRegistered v => Min(v.From, Period(state, PeriodKind.Vrijstelling, v.EventId)),
        SickReported s => Min(s.From, state.SickReports.GetValueOrDefault(s.SickReportId)?.From),
        RecoveryReported r => Min(r.RecoveredOn, state.SickReports.GetValueOrDefault(r.SickReportId)?.RecoveredOn),
        PupilEnrolled or PupilProfileChanged when !state.Profile.Exists(p => p.EventId == e.EventId) => DateOnly.MinValue,
        _ => null,
    };

    private static DateOnly? Period(PupilState state, PeriodKind kind, string id) =>
        state.Periods.GetValueOrDefault(kind + ":" + id)?.From;

    private static DateOnly Min(DateOnly a, DateOnly? b) => b is { } other && other < a ? other : a;
}
