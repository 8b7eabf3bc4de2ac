using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>The partner's projection of DUO's meldingsnummer for a melding it was notified of. Pure.</summary>
public static class DuoPartnerUpdates
{
    public static VerzuimmeldingNotificationUpdated Meldingsnummer(Guid meldingId, string meldingsnummer, PartnerOrganisation organisation, DateTimeOffset registeredAt) => new()
    {
        MeldingId = meldingId, Recipient = PartnerProjections.Ref(organisation), Change = "meldingsnummer", Meldingsnummer = meldingsnummer, ChangedAt = registeredAt,
    };
}
