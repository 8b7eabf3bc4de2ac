namespace IntegrationHub.Application.Console.School;

/// <summary>
/// A provisional finding (voorlopig) of the school: an active finding bound for leerplicht or RMC that may become a
/// melding once it settles. The pupil is named by the school's own LVS key, never by a persoonsgebonden nummer.
/// </summary>
public sealed record SchoolFindingRow(
    string FindingId,
    string Vestiging,
    string? LvsPupilKey,
    string Kind,
    string Recipient,
    DateOnly Begindatum,
    DateOnly? Einddatum,
    DateOnly? DueDate,
    DateTimeOffset RaisedAt);
