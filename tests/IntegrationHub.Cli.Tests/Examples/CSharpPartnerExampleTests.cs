namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>infra/examples/partner-csharp, built against the packed contracts, on the real broker.</summary>
public sealed class CSharpPartnerExampleTests(CSharpPartnerScenario scenario)
    : PartnerExampleTests<CSharpPartnerScenario>(scenario), IClassFixture<CSharpPartnerScenario>;
