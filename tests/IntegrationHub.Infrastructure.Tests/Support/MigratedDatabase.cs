using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Support;

/// <summary>
/// A test class's own database on the real PostgreSQL, migrated with the hub's migrator, and the hub's
/// persistence and intake wired as the worker wires them (AddHubPersistence + AddIntake).
/// </summary>
public class MigratedDatabase : IAsyncLifetime
{
    public const string PseudonymisationKey = "test-key-for-the-infrastructure-tests-only-0123456789";

    private ServiceProvider? _services;

    public TestDatabase Database { get; private set; } = null!;

    public IServiceProvider Services => _services!;

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(Database.ConnectionString);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddHubPersistence(configuration).AddIntake(configuration);
        Configure(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public virtual async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    protected virtual IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Hub"] = Database.ConnectionString,
        ["Pseudonymisation:Key"] = PseudonymisationKey,
    };

    /// <summary>Hook for a fixture that needs more services (e.g. the bus and the relay).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }
}
