using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Bench;

/// <summary>A generated pupil: school, reference, birth date and woongemeente.</summary>
public sealed record BenchPupil(BenchSchool School, PupilRef Ref, DateOnly BirthDate, string Woongemeente);
