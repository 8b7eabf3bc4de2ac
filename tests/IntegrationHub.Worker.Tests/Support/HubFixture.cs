using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// One test class's hub: its own database and vhost on the real servers, the Worker running against them as a
/// child process, and the school provisioning in this process (as the `hub school add` command would run it).
/// </summary>
public class HubFixture : IAsyncLifetime
{
    private readonly List<string> _users = [];
    private ServiceProvider? _services;

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public WorkerProcess Worker { get; private set; } = null!;

    public SchoolProvisioner Provisioner => _services!.GetRequiredService<SchoolProvisioner>();

    public NpgsqlDataSource DataSource => _services!.GetRequiredService<NpgsqlDataSource>();

    /// <summary>Extra Worker settings as environment variables (e.g. Logging__LogLevel__Default).</summary>
    /// <summary>
    /// The worker's settings for these tests. The test facts lie in the past, so their deadlines have passed and a finding
    /// settles at the minimum quiet time after its last change (10 minutes in production, so a late batch can complete);
    /// the tests set it to 0 so a settled melding follows within a scheduler poll. The quiet time itself is tested in the
    /// domain (MeldingSettlementTests).
    /// </summary>
    protected virtual IDictionary<string, string> WorkerSettings => new Dictionary<string, string>
    {
        ["Signalering__Settings__0__Scope"] = "National",
        ["Signalering__Settings__0__MeldingMinimumQuietMinutes"] = "0",
    };

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        VirtualHost = await TestVirtualHost.CreateAsync();
        Worker = await StartWorkerAsync();
        _services = BuildProvisioning();
        await _services.GetRequiredService<DirectoryLoader>().LoadAsync(Path.Combine(ContractsPackage.RepositoryRoot, "infra", "directory"), CancellationToken.None);
    }

    /// <summary>The routing directory (the shipped data files are loaded: GM0014, the test pupils' woongemeente, routes to lp-groningen).</summary>
    public NpgsqlDirectoryStore Directory => _services!.GetRequiredService<NpgsqlDirectoryStore>();

    /// <summary>Makes <paramref name="organisationId"/> the JGZ serving school <paramref name="brin"/> (all its vestigingen), on recorded consent.</summary>
    public Task ServeByJgzAsync(string brin, string organisationId) =>
        Directory.SetJgzAsync(new JgzAssignment(brin, null, organisationId, JgzAssignment.Consent, new DateOnly(2025, 1, 1), null, "test", Illustrative: true), CancellationToken.None);

    public Task<WorkerProcess> StartWorkerAsync() => WorkerProcess.StartAsync(Database.ConnectionString, VirtualHost.Name, WorkerSettings);

    /// <summary>Replaces the running worker (after it was killed), with the fixture's settings or <paramref name="settings"/>.</summary>
    public async Task RestartWorkerAsync(IDictionary<string, string>? settings = null)
    {
        await Worker.DisposeAsync();
        Worker = await WorkerProcess.StartAsync(Database.ConnectionString, VirtualHost.Name, settings ?? WorkerSettings);
    }

    /// <summary>Provisions a school with a fresh, random BRIN and a known AMQP password.</summary>
    public Task<SchoolCredentials> ProvisionSchoolAsync() =>
        Provisioner.ProvisionAsync(new SchoolRegistration(NewBrin(), "Testschool", SchoolRegion.Midden, "test-" + Guid.NewGuid().ToString("N"), TestMelder), CancellationToken.None);

    /// <summary>A complete melder for test schools (a school cannot be connected without one).</summary>
    public static readonly Melder TestMelder = new()
    {
        Naam = "T. Coördinator", Functie = "verzuimcoördinator", Telefoon = "0101234567", Email = "verzuim@test.example",
        DoorSchoolOndernomenActie = "Gesprek met ouders.", ActieGemeenteGewenst = true,
    };

    /// <summary>A random BRIN whose RabbitMQ user is deleted when the fixture is disposed (users are not per vhost).</summary>
    public string NewBrin()
    {
        var brin = $"{Random.Shared.Next(10, 100)}{(char)('A' + Random.Shared.Next(26))}{(char)('A' + Random.Shared.Next(26))}";
        _users.Add(Topology.SchoolUser(brin));
        return brin;
    }

    public Task<SchoolConnection> ConnectAsync(SchoolCredentials school) =>
        SchoolConnection.OpenAsync(VirtualHost.Name, school.Brin, school.AmqpUsername, school.AmqpPassword!);

    public virtual async Task DisposeAsync()
    {
        if (Worker is not null)
        {
            await Worker.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        using var management = TestVirtualHost.CreateManagementClient();
        foreach (var user in _users)
        {
            using var _ = await management.DeleteAsync(new Uri($"api/users/{Uri.EscapeDataString(user)}", UriKind.Relative));
        }

        if (VirtualHost is not null)
        {
            await VirtualHost.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    private ServiceProvider BuildProvisioning()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RabbitMq:Host"] = TestEnvironment.MqHost,
            ["RabbitMq:Port"] = TestEnvironment.MqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = VirtualHost.Name,
            ["RabbitMq:Username"] = TestEnvironment.MqUser,
            ["RabbitMq:Password"] = TestEnvironment.MqPassword,
            ["RabbitMq:ManagementUri"] = TestVirtualHost.ManagementUri.ToString(),
            ["RabbitMq:Operator:Username"] = TestEnvironment.MqOperatorUser,
            ["RabbitMq:Operator:Password"] = TestEnvironment.MqOperatorPassword,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(_ => NpgsqlDataSource.Create(Database.ConnectionString));
        services.AddSchools(configuration);
        services.AddDirectory();
        return services.BuildServiceProvider();
    }
}
