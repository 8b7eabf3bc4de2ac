using IntegrationHub.Testing;

namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>
/// The C# example (infra/examples/partner-csharp) as a partner builds it: the contracts packed into the folder feed its
/// nuget.config names (artifacts/packages), under a pre-release version of this run's own so no cached package stands in;
/// then <c>dotnet build</c> with its own settings, outside the repository's tree (<c>--artifacts-path</c>).
/// </summary>
public sealed class CSharpPartnerScenario : PartnerScenario
{
    private readonly string _version = ContractsPackage.ProjectVersion + "-example-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), "hub-partner-csharp-" + Guid.NewGuid().ToString("N")[..8]);
    private string _package = "";
    private string _dll = "";

    private static string ExampleProject => Path.Combine(ContractsPackage.RepositoryRoot, "infra", "examples", "partner-csharp", "PartnerConsumer.csproj");

    private static string Feed => Path.Combine(ContractsPackage.RepositoryRoot, "artifacts", "packages");

    protected override async Task PrepareAsync()
    {
        System.IO.Directory.CreateDirectory(Feed);
        _package = await ContractsPackage.PackAsync(Feed, _version);
        var build = await ChildProcess.RunAsync(
            "dotnet",
            ["build", ExampleProject, "-c", "Release", "--artifacts-path", _artifacts, $"-p:IntegrationHubContractsVersion={_version}", "--disable-build-servers", "-nologo", "-v", "quiet"],
            ContractsPackage.RepositoryRoot,
            TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, $"dotnet build of the C# example failed:\n{build.Output}");
        _dll = Path.Combine(_artifacts, "bin", "PartnerConsumer", "release", "partner-consumer.dll");
    }

    protected override Task<ChildProcessResult> RunExampleAsync(IReadOnlyList<string> arguments, IDictionary<string, string> environment) =>
        ChildProcess.RunAsync("dotnet", [_dll, .. arguments], _artifacts, TimeSpan.FromSeconds(90), environment);

    protected override Task CleanUpAsync()
    {
        File.Delete(_package);
        if (System.IO.Directory.Exists(_artifacts))
        {
            System.IO.Directory.Delete(_artifacts, recursive: true);
        }

        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cached = Path.Combine(globalPackages, ContractsPackage.Id.ToLowerInvariant(), _version.ToLowerInvariant());
        if (System.IO.Directory.Exists(cached))
        {
            System.IO.Directory.Delete(cached, recursive: true);
        }

        return Task.CompletedTask;
    }
}
