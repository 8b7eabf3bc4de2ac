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
        AttendanceRecorded a => Min(Min(a.Date, state.Registrations.GetValueOrDefault(a.RegistrationId)?.Date), FoldedDateOf(state, a.RegistrationId)),
        AttendanceRetracted r => Min(Min(r.Date, state.Registrations.GetValueOrDefault(r.RegistrationId)?.Date), FoldedDateOf(state, r.RegistrationId)),
        LeaveGranted l => Min(l.From, Period(state, PeriodKind.Leave, l.LeaveId)),
        SuspensionRegistered s => Min(s.From, Period(state, PeriodKind.Suspension, s.SuspensionId)),
        VrijstellingRegistered v => Min(v.From, Period(state, PeriodKind.Vrijstelling, v.EventId)),
        SickReported s => Min(s.From, state.SickReports.GetValueOrDefault(s.SickReportId)?.From),
        RecoveryReported r => Min(r.RecoveredOn, state.SickReports.GetValueOrDefault(r.SickReportId)?.RecoveredOn),
        PupilEnrolled or PupilProfileChanged when !state.Profile.Exists(p => p.EventId == e.EventId) => DateOnly.MinValue,
        _ => null,
    };

    /// <summary>
    /// Where a registration the state no longer holds in full is still counted: a folded day (a correction moving it
    /// into the detail window must take it out of that day, so it reaches back to it), or only the record ids behind
    /// an active finding (its day is pruned; the finding, maybe a sent melding, must be re-checked against the ledger).
    /// </summary>
    private static DateOnly? FoldedDateOf(PupilState state, string registrationId)
    {
        if (state.DetailFrom is null || state.Registrations.ContainsKey(registrationId))
        {
            return null;
        }

        foreach (var signal in state.Signals)
        {
            if (signal.BasedOnRecordIds.Contains(registrationId, StringComparer.Ordinal))
            {
                return DateOnly.MinValue;
            }
        }

        foreach (var day in state.FoldedDays)
        {
            if (Holds(day.OngeoorloofdRecordIds, registrationId) || Holds(day.LuxeRecordIds, registrationId) || Holds(day.LateRecordIds, registrationId)
                || Holds(day.SickRecordIds, registrationId) || Holds(day.ZiekteRecordIds, registrationId))
            {
                return day.Date;
            }
        }

        return null;
    }

    private static bool Holds(List<string>? ids, string id) => ids is not null && ids.Contains(id, StringComparer.Ordinal);

    private static DateOnly? Period(PupilState state, PeriodKind kind, string id) =>
        state.Periods.GetValueOrDefault(kind + ":" + id)?.From;

    private static DateOnly Min(DateOnly a, DateOnly? b) => b is { } other && other < a ? other : a;
}
