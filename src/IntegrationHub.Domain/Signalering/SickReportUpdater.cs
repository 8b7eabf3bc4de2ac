using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>Sick reports and recoveries: either may arrive first; each part keeps its latest version.</summary>
internal static class SickReportUpdater
{
    public static StateChange Sick(PupilState state, SickReported s)
    {
        FactVersions.Touch(state, s.From);
        state.SickReports.TryGetValue(s.SickReportId, out var old);
        if (old?.OccurredAt is { } at && !FactVersions.Wins(s.OccurredAt, s.EventId, at, old.EventId!))
        {
            return StateChange.None;
        }

        state.InvalidateDays();
        state.SickReports[s.SickReportId] = (old ?? new SickReportFact { SickReportId = s.SickReportId }) with
        {
            EventId = s.EventId, OccurredAt = s.OccurredAt, From = s.From,
        };
        if (old?.From == s.From)
        {
            return StateChange.None;
        }

        var from = old?.From is { } f && f < s.From ? f : s.From;
        return new StateChange(from, () => FactVersions.Text($"Een ziekmelding vanaf {s.From:yyyy-MM-dd} is geregistreerd; het verzuim is geoorloofd."), ChangeKinds.Sickness | ChangeKinds.Attendance | ChangeKinds.Lateness, InvolvesHealth: true);
    }

    public static StateChange Recovery(PupilState state, RecoveryReported r)
    {
        FactVersions.Touch(state, r.RecoveredOn);
        state.SickReports.TryGetValue(r.SickReportId, out var old);
        if (old?.RecoveryOccurredAt is { } at && !FactVersions.Wins(r.OccurredAt, r.EventId, at, old.RecoveryEventId!))
        {
            return StateChange.None;
        }

        state.InvalidateDays();
        state.SickReports[r.SickReportId] = (old ?? new SickReportFact { SickReportId = r.SickReportId }) with
        {
            RecoveryEventId = r.EventId, RecoveryOccurredAt = r.OccurredAt, RecoveredOn = r.RecoveredOn,
        };
        if (old?.RecoveredOn == r.RecoveredOn)
        {
            return StateChange.None;
        }

        var from = old?.RecoveredOn is { } o && o < r.RecoveredOn ? o : r.RecoveredOn;
        if (old?.From is { } f && f < from)
        {
            from = f;
        }

        return new StateChange(from, () => FactVersions.Text($"Een herstelmelding per {r.RecoveredOn:yyyy-MM-dd} is geregistreerd."), ChangeKinds.Sickness | ChangeKinds.Attendance | ChangeKinds.Lateness, InvolvesHealth: true);
    }
}
