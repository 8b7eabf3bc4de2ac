namespace IntegrationHub.Application.Privacy;

/// <summary>
/// One disclosure of data about one pupil in one message (Logius "Logboek dataverwerkingen"): written as pending with the
/// outbound message, marked sent or blocked by the relay. <see cref="Subject"/> is the hub pseudonym (stored encrypted).
/// <see cref="ActivityId"/> names the processing activity with its version, e.g. "verzuimmelding-leerplicht/v1";
/// <see cref="Operation"/> the school's message that started it, where one did ("MazlConversationRecorded 6f1c…").
/// </summary>
public sealed record DisclosureEntry
{
    public required Guid MessageId { get; init; }

    public required string TraceId { get; init; }

    public required string SpanId { get; init; }

    public string? ParentSpanId { get; init; }

    public string? Operation { get; init; }

    public required string ActivityId { get; init; }

    public required string LegalBasis { get; init; }

    /// <summary>The partner organisation id, or "school:&lt;brin&gt;/&lt;vestiging&gt;" for advice passed to a school.</summary>
    public required string Recipient { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    public string SubjectType { get; init; } = "pupil-pseudonym";

    public required string Subject { get; init; }

    public string? ConsentId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
}
