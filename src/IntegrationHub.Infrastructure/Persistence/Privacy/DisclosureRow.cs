namespace IntegrationHub.Infrastructure.Persistence.Privacy;

/// <summary>A row of disclosures as the inzage reads it (the subject still encrypted).</summary>
internal sealed class DisclosureRow
{
    public Guid MessageId { get; set; }

    public string TraceId { get; set; } = string.Empty;

    public string? Operation { get; set; }

    public string ActivityId { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    public string Recipient { get; set; } = string.Empty;

    public string[] DataCategories { get; set; } = [];

    public byte[] SubjectCipher { get; set; } = [];

    public string? ConsentId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public string Status { get; set; } = string.Empty;

    public string? StatusReason { get; set; }
}
