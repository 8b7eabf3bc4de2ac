namespace IntegrationHub.Application.Console.Bureau;

/// <summary>
/// A melding routed to the organisation, as the inbox lists it: no pupil data, only codes, dates and statuses.
/// <see cref="DuoStatus"/> is DUO's register status as the hub last saw it ('wachtend', 'geweigerd', R, B, G, K, I, D; null
/// when the hub does not send to DUO); <see cref="LastStatus"/> the latest status this organisation set (wire code, e.g.
/// "in-behandeling"), which may not have come back from DUO yet. <see cref="MeldingState"/> is the hub's own state
/// ('gereed', 'ingetrokken').
/// </summary>
public sealed record BureauInboxItem(
    Guid MeldingId,
    string? Meldingsnummer,
    string Brin,
    string Vestiging,
    string Kind,
    DateOnly Begindatum,
    DateOnly? Einddatum,
    string MeldingState,
    DateTimeOffset RoutedAt,
    string? DuoStatus,
    DateTimeOffset? RegisteredAt,
    string? LastStatus,
    DateTimeOffset? LastStatusAt);
