namespace IntegrationHub.Application.Console.Bureau;

/// <summary>
/// What the inbox shows: the open meldingen (new or in behandeling), or all of them; <see cref="Query"/> matches DUO's
/// meldingsnummer, the melding id or the school's BRIN exactly; <see cref="Pupil"/> is one pupil's pseudonym (found from
/// the persoonsgebonden nummer by <see cref="IBureauMeldingen.FindPupilAsync"/>, so the nummer never sits in a URL).
/// </summary>
public sealed record BureauInboxFilter(string? Query, bool IncludeClosed, string? Pupil = null);
