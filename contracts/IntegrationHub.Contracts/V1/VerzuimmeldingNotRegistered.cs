namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: its melding (or a change to it) was not registered at DUO, and why: a mandatory field is
/// missing, a text is longer than DUO allows (never cut), the document fails the hub's XSD, or DUO refused it with a
/// business error. The school corrects its settings or sends an override; nothing is retried until then.
/// </summary>
public sealed record VerzuimmeldingNotRegistered
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>"melden" or "mutatie".</summary>
    public required string Operation { get; init; }

    /// <summary>"hub" when the hub refused the document before sending; "duo" for DUO's business error.</summary>
    public required string RefusedBy { get; init; }

    public required IReadOnlyList<RejectionReason> Reasons { get; init; }

    public required DateTimeOffset RefusedAt { get; init; }
}
