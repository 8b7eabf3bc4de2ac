namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>The hub's connection string as configured (ConnectionStrings:Hub), password included, for the migrator.</summary>
public sealed record HubConnectionString(string Value)
{
    public override string ToString() => "HubConnectionString { *** }";
}
