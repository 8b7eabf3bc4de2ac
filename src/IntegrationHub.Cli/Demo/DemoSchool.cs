using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Cli.Demo;

/// <summary>A school of the sample feed (infra/sample/schools.json), with its melder settings and approval policy.</summary>
public sealed record DemoSchool(string Brin, string Name, SchoolRegion Region, Melder? Melder = null, bool RequiresApproval = false);
