using System.Collections.Concurrent;
using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// The register behind the stand-in's wire: registers meldingen NAIVELY (no de-duplication on MessageID or business key),
/// applies mutaties and gemeente statuses, answers the queries. Business errors: "leerling.onbekend" for a refused
/// pupil, "melding.onbekend" for an unknown meldingsnummer, "melding.ingetrokken" for a change to a withdrawn melding.
/// </summary>
internal sealed class DuoStandInRegister(DuoStandInStore store, TimeProvider time, IEnumerable<string> refusedNummers)
{
    private readonly ConcurrentDictionary<string, byte> _refused = new(refusedNummers.Select(n => KeyValuePair.Create(n, (byte)0)));

    public void Refuse(string persoonsgebondenNummer) => _refused.TryAdd(persoonsgebondenNummer, 0);

    /// <summary>Processes a valid request body and returns the response body.</summary>
    public (XElement Body, bool Refused) Process(DuoOperation operation, XElement body, string messageId, string receivedXml) => operation switch
    {
        DuoOperation.MeldenRelatiefVerzuim => Melden(DuoRequestReader.Melden(body), messageId, receivedXml),
        DuoOperation.MutatieMelding => Verwerking(operation, Mutatie(DuoRequestReader.Mutatie(body))),
        DuoOperation.StatusGemeente => Verwerking(operation, StatusGemeente(DuoRequestReader.StatusGemeente(body))),
        DuoOperation.AanvraagGewijzigdeMeldingen => (DuoResponseWriter.AanvraagGewijzigdeMeldingen(Gewijzigd(DuoRequestReader.AanvraagGewijzigdeMeldingen(body))), false),
        DuoOperation.OpvragenMeldingen => (DuoResponseWriter.OpvragenMeldingen(Opvragen(DuoRequestReader.OpvragenMeldingen(body))), false),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    /// <summary>The gemeente's side, and the status-gemeente operation: records a status DUO's next poll returns.</summary>
    public DuoStatusChange SetStatus(string meldingsnummer, DuoStatus status, string? reden, string? toelichting, DuoContactpersoon? contact)
    {
        var registration = store.Find(meldingsnummer) ?? throw new KeyNotFoundException($"No melding {meldingsnummer} in the stand-in.");
        return store.AddStatus(now => new DuoStatusChange
        {
            Meldingsnummer = meldingsnummer, MeldingId = registration.MeldingId, Status = status, StatusAt = now,
            Gemeentecode = registration.Melding.Gemeentecode, RedenAfgesloten = reden, ToelichtingAfsluiting = toelichting, Contactpersoon = contact,
        });
    }

    private (XElement, bool) Melden(DuoVerzuimmelding melding, string messageId, string receivedXml)
    {
        if (_refused.ContainsKey(melding.PersoonsgebondenNummer))
        {
            return Refusal(DuoOperation.MeldenRelatiefVerzuim, new DuoBusinessError("leerling.onbekend", "DUO kent deze leerling niet."));
        }

        if (melding.VervolgOpMeldingsnummer is { } eerste && store.Find(eerste) is null)
        {
            return Refusal(DuoOperation.MeldenRelatiefVerzuim, new DuoBusinessError("melding.onbekend", "De melding waarop deze vervolgmelding volgt is onbekend."));
        }

        var registration = store.Register(melding, messageId, receivedXml);
        return (DuoResponseWriter.Melden(new DuoMeldenResult { Meldingsnummer = registration.Meldingsnummer, RegisteredAt = registration.RegisteredAt }), false);
    }

    private DuoMutatieResult Mutatie(DuoMutatie mutatie)
    {
        if (Check(mutatie.Meldingsnummer) is { } error)
        {
            return new DuoMutatieResult { Errors = [error] };
        }

        store.AddMutatie(mutatie);
        if (mutatie.Intrekken)
        {
            SetStatus(mutatie.Meldingsnummer, DuoStatus.I, null, null, null);
        }

        return new DuoMutatieResult();
    }

    private DuoMutatieResult StatusGemeente(DuoGemeenteStatus status)
    {
        if (Check(status.Meldingsnummer) is { } error)
        {
            return new DuoMutatieResult { Errors = [error] };
        }

        SetStatus(status.Meldingsnummer, status.Status, status.RedenAfgesloten, status.ToelichtingAfsluiting, status.Contactpersoon);
        return new DuoMutatieResult();
    }

    private DuoGewijzigdeMeldingen Gewijzigd(DateTimeOffset since)
    {
        var (changes, until) = store.ChangesSince(since);
        return new DuoGewijzigdeMeldingen(changes, until);
    }

    private List<DuoGevondenMelding> Opvragen(DuoOpvragenMeldingen key) =>
        [.. store.Registrations.Where(r => r.BusinessKey == key).Select(r => new DuoGevondenMelding(r.Meldingsnummer, r.MeldingId, r.RegisteredAt))];

    private DuoBusinessError? Check(string meldingsnummer) =>
        store.Find(meldingsnummer) is null ? new DuoBusinessError("melding.onbekend", "Er is geen melding met dit meldingsnummer.")
        : store.CurrentStatus(meldingsnummer) == DuoStatus.I ? new DuoBusinessError("melding.ingetrokken", "De melding is ingetrokken.")
        : null;

    private (XElement, bool) Verwerking(DuoOperation operation, DuoMutatieResult result)
    {
        if (result.Errors.Count > 0)
        {
            return (DuoResponseWriter.Fouten(operation, result.Errors), true);
        }

        var now = time.GetUtcNow();
        return (operation == DuoOperation.MutatieMelding ? DuoResponseWriter.Mutatie(result, now) : DuoResponseWriter.StatusGemeente(result, now), false);
    }

    private static (XElement, bool) Refusal(DuoOperation operation, DuoBusinessError error) => (DuoResponseWriter.Fouten(operation, [error]), true);
}
