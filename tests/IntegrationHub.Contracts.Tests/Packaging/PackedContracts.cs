using IntegrationHub.Testing;

namespace IntegrationHub.Contracts.Tests.Packaging;

/// <summary>One <c>dotnet pack</c> of the contracts for all tests of a class, in a temporary folder deleted afterwards.</summary>
public sealed class PackedContracts : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "hub-pack-" + Guid.NewGuid().ToString("N")[..8]);

    public string Package { get; private set; } = "";

    public async Task InitializeAsync() => Package = await ContractsPackage.PackAsync(_output);

    public Task DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }
}
