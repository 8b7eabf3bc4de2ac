namespace IntegrationHub.Application.Console.School;

/// <summary>
/// One of the school's meldingen in its list: the hub's state, whether it was sent, DUO's register status
/// (wachtend, geweigerd, or DUO's code R/B/G/K/I/D) with the meldingsnummer, the latest status the partner set, and
/// whether the hub waits for the school's "beslissing nodig" answer.
/// </summary>
public sealed record SchoolMeldingRow(
    Guid MeldingId,
    string Vestiging,
    string? LvsPupilKey,
    string Kind,
    string State,
    DateOnly Begindatum,
    DateOnly? Einddatum,
    DateOnly? Deadline,
    DateTimeOffset? SentAt,
    string? DuoStatus,
    string? Meldingsnummer,
    string? PartnerStatus,
    bool DecisionRequired);
