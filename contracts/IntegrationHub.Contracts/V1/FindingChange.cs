namespace IntegrationHub.Contracts.V1;

/// <summary>One finding that changed during the school day, inside a <see cref="FindingsDigest"/>.</summary>
public sealed record FindingChange
{
    public required string FindingId { get; init; }

    public required string LvsPupilKey { get; init; }

    public required string Kind { get; init; }

    public required string Recipient { get; init; }

    /// <summary>"gewijzigd" (its content changed) or "vervallen" (it disappeared; see <see cref="Reason"/>).</summary>
    public required string Change { get; init; }

    /// <summary>Why it disappeared, readable by the school.</summary>
    public string? Reason { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public required decimal VerzuimUren { get; init; }

    public required int VerzuimDagen { get; init; }

    public required bool IsProvisional { get; init; }

    public Guid? MeldingId { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
