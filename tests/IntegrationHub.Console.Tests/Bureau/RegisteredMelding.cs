namespace IntegrationHub.Console.Tests.Bureau;

/// <summary>A melding DUO's stand-in registered: the hub's id, DUO's meldingsnummer, and the pupil's (test) BSN.</summary>
public sealed record RegisteredMelding(Guid MeldingId, string Meldingsnummer, string PersoonsgebondenNummer);
