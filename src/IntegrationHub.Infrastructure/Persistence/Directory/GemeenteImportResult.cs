namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>What an import of a CBS table did, counted per gemeente.</summary>
public sealed record GemeenteImportResult(int Opened, int Changed, int Closed, int Unchanged)
{
    public bool ChangedAnything => Opened + Changed + Closed > 0;
}
