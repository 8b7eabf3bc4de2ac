namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>A melding DUO holds for a business key: its meldingsnummer, the school's kenmerk (the hub's melding id) and DUO's registration time.</summary>
public sealed record DuoGevondenMelding(string Meldingsnummer, Guid? MeldingId, DateTimeOffset RegisteredAt);
