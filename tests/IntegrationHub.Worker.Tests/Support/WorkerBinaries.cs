namespace IntegrationHub.Worker.Tests.Support;

/// <summary>The Worker as built next to its project (the test project's reference builds it first).</summary>
public static class WorkerBinaries
{
    public static string Dll { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IntegrationHub.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No IntegrationHub.sln above {AppContext.BaseDirectory}.");
        }

        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(directory.FullName, "src", "IntegrationHub.Worker", "bin", configuration, "net10.0", "IntegrationHub.Worker.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the Worker first.", dll);
    }
}
