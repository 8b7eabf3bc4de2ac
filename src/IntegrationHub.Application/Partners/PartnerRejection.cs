using System.Security.Cryptography;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// A refused partner message as kept (partner_rejections): who sent it if a partner user did, the coded reasons, and of
/// the body only its length and SHA-256 (it could hold personal data).
/// </summary>
public sealed record PartnerRejection(
    string? OrganisationId,
    string? UserId,
    string Exchange,
    Guid? MessageId,
    string? MessageType,
    IReadOnlyList<RejectionReason> Reasons,
    int BodyLength,
    byte[] BodySha256,
    DateTimeOffset ReceivedAt)
{
    public static PartnerRejection Of(
        PartnerAnswer answer, string? organisationId, Guid? messageId, string? messageType, IReadOnlyList<RejectionReason> reasons, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new PartnerRejection(organisationId, Truncate(answer.UserId), Truncate(answer.Exchange) ?? string.Empty, messageId,
            messageType ?? Truncate(answer.MessageTypeHint), reasons, answer.Body.Length, SHA256.HashData(answer.Body.Span), receivedAt);
    }

    private static string? Truncate(string? value) => Intake.TransportText.Bound(value);
}
