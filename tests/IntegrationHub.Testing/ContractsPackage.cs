namespace IntegrationHub.Testing;

/// <summary>
/// Packs contracts/IntegrationHub.Contracts as an integrator would get it (<c>dotnet pack</c>), from the build the test run
/// already made (<c>--no-build</c>, same configuration as the running tests), into a folder of the caller's.
/// </summary>
public static class ContractsPackage
{
    public const string Id = "IntegrationHub.Contracts";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ProjectPath => Path.Combine(RepositoryRoot, "contracts", Id, Id + ".csproj");

    /// <summary>The package version the project declares (its Version property).</summary>
    public static string ProjectVersion => System.Xml.Linq.XDocument.Load(ProjectPath).Descendants("Version").Single().Value;

    /// <summary>The configuration the tests were built in (Release, Debug): the folder above the test's target framework folder.</summary>
    public static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    /// <summary>Packs into <paramref name="outputDirectory"/> and returns the .nupkg's path.</summary>
    /// <param name="version">A version to pack under instead of the project's own, e.g. a unique pre-release for one test run.</param>
    public static async Task<string> PackAsync(string outputDirectory, string? version = null)
    {
        var nuspec = Path.Combine(Path.GetTempPath(), "hub-nuspec-" + Guid.NewGuid().ToString("N")[..8]);
        List<string> arguments =
        [
            "pack", ProjectPath, "-c", Configuration, "--no-build", "--disable-build-servers", "-nologo", "-v", "quiet",
            "-o", outputDirectory, $"-p:NuspecOutputPath={nuspec}{Path.DirectorySeparatorChar}",
        ];
        if (version is not null)
        {
            arguments.Add($"-p:Version={version}");
        }

        var result = await ChildProcess.RunAsync("dotnet", arguments, RepositoryRoot, TimeSpan.FromMinutes(3));
        if (Directory.Exists(nuspec))
        {
            Directory.Delete(nuspec, recursive: true);
        }

        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed ({result.ExitCode}):\n{result.Output}");
        }

        var package = Path.Combine(outputDirectory, $"{Id}.{version ?? ProjectVersion}.nupkg");
        return File.Exists(package) ? package : throw new FileNotFoundException("dotnet pack wrote no package.", package);
    }

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
