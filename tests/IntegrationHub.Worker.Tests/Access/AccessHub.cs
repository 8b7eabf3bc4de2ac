using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Access;

/// <summary>
/// A hub whose broker users come from the infra script itself: infra/mq-users.sh is run with throwaway names for the
/// worker's user and the operator and a throwaway vhost (the shared hub and hub-operator users are left alone). The worker's
/// user exists beforehand as an administrator, as the shared one did, so the script has to take that away. The Worker
/// process then runs as the script's worker user, with no operator credential; the schools are provisioned in this process
/// with the script's operator account, as <c>hub school add</c> does.
/// </summary>
public sealed class AccessHub : IAsyncLifetime
{
    public const string OperatorApiKey = "access-tests-operator-key-not-a-real-secret";

    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private readonly List<string> _users = [];
    private ServiceProvider? _services;

    public string VirtualHost => "hub-access-" + _id;

    public string WorkerUser => "hub-access-worker-" + _id;

    public string WorkerPassword { get; } = "w-" + Guid.NewGuid().ToString("N");

    public string OperatorUser => "hub-access-operator-" + _id;

    public string OperatorPassword { get; } = "o-" + Guid.NewGuid().ToString("N");

    /// <summary>What infra/mq-users.sh printed.</summary>
    public string ScriptOutput { get; private set; } = string.Empty;

    public TestDatabase Database { get; private set; } = null!;

    public WorkerProcess Worker { get; private set; } = null!;

    public SchoolProvisioner Provisioner => _services!.GetRequiredService<SchoolProvisioner>();

    public NpgsqlDataSource DataSource => _services!.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        _users.Add(WorkerUser);
        _users.Add(OperatorUser);
        using (var management = TestVirtualHost.CreateManagementClient())
        {
            using var before = await management.PutAsJsonAsync($"api/users/{WorkerUser}", new { password = WorkerPassword, tags = "administrator" });
            before.EnsureSuccessStatusCode();
        }

        ScriptOutput = await RunScriptAsync();
        Database = await TestDatabase.CreateAsync();
        Worker = await WorkerProcess.StartAsync(Database.ConnectionString, VirtualHost, new Dictionary<string, string>
        {
            ["RabbitMq__Username"] = WorkerUser,
            ["RabbitMq__Password"] = WorkerPassword,
            ["Operator__ApiKeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OperatorApiKey))),
        });
        _services = Provisioning(OperatorUser, OperatorPassword);
    }

    /// <summary>
    /// The provisioning as <c>hub school add</c> wires it, on this hub's vhost, signed in to the management API with the
    /// given operator credential (null: none configured).
    /// </summary>
    public ServiceProvider Provisioning(string? operatorUser, string? operatorPassword)
    {
        var settings = TestEnvironment.RabbitMqSettings(VirtualHost);
        settings["RabbitMq:Username"] = WorkerUser;
        settings["RabbitMq:Password"] = WorkerPassword;
        settings["RabbitMq:Operator:Username"] = operatorUser;
        settings["RabbitMq:Operator:Password"] = operatorPassword;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(_ => NpgsqlDataSource.Create(Database.ConnectionString));
        services.AddSchools(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Provisions a school with a fresh BRIN and a known AMQP password (its user is deleted on dispose).</summary>
    public Task<SchoolCredentials> ProvisionSchoolAsync()
    {
        var brin = $"{Random.Shared.Next(10, 100)}{(char)('A' + Random.Shared.Next(26))}{(char)('A' + Random.Shared.Next(26))}";
        _users.Add(Topology.SchoolUser(brin));
        return Provisioner.ProvisionAsync(new SchoolRegistration(brin, "Toegangsschool", SchoolRegion.Midden, "test-" + Guid.NewGuid().ToString("N"), HubFixture.TestMelder), CancellationToken.None);
    }

    public Task<SchoolConnection> ConnectAsync(SchoolCredentials school) =>
        SchoolConnection.OpenAsync(VirtualHost, school.Brin, school.AmqpUsername, school.AmqpPassword!);

    /// <summary>A name this test creates on the broker and that must be deleted again (a user it tried to create).</summary>
    public void Owns(string user) => _users.Add(user);

    public async Task DisposeAsync()
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

        using (await management.DeleteAsync(new Uri($"api/vhosts/{Uri.EscapeDataString(VirtualHost)}", UriKind.Relative)))
        {
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    private async Task<string> RunScriptAsync()
    {
        var script = Path.Combine(ContractsPackage.RepositoryRoot, "infra", "mq-users.sh");
        var result = await ChildProcess.RunAsync("bash", [script], ContractsPackage.RepositoryRoot, TimeSpan.FromMinutes(2), new Dictionary<string, string>
        {
            ["HUB_MQ_VHOST"] = VirtualHost,
            ["HUB_MQ_USER"] = WorkerUser,
            ["HUB_MQ_PASSWORD"] = WorkerPassword,
            ["HUB_MQ_OPERATOR_USER"] = OperatorUser,
            ["HUB_MQ_OPERATOR_PASSWORD"] = OperatorPassword,
        });
        return result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"infra/mq-users.sh exited with {result.ExitCode}:\n{result.Output}");
    }
}
