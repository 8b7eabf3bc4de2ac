namespace IntegrationHub.Application.Console.School;

/// <summary>
/// One melding of the school with its history, DUO's registration and the statuses it got, and the open
/// "beslissing nodig" question (<see cref="DecisionRequestedAt"/> with the correction that raised it), if any.
/// </summary>
public sealed record SchoolMeldingDetail
{
    public required SchoolMeldingRow Melding { get; init; }

    public DateTimeOffset? DecisionRequestedAt { get; init; }

    public string? DecisionReason { get; init; }

    public DateTimeOffset? KeptAt { get; init; }

    public string? ClosedReason { get; init; }

    public decimal VerzuimUren { get; init; }

    public int VerzuimDagen { get; init; }

    public DateTimeOffset? RegisteredAt { get; init; }

    public required IReadOnlyList<SchoolMeldingStep> History { get; init; }

    public required IReadOnlyList<SchoolMeldingStatus> Statuses { get; init; }
}
