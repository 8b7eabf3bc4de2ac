using IntegrationHub.Application.Console;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Console.Tests.Support;

/// <summary>
/// One test class's hub with its console: its own database and vhost on the real servers, the shipped routing directory
/// (infra/directory), one connected school, the real Worker and the real Console as child processes, and one local
/// account per role (<see cref="Operator"/>, <see cref="Bureau"/> of lp-groningen, <see cref="Jgz"/> of
/// jgz-ggd-groningen, <see cref="School"/> of <see cref="SchoolBrin"/>). More accounts: <see cref="CreateAccountAsync"/>.
/// Override <see cref="WorkerSettings"/> or <see cref="ConsoleSettings"/> for more environment variables.
/// </summary>
public class ConsoleHubFixture : IAsyncLifetime
{
    public const string BureauOrganisation = "lp-groningen";
    public const string JgzOrganisation = "jgz-ggd-groningen";
    private readonly List<string> _users = [];
    private ServiceProvider? _services;

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public ServiceProcess Worker { get; private set; } = null!;

    public ServiceProcess Console { get; private set; } = null!;

    public Uri BaseAddress => Console.BaseAddress;

    public string ConnectionString => Database.ConnectionString;

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>The in-process services the tests use beside the processes: the accounts, the directory, the school provisioning.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public NpgsqlDirectoryStore Directory => Services.GetRequiredService<NpgsqlDirectoryStore>();

    public SchoolProvisioner Provisioner => Services.GetRequiredService<SchoolProvisioner>();

    /// <summary>The school connected at start (its AMQP credentials in <see cref="SchoolCredentials"/>).</summary>
    public SchoolCredentials SchoolCredentials { get; private set; } = null!;

    public string SchoolBrin => SchoolCredentials.Brin;

    public ConsoleAccountLogin Operator { get; private set; } = null!;

    public ConsoleAccountLogin Bureau { get; private set; } = null!;

    public ConsoleAccountLogin Jgz { get; private set; } = null!;

    public ConsoleAccountLogin School { get; private set; } = null!;

    /// <summary>
    /// The worker's settings: findings settle without the production quiet time (the test facts lie in the past), and
    /// the AMQP intake gives up on a refused message after two deliveries and two submit attempts (the failed-message tests; one attempt is refused by the retry options).
    /// </summary>
    protected virtual IDictionary<string, string> WorkerSettings => new Dictionary<string, string>
    {
        ["Signalering__Settings__0__Scope"] = "National",
        ["Signalering__Settings__0__MeldingMinimumQuietMinutes"] = "0",
        ["Gateways__Amqp__MaxDeliveries"] = "2",
        ["Gateways__Amqp__SubmitAttempts"] = "2",
    };

    /// <summary>Extra console settings as environment variables (e.g. Console__Oidc__Authority).</summary>
    protected virtual IDictionary<string, string> ConsoleSettings => new Dictionary<string, string>();

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        VirtualHost = await TestVirtualHost.CreateAsync();
        Worker = await ServiceProcess.StartAsync(HubBinaries.Dll("IntegrationHub.Worker"), Environment(WorkerSettings), "/health/ready");
        _services = BuildServices();
        await _services.GetRequiredService<DirectoryLoader>().LoadAsync(Path.Combine(ContractsPackage.RepositoryRoot, "infra", "directory"), CancellationToken.None);
        SchoolCredentials = await ProvisionSchoolAsync();
        Operator = await CreateAccountAsync("beheerder", ConsoleRoles.Operator);
        Bureau = await CreateAccountAsync("bureau-groningen", ConsoleRoles.Bureau, organisationId: BureauOrganisation);
        Jgz = await CreateAccountAsync("jgz-groningen", ConsoleRoles.Jgz, organisationId: JgzOrganisation);
        School = await CreateAccountAsync("school-" + SchoolBrin.ToLowerInvariant(), ConsoleRoles.School, brin: SchoolBrin);
        Console = await StartConsoleAsync();
    }

    /// <summary>A local account with a fresh random password (through the same store as <c>hub console account add</c>).</summary>
    public async Task<ConsoleAccountLogin> CreateAccountAsync(string name, string role, string? organisationId = null, string? brin = null)
    {
        var password = "test-" + Guid.NewGuid().ToString("N");
        await Services.GetRequiredService<IConsoleAccounts>().AddAsync(new NewConsoleAccount(name, role, organisationId, brin, password), CancellationToken.None);
        return new ConsoleAccountLogin(name, password, role, organisationId, brin);
    }

    /// <summary>Connects a school with a fresh, random BRIN (its RabbitMQ user is deleted when the fixture is disposed).</summary>
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
        _users.Add(IntegrationHub.Application.Messaging.Topology.SchoolUser(brin));
        return brin;
    }

    /// <summary>The console's output so far (for a failing test's message, or a check that nothing secret was logged).</summary>
    public string ConsoleOutput => string.Join('\n', Console.OutputLines);

    public virtual async Task DisposeAsync()
    {
        if (Console is not null)
        {
            await Console.DisposeAsync();
        }

        if (Worker is not null)
        {
            await Worker.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        using (var management = TestVirtualHost.CreateManagementClient())
        {
            foreach (var user in _users)
            {
                using var _ = await management.DeleteAsync(new Uri($"api/users/{Uri.EscapeDataString(user)}", UriKind.Relative));
            }
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

    private Task<ServiceProcess> StartConsoleAsync() =>
        ServiceProcess.StartAsync(HubBinaries.Dll("IntegrationHub.Console"), Environment(ConsoleSettings), "/health/live");

    /// <summary>The settings both processes share (database, broker, keys), then <paramref name="extra"/>.</summary>
    private Dictionary<string, string> Environment(IDictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Hub"] = Database.ConnectionString,
            ["Pseudonymisation__Key"] = "console-tests-pseudonymisation-key-not-a-real-secret",
            ["Disclosures__Key"] = "console-tests-disclosure-log-key-not-a-real-secret",
        };
        foreach (var (key, value) in TestEnvironment.RabbitMqSettings(VirtualHost.Name))
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(TestEnvironment.RabbitMqSettings(VirtualHost.Name))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Hub"] = Database.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(_ => NpgsqlDataSource.Create(Database.ConnectionString));
        services.AddSchools(configuration);
        services.AddDirectory();
        services.AddConsoleAccounts();
        return services.BuildServiceProvider();
    }
}
