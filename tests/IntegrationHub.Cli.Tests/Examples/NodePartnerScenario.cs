using IntegrationHub.Testing;

namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>
/// The Node.js example (infra/examples/partner-node) as a partner installs it: its files copied to a temporary folder and
/// <c>npm install</c> there (amqplib, pinned in package.json), so the repository's tree gets no node_modules.
/// </summary>
public sealed class NodePartnerScenario : PartnerScenario
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hub-partner-node-" + Guid.NewGuid().ToString("N")[..8]);

    private static string Example => Path.Combine(ContractsPackage.RepositoryRoot, "infra", "examples", "partner-node");

    protected override async Task PrepareAsync()
    {
        System.IO.Directory.CreateDirectory(_folder);
        foreach (var file in System.IO.Directory.GetFiles(Example, "*.mjs").Append(Path.Combine(Example, "package.json")))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        var install = await ChildProcess.RunAsync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"], _folder, TimeSpan.FromMinutes(3));
        Assert.True(install.ExitCode == 0, $"npm install of the Node.js example failed:\n{install.Output}");
    }

    protected override Task<ChildProcessResult> RunExampleAsync(IReadOnlyList<string> arguments, IDictionary<string, string> environment) =>
        ChildProcess.RunAsync("node", ["consumer.mjs", .. arguments], _folder, TimeSpan.FromSeconds(90), environment);

    protected override Task CleanUpAsync()
    {
        System.IO.Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
