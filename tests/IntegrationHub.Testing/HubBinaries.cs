namespace IntegrationHub.Testing;

/// <summary>A hub program (Worker, Console) as built next to its project, in the configuration the tests were built in.</summary>
public static class HubBinaries
{
    /// <summary>src/<paramref name="project"/>/bin/&lt;configuration&gt;/net10.0/<paramref name="project"/>.dll; throws when it is not built.</summary>
    public static string Dll(string project)
    {
        var dll = Path.Combine(ContractsPackage.RepositoryRoot, "src", project, "bin", ContractsPackage.Configuration, "net10.0", project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} first (the test project references it).", dll);
    }
}
