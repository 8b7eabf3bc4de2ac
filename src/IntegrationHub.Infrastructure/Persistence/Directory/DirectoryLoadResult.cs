namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>What <c>hub directory load</c> did: rows added, and shipped rows left out because a row for the same key and period exists.</summary>
public sealed record DirectoryLoadResult(
    int OrganisationsAdded,
    IReadOnlyList<(string File, GemeenteImportResult Result)> GemeenteTables,
    int LeerplichtAdded,
    int LeerplichtKept,
    int JgzAdded,
    int JgzKept)
{
    public bool ChangedAnything =>
        OrganisationsAdded + LeerplichtAdded + JgzAdded > 0 || GemeenteTables.Any(t => t.Result.ChangedAnything);
}
