namespace IntegrationHub.Domain.Events;

/// <summary>That the pupil is ill, from <see cref="From"/>. Never what they have.</summary>
public sealed record SickReported : PupilEvent
{
    public required string SickReportId { get; init; }

    public required DateOnly From { get; init; }
}
