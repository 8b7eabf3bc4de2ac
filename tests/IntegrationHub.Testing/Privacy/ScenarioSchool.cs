using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Testing.Privacy;

/// <summary>A school location the generated pupils attend.</summary>
public sealed record ScenarioSchool(string Brin, SchoolType Type);
