using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// A school of the sample feed (infra/sample/schools.json), with its melder settings, approval policy and whether it
/// hears of accepted messages in batches.
/// </summary>
public sealed record DemoSchool(
    string Brin, string Name, SchoolRegion Region, Melder? Melder = null, bool RequiresApproval = false, bool BatchedAcceptance = false);
