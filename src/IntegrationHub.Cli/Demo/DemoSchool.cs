using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Cli.Demo;

/// <summary>A school of the sample feed (infra/sample/schools.json).</summary>
public sealed record DemoSchool(string Brin, string Name, SchoolRegion Region);
