using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Tests.Directory;

/// <summary>
/// A test class's own migrated database with the directory wired as the CLI wires it (AddHubPersistence + AddDirectory),
/// and the shipped data files of infra/directory loaded once.
/// </summary>
public sealed class DirectoryCliDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;
    private TestDatabase? _database;

    public static string DataDirectory => Path.Combine(RepositoryPaths.Root, "infra", "directory");

    public IServiceProvider Services => _services!;

    public NpgsqlDirectoryStore Store => Services.GetRequiredService<NpgsqlDirectoryStore>();

    public IDirectory Directory => Services.GetRequiredService<IDirectory>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hub"] = _database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddHubPersistence(configuration).AddDirectory();
        _services = services.BuildServiceProvider();
        await Services.GetRequiredService<DirectoryLoader>().LoadAsync(DataDirectory, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
