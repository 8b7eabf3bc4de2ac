using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// What one pupil evaluation sends, written to the outbox in the same transaction as the state behind it:
/// <see cref="PartnerBound"/> are published for the partners (meldingen, einddatum, withdrawals);
/// <see cref="ToSchool"/> go to the school's feedback queue now; <see cref="Digest"/> wait for the school day's
/// digest; <see cref="SentNotices"/> are the "melding verzonden" messages the relay sends once the broker confirmed
/// the melding itself.
/// </summary>
public sealed record HubMessages(
    IReadOnlyList<object> PartnerBound,
    IReadOnlyList<object> ToSchool,
    IReadOnlyList<FindingChange> Digest,
    IReadOnlyDictionary<Guid, VerzuimmeldingSent> SentNotices)
{
    public static HubMessages None { get; } = new([], [], [], new Dictionary<Guid, VerzuimmeldingSent>());
}
