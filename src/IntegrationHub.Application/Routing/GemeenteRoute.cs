namespace IntegrationHub.Application.Routing;

/// <summary>
/// Where the directory sends meldingen about pupils living in one gemeente, as the directory stood on a given day.
/// <see cref="Leerplicht"/> or <see cref="Rmc"/> is null when no organisation is mapped (the melding is then parked).
/// <see cref="NotifyPartners"/> false: the gemeente switched the partner-queue notifications off (DUO's register stays
/// the source of record). <see cref="MazlBought"/>: the gemeente buys MAZL, so JGZ gets MAZL traffic for its pupils.
/// </summary>
public sealed record GemeenteRoute(
    string GemeenteCode,
    string GemeenteNaam,
    PartnerOrganisation? Leerplicht,
    PartnerOrganisation? Rmc,
    bool NotifyPartners,
    bool MazlBought);
