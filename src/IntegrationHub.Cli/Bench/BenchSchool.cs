using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Cli.Bench;

/// <summary>A generated school: BRIN, po or vo, and its vakantieregio.</summary>
public sealed record BenchSchool(string Brin, string Name, SchoolType Type, SchoolRegion Region);
