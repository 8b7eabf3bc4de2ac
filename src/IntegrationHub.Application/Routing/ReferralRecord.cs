namespace IntegrationHub.Application.Routing;

/// <summary>
/// A MAZL referral's state: "pending" (in the outbox, the relay checks consent again when it sends), "sent", "blocked"
/// (with the reason) or "parked".
/// </summary>
public sealed record ReferralRecord(
    Guid ReferralId,
    string FindingId,
    string Pupil,
    string Brin,
    string Vestiging,
    string LvsPupilKey,
    string? OrganisationId,
    string? ConsentId,
    string State,
    string? Reason,
    Guid? MessageId,
    DateTimeOffset At);
