namespace IntegrationHub.Application.Privacy;

/// <summary>
/// One line of a pupil's inzage list (AVG art. 15): what went to whom, when, why and on which basis, in which message and
/// under which trace id, and whether it was sent or blocked (with the reason). The pupil is the one asked about; the entry
/// names no other pupil and no persoonsgebonden nummer.
/// </summary>
public sealed record PupilDisclosure
{
    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public required string Recipient { get; init; }

    /// <summary>The processing activity with its version, e.g. "verzuimmelding-leerplicht/v1".</summary>
    public required string ActivityId { get; init; }

    public required string LegalBasis { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    /// <summary>The school's consent id, where consent is the basis.</summary>
    public string? ConsentId { get; init; }

    /// <summary>The school's message that started it, where one did.</summary>
    public string? Operation { get; init; }

    public required Guid MessageId { get; init; }

    public required string TraceId { get; init; }

    /// <summary>"pending", "sent" or "blocked".</summary>
    public required string Status { get; init; }

    /// <summary>Why it was blocked, e.g. consent withdrawn meanwhile.</summary>
    public string? StatusReason { get; init; }
}
