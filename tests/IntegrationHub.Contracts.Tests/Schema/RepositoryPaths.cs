namespace IntegrationHub.Contracts.Tests.Schema;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SchemaDirectory =>
        Path.Combine(Root, "contracts", IntegrationHub.Contracts.Schema.ContractSchemaExporter.SchemaDirectory);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationHub.sln not found above " + AppContext.BaseDirectory);
    }
}
