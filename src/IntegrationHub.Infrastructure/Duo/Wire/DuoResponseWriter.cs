using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using static IntegrationHub.Infrastructure.Duo.Wire.WireValues;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// The body element of each response (the stand-in's side of the wire). Business errors go in fouten/fout inside a
/// normal response (<see cref="Fouten"/>); technical errors are SOAP faults (<see cref="SoapEnvelope.FaultResponse"/>).
/// </summary>
public static class DuoResponseWriter
{
    /// <summary>meldenRelatiefVerzuimResponse: meldingsnummer and registration time, or the result's errors.</summary>
    public static XElement Melden(DuoMeldenResult result)
    {
        if (result.Errors.Count > 0)
        {
            return Fouten(DuoOperation.MeldenRelatiefVerzuim, result.Errors);
        }

        var nummer = result.Meldingsnummer ?? throw new ArgumentException("A registered result needs a meldingsnummer.", nameof(result));
        var at = result.RegisteredAt ?? throw new ArgumentException("A registered result needs its registration time.", nameof(result));
        return new XElement(DuoOperation.MeldenRelatiefVerzuim.ResponseElement(), El("meldingsnummer", nummer), El("registratietijdstip", Time(at)));
    }

    /// <summary>mutatieMeldingResponse: verwerkt at <paramref name="processedAt"/>, or the result's errors.</summary>
    public static XElement Mutatie(DuoMutatieResult result, DateTimeOffset processedAt) =>
        Verwerking(DuoOperation.MutatieMelding, result, processedAt);

    /// <summary>statusGemeenteResponse: verwerkt at <paramref name="processedAt"/>, or the result's errors.</summary>
    public static XElement StatusGemeente(DuoMutatieResult result, DateTimeOffset processedAt) =>
        Verwerking(DuoOperation.StatusGemeente, result, processedAt);

    /// <summary>aanvraagGewijzigdeMeldingenResponse: DUO's time of the answer and the changes, in the given order.</summary>
    public static XElement AanvraagGewijzigdeMeldingen(DuoGewijzigdeMeldingen answer) =>
        new(DuoOperation.AanvraagGewijzigdeMeldingen.ResponseElement(),
            El("tijdstipAntwoord", Time(answer.Until)),
            El("wijzigingen", answer.Changes.Select(Wijziging)));

    /// <summary>opvragenMeldingenResponse: the meldingen DUO holds for the business key (possibly none).</summary>
    public static XElement OpvragenMeldingen(IEnumerable<DuoGevondenMelding> meldingen) =>
        new(DuoOperation.OpvragenMeldingen.ResponseElement(), El("meldingen", meldingen.Select(m => El("melding", new[]
        {
            El("meldingsnummer", m.Meldingsnummer),
            m.MeldingId is { } id ? El("kenmerk", id.ToString("D")) : null,
            El("registratietijdstip", Time(m.RegisteredAt)),
        }))));

    /// <summary>The response of <paramref name="operation"/> carrying only business errors (at least one).</summary>
    public static XElement Fouten(DuoOperation operation, IReadOnlyList<DuoBusinessError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new XElement(operation.ResponseElement(), FoutenElement(errors));
    }

    private static XElement Verwerking(DuoOperation operation, DuoMutatieResult result, DateTimeOffset processedAt) =>
        result.Errors.Count > 0
            ? Fouten(operation, result.Errors)
            : new XElement(operation.ResponseElement(), El("verwerkt", Time(processedAt)));

    private static XElement Wijziging(DuoStatusChange c) => El("wijziging", new[]
    {
        El("meldingsnummer", c.Meldingsnummer),
        c.MeldingId is { } id ? El("kenmerk", id.ToString("D")) : null,
        El("status", c.Status.ToString()),
        El("tijdstipStatus", Time(c.StatusAt)),
        Opt("gemeentecode", c.Gemeentecode),
        StatusXml.Reden(c.RedenAfgesloten),
        StatusXml.Toelichting(c.ToelichtingAfsluiting),
        StatusXml.Contactpersoon(c.Contactpersoon),
    });
}
