namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>One finding (signal id, kind, status) or melding (melding id, kind, state) of a pupil, with its dates (yyyy-mm-dd).</summary>
public sealed record PupilOutcome(string Pupil, string Id, string Kind, string State, string Begindatum, string? Einddatum);
