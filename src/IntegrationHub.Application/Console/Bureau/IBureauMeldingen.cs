namespace IntegrationHub.Application.Console.Bureau;

/// <summary>
/// The leerplicht bureau's read model: the meldingen routed to one organisation, never another's. Every method filters by
/// the organisation in the query, so a melding routed elsewhere looks exactly like one that does not exist.
/// </summary>
public interface IBureauMeldingen
{
    /// <summary>The organisation's meldingen, newest route first, with the total that matches <paramref name="filter"/>.</summary>
    Task<BureauInboxPage> ListAsync(string organisationId, BureauInboxFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The pseudonym of the pupil with <paramref name="persoonsgebondenNummer"/>, only when a melding about that pupil was
    /// routed to <paramref name="organisationId"/>; null otherwise (a pupil of another organisation is not confirmed).
    /// </summary>
    Task<string?> FindPupilAsync(string organisationId, string persoonsgebondenNummer, CancellationToken cancellationToken);

    /// <summary>The melding in the recipient's projection (the notification the hub delivered); null unless routed to <paramref name="organisationId"/>.</summary>
    Task<BureauMelding?> FindAsync(string organisationId, Guid meldingId, CancellationToken cancellationToken);
}
