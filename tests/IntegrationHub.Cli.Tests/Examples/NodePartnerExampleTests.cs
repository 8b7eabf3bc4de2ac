namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>infra/examples/partner-node, installed with npm, on the real broker.</summary>
public sealed class NodePartnerExampleTests(NodePartnerScenario scenario)
    : PartnerExampleTests<NodePartnerScenario>(scenario), IClassFixture<NodePartnerScenario>;
