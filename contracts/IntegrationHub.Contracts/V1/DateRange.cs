namespace IntegrationHub.Contracts.V1;

/// <summary>A named period, both ends inclusive.</summary>
public sealed record DateRange
{
    public required string Name { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }
}
