namespace IntegrationHub.Infrastructure.Observability;

/// <summary>The name of the meter the hub's own instruments share (hub.*); the DUO loop has its own (IntegrationHub.Duo).</summary>
public static class HubMeter
{
    public const string Name = "IntegrationHub";
}
