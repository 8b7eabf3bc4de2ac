namespace IntegrationHub.Application.Console.Bureau;

/// <summary>
/// What the inbox shows: the open meldingen (new or in behandeling), or all of them; <see cref="Query"/> matches DUO's
/// meldingsnummer, the melding id, the school's BRIN or the persoonsgebonden nummer exactly.
/// </summary>
public sealed record BureauInboxFilter(string? Query, bool IncludeClosed);
