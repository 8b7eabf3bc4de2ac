using System.Globalization;
using IntegrationHub.Testing;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// The real Worker as a separate OS process (<see cref="ServiceProcess"/>: dotnet exec of the built dll on a free port),
/// configured only through environment variables for a test database and vhost, its console output collected line by
/// line. Killed (SIGKILL) on dispose if still running.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly ServiceProcess _service;

    private WorkerProcess(ServiceProcess service) => _service = service;

    public Uri BaseAddress => _service.BaseAddress;

    public IReadOnlyCollection<string> OutputLines => _service.OutputLines;

    public bool HasExited => _service.HasExited;

    /// <summary>Starts the worker against the given database and vhost and waits until /health/ready answers 200.</summary>
    public static async Task<WorkerProcess> StartAsync(string connectionString, string virtualHost, IDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Hub"] = connectionString,
            ["RabbitMq__Host"] = TestEnvironment.MqHost,
            ["RabbitMq__Port"] = TestEnvironment.MqPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = virtualHost,
            ["RabbitMq__Username"] = TestEnvironment.MqUser,
            ["RabbitMq__Password"] = TestEnvironment.MqPassword,
            ["RabbitMq__ManagementUri"] = TestVirtualHost.ManagementUri.ToString(),
            ["Pseudonymisation__Key"] = "worker-tests-pseudonymisation-key-not-a-real-secret",
            ["Disclosures__Key"] = "worker-tests-disclosure-log-key-not-a-real-secret",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var service = await ServiceProcess.StartAsync(HubBinaries.Dll("IntegrationHub.Worker"), environment, "health/ready", TimeSpan.FromSeconds(60));
        return new WorkerProcess(service);
    }

    /// <summary>SIGKILL: no shutdown hooks, no graceful close of connections or transactions.</summary>
    public Task KillAsync() => _service.KillAsync();

    /// <summary>SIGTERM, as a container runtime or systemd stops a service; waits (bounded) for the exit code.</summary>
    public Task<int> StopAsync(TimeSpan timeout) => _service.StopAsync(timeout);

    public ValueTask DisposeAsync() => _service.DisposeAsync();
}
