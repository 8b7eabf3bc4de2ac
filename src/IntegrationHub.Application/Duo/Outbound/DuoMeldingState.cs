namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>What the hub holds of a melding at DUO: who it is about, where it came from, and its status there.</summary>
public sealed record DuoMeldingState(Guid MeldingId, string Pupil, string Brin, string Vestiging, string Status, string? Meldingsnummer);
