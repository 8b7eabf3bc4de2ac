namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>What the rules decided in one database: every finding and every melding, ordered by pupil and id.</summary>
public sealed record PupilOutcomes(IReadOnlyList<PupilOutcome> Signals, IReadOnlyList<PupilOutcome> Meldingen);
