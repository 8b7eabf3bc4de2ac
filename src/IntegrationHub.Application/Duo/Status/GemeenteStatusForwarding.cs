using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// A status the gemeente's organisation set (on its partner exchange, or later in the console) as DUO's status update,
/// pure: the gemeente is the melding's woongemeente as routed (CBS code, sent in DUO's 4-digit form); reden and
/// toelichting travel as the contract's codes. The meldingsnummer stays empty: the DUO dispatcher fills it in.
/// </summary>
public static class GemeenteStatusForwarding
{
    public static DuoGemeenteStatus ToDuo(PartnerStatusSet status, string woongemeente)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(woongemeente);
        var contact = status.Contactpersoon;
        return new DuoGemeenteStatus
        {
            Meldingsnummer = string.Empty,
            Gemeentecode = GemeenteCodes.ToDuo(woongemeente),
            Status = ToDuo(status.Status),
            RedenAfgesloten = status.RedenAfgesloten is { } reden ? WireCode.Of(reden) : null,
            ToelichtingAfsluiting = status.ToelichtingAfsluiting is { } toelichting ? WireCode.Of(toelichting) : null,
            Contactpersoon = contact is null ? null : new DuoContactpersoon(contact.Naam, contact.Functie, contact.Telefoon, contact.Email),
            SetAt = status.SetAt.ToUniversalTime(),
        };
    }

    public static DuoStatus ToDuo(PartnerStatus status) => status switch
    {
        PartnerStatus.InBehandeling => DuoStatus.B,
        PartnerStatus.Afgesloten => DuoStatus.G,
        PartnerStatus.TerKennisnemingAangenomen => DuoStatus.K,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a gemeente status."),
    };
}
