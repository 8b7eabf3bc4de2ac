namespace IntegrationHub.Contracts.V1;

/// <summary>
/// A school's calendar for one school year. It overrides the national holidays of its region: when
/// <see cref="Holidays"/> is null the national dates for <see cref="Region"/> apply.
/// </summary>
public sealed record SchoolCalendarPublished
{
    public required Envelope Envelope { get; init; }

    /// <summary>e.g. "2026-2027".</summary>
    public required string SchoolYear { get; init; }

    public required VakantieRegio Region { get; init; }

    public IReadOnlyList<DateRange>? Holidays { get; init; }

    /// <summary>The school's own days off (studiedagen and the like).</summary>
    public IReadOnlyList<DateOnly> DaysOff { get; init; } = [];
}
