using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering;

/// <summary>The per-day aggregate the rules read (computed from the winning registrations and the periods).</summary>
internal sealed class DayTotals
{
    public required DateOnly Date { get; init; }

    public required bool IsSchoolDay { get; init; }

    public required Regime Regime { get; init; }

    public SchoolKind? SchoolKind { get; init; }

    public string? Woongemeente { get; init; }

    public int OngeoorloofdMinutes { get; set; }

    public int OngeoorloofdCountable { get; set; }

    /// <summary>RegistrationIds of the ongeoorloofd registrations (never message ids: a re-export must not change a finding).</summary>
    public List<string> OngeoorloofdRecordIds { get; } = [];

    /// <summary>The part of the ongeoorloofd figures registered with reason luxe verzuim.</summary>
    public int LuxeMinutes { get; set; }

    public int LuxeCountable { get; set; }

    public List<string> LuxeRecordIds { get; } = [];

    /// <summary>Luxe hours the luxe verzuim melding reports (leerplicht and kwalificatieplicht only).</summary>
    public bool LuxeIsReported => LuxeCountable > 0 && Regime is Regime.Leerplicht or Regime.Kwalificatieplicht;

    public int LateCount { get; set; }

    public int LateMinutes { get; set; }

    public List<string> LateRecordIds { get; } = [];

    public int SickMinutes { get; set; }

    public int SickCountable { get; set; }

    public bool IsSickDay { get; set; }

    /// <summary>RegistrationIds with reason ziekte and the SickReportIds of sick reports covering the day.</summary>
    public List<string> SickRecordIds { get; } = [];

    /// <summary>
    /// What makes the day sick: the SickReportIds covering it and the RegistrationIds with reason ziekte (a subset of
    /// <see cref="SickRecordIds"/>; changes only with sickness facts, so episode counting need not re-run on every registration).
    /// </summary>
    public List<string> ZiekteRecordIds { get; } = [];

    public bool HasPresence { get; set; }

    public bool HasAuthorisedAbsence { get; set; }

    public bool IsLuxeDay { get; set; }

    /// <summary>Absent ongeoorloofd with no lesson attended and nothing authorised that day.</summary>
    public bool IsFullDayOngeoorloofd =>
        OngeoorloofdCountable > 0 && !HasPresence && !HasAuthorisedAbsence && LateCount == 0;
}
