namespace IntegrationHub.Cli.Tests;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleFeed => Path.Combine(Root, "infra", "sample", "feed.jsonl");

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
