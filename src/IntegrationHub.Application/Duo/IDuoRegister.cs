namespace IntegrationHub.Application.Duo;

/// <summary>
/// The port to DUO's verzuimregister (Digitaal verzuimloket), with DUO's own operation names. DUO's interface
/// specification is not public: the adapter behind this port speaks the hub's own reading of it (contracts/duo), and the
/// real interface can replace it without touching the rest of the hub.
/// <para>
/// Failures: a business error DUO gives inside a normal answer comes back as data (<see cref="DuoBusinessError"/>) and
/// must not be retried. A technical failure the adapter could not overcome (fault, timeout, lost answer, open circuit)
/// is thrown as <see cref="DuoUnavailableException"/>; the caller leaves the work waiting and tries again later.
/// </para>
/// </summary>
public interface IDuoRegister
{
    /// <summary>
    /// "Melden relatief verzuim": registers a melding and returns its meldingsnummer. Idempotent by the melding's
    /// business key (pupil, soort, begindatum, school): after an answer was lost the adapter asks DUO what it holds
    /// before it sends again, so the same melding is never registered twice.
    /// </summary>
    Task<DuoMeldenResult> MeldenAsync(DuoVerzuimmelding melding, CancellationToken cancellationToken);

    /// <summary>"Mutatie melding": the school's change to a registered melding (einddatum, intrekken).</summary>
    Task<DuoMutatieResult> MutatieAsync(DuoMutatie mutatie, CancellationToken cancellationToken);

    /// <summary>
    /// The gemeente's status update on a melding it handles, on behalf of the organisation the hub routed it to (a status a
    /// bureau set through the hub). It counts only once <see cref="AanvraagGewijzigdeMeldingenAsync"/> returns it.
    /// </summary>
    Task<DuoMutatieResult> StatusGemeenteAsync(DuoGemeenteStatus status, CancellationToken cancellationToken);

    /// <summary>"Aanvraag gewijzigde meldingen": every status change DUO recorded at or after <paramref name="since"/>, oldest first.</summary>
    Task<DuoGewijzigdeMeldingen> AanvraagGewijzigdeMeldingenAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
