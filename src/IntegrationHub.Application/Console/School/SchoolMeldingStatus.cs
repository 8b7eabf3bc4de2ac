namespace IntegrationHub.Application.Console.School;

/// <summary>
/// A status about the melding: from DUO's register (<see cref="Source"/> "duo", the source of record) or as the
/// partner set it on its own exchange or in the console ("partner", with the organisation). The contactpersoon is the
/// gemeente's official, not the pupil.
/// </summary>
public sealed record SchoolMeldingStatus(
    string Source,
    string? Organisation,
    string Status,
    DateTimeOffset At,
    string? RedenAfgesloten,
    string? ToelichtingAfsluiting,
    string? ContactNaam,
    string? ContactFunctie,
    string? ContactTelefoon,
    string? ContactEmail);
