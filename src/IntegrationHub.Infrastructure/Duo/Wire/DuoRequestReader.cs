using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using static IntegrationHub.Infrastructure.Duo.Wire.WireValues;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// Reads the body element of each request back into the port's records (the stand-in's side of the wire, and round-trip
/// tests). Throws <see cref="DuoWireFormatException"/> on a body of another operation or a missing or malformed element.
/// </summary>
public static class DuoRequestReader
{
    public static DuoVerzuimmelding Melden(XElement body) =>
        VerzuimmeldingXml.Read(Child(Expect(body, DuoOperation.MeldenRelatiefVerzuim), "verzuimmelding"));

    public static DuoMutatie Mutatie(XElement body)
    {
        Expect(body, DuoOperation.MutatieMelding);
        return new DuoMutatie
        {
            Meldingsnummer = Text(body, "meldingsnummer"), MeldingId = ToGuid(body, "kenmerk"), Brin = Text(body, "brin"),
            Einddatum = ToOptDate(body, "einddatum"), Intrekken = OptText(body, "intrekken") is not null && ToBool(body, "intrekken"),
        };
    }

    public static DuoGemeenteStatus StatusGemeente(XElement body)
    {
        Expect(body, DuoOperation.StatusGemeente);
        return new DuoGemeenteStatus
        {
            Meldingsnummer = Text(body, "meldingsnummer"), Gemeentecode = Text(body, "gemeentecode"), Status = ToEnum<DuoStatus>(body, "status"),
            RedenAfgesloten = StatusXml.ReadReden(body), ToelichtingAfsluiting = StatusXml.ReadToelichting(body),
            Contactpersoon = StatusXml.ReadContactpersoon(body), SetAt = ToTime(body, "tijdstip"),
        };
    }

    /// <summary>The "vanaf" of the request.</summary>
    public static DateTimeOffset AanvraagGewijzigdeMeldingen(XElement body) =>
        ToTime(Expect(body, DuoOperation.AanvraagGewijzigdeMeldingen), "vanaf");

    public static DuoOpvragenMeldingen OpvragenMeldingen(XElement body)
    {
        Expect(body, DuoOperation.OpvragenMeldingen);
        var nummer = Child(body, "persoonsgebondenNummer");
        return new DuoOpvragenMeldingen(
            Text(nummer, "nummer"), Text(nummer, "soort"), ToEnum<DuoSoort>(body, "soortVerzuim"), ToDate(body, "begindatum"), Text(body, "brin"));
    }

    private static XElement Expect(XElement body, DuoOperation operation) =>
        body.Name == operation.RequestElement()
            ? body
            : throw new DuoWireFormatException($"Expected {operation.RequestElement().LocalName}, got {body.Name.LocalName}.");
}
