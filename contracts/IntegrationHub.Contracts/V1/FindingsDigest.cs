namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school, once at the end of the school day: every finding that changed or disappeared that day,
/// in its latest state. A provisional finding that disappears before it became a melding is told here only.
/// </summary>
public sealed record FindingsDigest
{
    public required Guid DigestId { get; init; }

    public required SchoolRef School { get; init; }

    /// <summary>The school day the changes happened.</summary>
    public required DateOnly Date { get; init; }

    public required IReadOnlyList<FindingChange> Findings { get; init; }

    public required DateTimeOffset SentAt { get; init; }
}
