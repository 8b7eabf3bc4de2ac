using IntegrationHub.Testing;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// The private servers of <c>infra/fault-servers.sh</c>: PostgreSQL on 5433 and the RabbitMQ node faults@localhost on
/// 5673 (management 15673), which these tests may kill and restart without disturbing anyone on the shared servers.
/// <see cref="Use"/> points <see cref="TestEnvironment"/> (and so every fixture and the worker child process) at them;
/// the users and passwords stay <see cref="TestEnvironment"/>'s, the one place the shared and private servers' credentials
/// come from (HUB_TEST_PG_USER, HUB_TEST_MQ_USER, ... as infra/up.sh and infra/fault-servers.sh create them). The ports
/// can be moved with HUB_FAULTS_PG_PORT, HUB_FAULTS_MQ_PORT and HUB_FAULTS_MQ_MANAGEMENT_PORT, as the script reads them.
/// </summary>
public static class FaultServers
{
    public static string PgPort => Get("HUB_FAULTS_PG_PORT", "5433");

    public static string MqPort => Get("HUB_FAULTS_MQ_PORT", "5673");

    public static string MqManagementPort => Get("HUB_FAULTS_MQ_MANAGEMENT_PORT", "15673");

    private static string Script => Path.Combine(ContractsPackage.RepositoryRoot, "infra", "fault-servers.sh");

    /// <summary>From now on, this process and its children talk to the private servers only.</summary>
    public static void Use()
    {
        Environment.SetEnvironmentVariable("HUB_TEST_PG_PORT", PgPort);
        Environment.SetEnvironmentVariable("HUB_TEST_MQ_PORT", MqPort);
        Environment.SetEnvironmentVariable("HUB_TEST_MQ_MANAGEMENT_PORT", MqManagementPort);
        if (TestEnvironment.PgPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == "5432" || TestEnvironment.MqPort == 5672)
        {
            throw new InvalidOperationException("The fault tests must never run against the shared servers (5432/5672).");
        }
    }

    /// <summary>Starts both private servers if they are not running (idempotent; needs root).</summary>
    public static Task UpAsync() => RunAsync("up");

    /// <summary>Restarts the private PostgreSQL cluster (fast shutdown: every connection is cut).</summary>
    /// <remarks>The test process's own pooled connections (the test fixtures', not the worker's) died with it: they are cleared,
    /// so the test's next database call (e.g. creating the undisturbed run's database) opens a live one.</remarks>
    public static async Task RestartPostgresAsync()
    {
        await RunAsync("restart-pg");
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Stops the private RabbitMQ node and starts it again (every connection is cut; durable queues come back).</summary>
    public static Task RestartRabbitMqAsync() => RunAsync("restart-mq");

    private static async Task RunAsync(string command)
    {
        var result = await ChildProcess.RunAsync("bash", [Script, command], ContractsPackage.RepositoryRoot, TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/fault-servers.sh {command} failed ({result.ExitCode}):\n{result.Output}");
        }
    }

    private static string Get(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
