namespace IntegrationHub.Domain.Calendar;

/// <summary>
/// A school's own calendar for one school year (e.g. "2026-2027"). <see cref="Holidays"/> null means the
/// national holidays of <see cref="Region"/> apply; <see cref="DaysOff"/> are the school's own days off.
/// </summary>
public sealed record SchoolCalendarOverride(
    string Brin,
    string Vestiging,
    string SchoolYear,
    string Region,
    IReadOnlyList<Holiday>? Holidays,
    IReadOnlyList<DateOnly> DaysOff);
