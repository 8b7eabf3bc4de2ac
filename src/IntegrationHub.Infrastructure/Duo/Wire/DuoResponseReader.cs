using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using static IntegrationHub.Infrastructure.Duo.Wire.WireValues;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// Reads the body element of each response (the client's side). Call it only on an envelope that is not a fault
/// (<see cref="SoapEnvelope.IsFault"/>): a fault is a technical error, business errors come back as data here. Throws
/// <see cref="DuoWireFormatException"/> on a body of another operation or a missing or malformed element.
/// </summary>
public static class DuoResponseReader
{
    /// <summary>The meldingsnummer and DUO's registration time, or DUO's business errors.</summary>
    public static DuoMeldenResult Melden(XElement body)
    {
        Expect(body, DuoOperation.MeldenRelatiefVerzuim);
        var errors = Fouten(body);
        return errors.Length > 0
            ? new DuoMeldenResult { Errors = errors }
            : new DuoMeldenResult { Meldingsnummer = Text(body, "meldingsnummer"), RegisteredAt = ToTime(body, "registratietijdstip") };
    }

    public static DuoMutatieResult Mutatie(XElement body) => Verwerking(body, DuoOperation.MutatieMelding);

    public static DuoMutatieResult StatusGemeente(XElement body) => Verwerking(body, DuoOperation.StatusGemeente);

    /// <summary>The changes in DUO's order and DUO's time of the answer, or DUO's business errors.</summary>
    public static DuoWireResult<DuoGewijzigdeMeldingen> AanvraagGewijzigdeMeldingen(XElement body)
    {
        Expect(body, DuoOperation.AanvraagGewijzigdeMeldingen);
        var errors = Fouten(body);
        if (errors.Length > 0)
        {
            return DuoWireResult<DuoGewijzigdeMeldingen>.Refused(errors);
        }

        var changes = Child(body, "wijzigingen").Elements(DuoWireNamespaces.Verzuimregister + "wijziging").Select(Wijziging).ToList();
        return DuoWireResult<DuoGewijzigdeMeldingen>.Success(new DuoGewijzigdeMeldingen(changes, ToTime(body, "tijdstipAntwoord")));
    }

    /// <summary>The meldingen DUO holds for the business key (possibly none), or DUO's business errors.</summary>
    public static DuoWireResult<IReadOnlyList<DuoGevondenMelding>> OpvragenMeldingen(XElement body)
    {
        Expect(body, DuoOperation.OpvragenMeldingen);
        var errors = Fouten(body);
        if (errors.Length > 0)
        {
            return DuoWireResult<IReadOnlyList<DuoGevondenMelding>>.Refused(errors);
        }

        var found = Child(body, "meldingen").Elements(DuoWireNamespaces.Verzuimregister + "melding")
            .Select(m => new DuoGevondenMelding(Text(m, "meldingsnummer"), ToOptGuid(m, "kenmerk"), ToTime(m, "registratietijdstip")))
            .ToList();
        return DuoWireResult<IReadOnlyList<DuoGevondenMelding>>.Success(found);
    }

    private static DuoMutatieResult Verwerking(XElement body, DuoOperation operation)
    {
        Expect(body, operation);
        var errors = Fouten(body);
        if (errors.Length == 0)
        {
            Child(body, "verwerkt");
        }

        return new DuoMutatieResult { Errors = errors };
    }

    private static DuoStatusChange Wijziging(XElement w) => new()
    {
        Meldingsnummer = Text(w, "meldingsnummer"),
        MeldingId = ToOptGuid(w, "kenmerk"),
        Status = ToEnum<DuoStatus>(w, "status"),
        StatusAt = ToTime(w, "tijdstipStatus"),
        Gemeentecode = OptText(w, "gemeentecode"),
        RedenAfgesloten = StatusXml.ReadReden(w),
        ToelichtingAfsluiting = StatusXml.ReadToelichting(w),
        Contactpersoon = StatusXml.ReadContactpersoon(w),
    };

    private static XElement Expect(XElement body, DuoOperation operation) =>
        body.Name == operation.ResponseElement()
            ? body
            : throw new DuoWireFormatException($"Expected {operation.ResponseElement().LocalName}, got {body.Name.LocalName}.");
}
