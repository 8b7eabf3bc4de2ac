namespace IntegrationHub.Contracts.V1;

/// <summary>
/// A change to a melding the partner was notified of, on the same queue as the <see cref="VerzuimmeldingNotification"/>:
/// its einddatum became known, DUO's meldingsnummer arrived, the school withdrew it, or its status changed.
/// </summary>
public sealed record VerzuimmeldingNotificationUpdated
{
    public required Guid MeldingId { get; init; }

    public required PartnerRef Recipient { get; init; }

    /// <summary>"einddatum", "meldingsnummer", "ingetrokken" or "status".</summary>
    public required string Change { get; init; }

    public DateOnly? Einddatum { get; init; }

    public string? Meldingsnummer { get; init; }

    /// <summary>For "status": the register's status, e.g. "geregistreerd", "in-behandeling", "afgesloten".</summary>
    public string? Status { get; init; }

    /// <summary>For "ingetrokken": the coded reason (no free text).</summary>
    public string? Reason { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
