using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// One registration in the stand-in's register, as it received it: the melding, its business key (pupil, soort,
/// begindatum, school), the MessageID it came with, the whole request envelope as received, and DUO's meldingsnummer and
/// time. A double send is two registrations: the stand-in does not de-duplicate.
/// </summary>
public sealed record DuoStandInRegistration(
    string Meldingsnummer,
    DuoVerzuimmelding Melding,
    DuoOpvragenMeldingen BusinessKey,
    string MessageId,
    string ReceivedXml,
    DateTimeOffset RegisteredAt)
{
    /// <summary>The school's kenmerk: the hub's melding id.</summary>
    public Guid MeldingId => Melding.MeldingId;
}
