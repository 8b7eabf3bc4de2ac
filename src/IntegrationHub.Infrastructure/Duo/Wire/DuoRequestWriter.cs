using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using static IntegrationHub.Infrastructure.Duo.Wire.WireValues;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// The body element of each request (contracts/duo/verzuimregister.xsd). Wrap it with <see cref="SoapEnvelope.Request"/>
/// and validate it with <see cref="DuoXsdValidator.Validate"/> before sending. Reden and toelichting go from the hub's
/// contract codes to the wire codes (<see cref="DuoWireCodes"/>).
/// </summary>
public static class DuoRequestWriter
{
    /// <summary>meldenRelatiefVerzuimRequest.</summary>
    public static XElement Melden(DuoVerzuimmelding melding) =>
        new(DuoOperation.MeldenRelatiefVerzuim.RequestElement(), VerzuimmeldingXml.Write(melding));

    /// <summary>mutatieMeldingRequest: the einddatum, and/or intrekken.</summary>
    public static XElement Mutatie(DuoMutatie mutatie) => new(DuoOperation.MutatieMelding.RequestElement(),
        El("meldingsnummer", mutatie.Meldingsnummer),
        El("kenmerk", mutatie.MeldingId.ToString("D")),
        El("brin", mutatie.Brin),
        mutatie.Einddatum is { } eind ? El("einddatum", Date(eind)) : null,
        mutatie.Intrekken ? El("intrekken", Bool(true)) : null);

    /// <summary>statusGemeenteRequest.</summary>
    public static XElement StatusGemeente(DuoGemeenteStatus status) => new(DuoOperation.StatusGemeente.RequestElement(),
        El("meldingsnummer", status.Meldingsnummer),
        El("gemeentecode", status.Gemeentecode),
        El("status", status.Status.ToString()),
        StatusXml.Reden(status.RedenAfgesloten),
        StatusXml.Toelichting(status.ToelichtingAfsluiting),
        StatusXml.Contactpersoon(status.Contactpersoon),
        El("tijdstip", Time(status.SetAt)));

    /// <summary>aanvraagGewijzigdeMeldingenRequest: every change at or after <paramref name="since"/>.</summary>
    public static XElement AanvraagGewijzigdeMeldingen(DateTimeOffset since) =>
        new(DuoOperation.AanvraagGewijzigdeMeldingen.RequestElement(), El("vanaf", Time(since)));

    /// <summary>opvragenMeldingenRequest: the meldingen DUO holds for a business key.</summary>
    public static XElement OpvragenMeldingen(DuoOpvragenMeldingen query) => new(DuoOperation.OpvragenMeldingen.RequestElement(),
        VerzuimmeldingXml.PersoonsgebondenNummer(query.PersoonsgebondenNummer, query.NummerSoort),
        El("soortVerzuim", query.Soort.ToString()),
        El("begindatum", Date(query.Begindatum)),
        El("brin", query.Brin));
}
