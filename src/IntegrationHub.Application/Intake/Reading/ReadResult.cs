using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Reading;

/// <summary>
/// What the reader made of the bytes: either a contract (<see cref="Message"/>) or the reasons it could not.
/// <see cref="MessageId"/> and <see cref="MessageType"/> are best-effort for a failure, so the school can
/// correlate the answer; they are never trusted for de-duplication.
/// </summary>
public sealed record ReadResult(
    object? Message,
    string? MessageType,
    Guid? MessageId,
    string? Vestiging,
    IReadOnlyList<RejectionReason> Reasons)
{
    public bool IsSuccess => Message is not null;

    public static ReadResult Success(object message, string messageType) =>
        new(message, messageType, InboundContracts.EnvelopeOf(message)?.MessageId, InboundContracts.EnvelopeOf(message)?.School.Vestiging, []);
}
