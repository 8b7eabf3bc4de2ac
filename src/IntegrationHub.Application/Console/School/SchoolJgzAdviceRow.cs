namespace IntegrationHub.Application.Console.School;

/// <summary>
/// Structured JGZ advice the school received (only advice passed on with consent): participation, load capacity,
/// return plan and adjustments. There is no diagnosis: the contract has no field for one.
/// </summary>
public sealed record SchoolJgzAdviceRow(
    Guid ReferralId,
    string Vestiging,
    string? LvsPupilKey,
    string Organisation,
    string Participation,
    string LoadCapacity,
    DateOnly? ExpectedFullReturnOn,
    int? StartHoursPerWeek,
    IReadOnlyList<string> Adjustments,
    DateOnly? FollowUpOn,
    DateTimeOffset GivenAt);
