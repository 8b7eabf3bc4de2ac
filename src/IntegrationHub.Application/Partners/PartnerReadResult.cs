using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// What the reader made of a partner's bytes: a <see cref="PartnerStatusSet"/> or <see cref="JgzAdviceGiven"/>, or the
/// reasons it could not. <see cref="MessageId"/> and <see cref="MessageType"/> are best effort for a failure (to find the
/// rejection again), never trusted for de-duplication.
/// </summary>
public sealed record PartnerReadResult(object? Message, string? MessageType, Guid? MessageId, IReadOnlyList<RejectionReason> Reasons)
{
    public bool IsSuccess => Message is not null;
}
