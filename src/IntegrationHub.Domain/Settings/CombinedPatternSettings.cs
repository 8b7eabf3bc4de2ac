namespace IntegrationHub.Domain.Settings;

/// <summary>
/// A worrying mix: within <paramref name="WindowSchoolWeeks"/> school weeks the sick hours, ongeoorloofd hours
/// and lateness hours add up to <paramref name="ThresholdHours"/> while at least
/// <paramref name="MinCategories"/> categories occur and none crosses its own line (ongeoorloofd below
/// <paramref name="MaxOngeoorloofdHours"/>, sick below <paramref name="MaxSickHours"/>, late arrivals below
/// <paramref name="MaxLateArrivals"/>). School only.
/// </summary>
public sealed record CombinedPatternSettings(
    bool Enabled = true,
    decimal ThresholdHours = 12m,
    int WindowSchoolWeeks = 4,
    int MinCategories = 2,
    decimal MaxOngeoorloofdHours = 8m,
    decimal MaxSickHours = 16m,
    int MaxLateArrivals = 3);
