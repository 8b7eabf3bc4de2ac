namespace IntegrationHub.Application.Partners;

/// <summary>
/// Accepted JGZ advice as stored (jgz_advices): passed on to the school on <see cref="ConsentId"/> in outbox message
/// <see cref="OutboxMessageId"/>, or withheld for <see cref="WithheldReason"/>. Enum values as their wire codes.
/// </summary>
public sealed record AdviceRecord(
    string OrganisationId,
    Guid MessageId,
    Guid ReferralId,
    string Pupil,
    string Brin,
    string Vestiging,
    string Participation,
    string LoadCapacity,
    DateOnly? ExpectedFullReturnOn,
    int? StartHoursPerWeek,
    IReadOnlyList<string> Adjustments,
    DateOnly? FollowUpOn,
    DateTimeOffset GivenAt,
    bool PassedOn,
    string? ConsentId,
    Guid? OutboxMessageId,
    string? WithheldReason,
    DateTimeOffset ReceivedAt);
