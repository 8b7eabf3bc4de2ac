using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IntegrationHub.Testing;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// The real Worker as a separate OS process (dotnet exec of the built dll), configured only through environment
/// variables, its console output collected line by line. Killed (SIGKILL) on dispose if still running.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Process _process;

    private WorkerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IReadOnlyCollection<string> OutputLines => _lines.ToArray();

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the worker against the given database and vhost and waits until /health/ready answers 200.</summary>
    public static async Task<WorkerProcess> StartAsync(string connectionString, string virtualHost, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var dll = WorkerBinaries.Dll;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        start.Environment["ConnectionStrings__Hub"] = connectionString;
        start.Environment["RabbitMq__Host"] = TestEnvironment.MqHost;
        start.Environment["RabbitMq__Port"] = TestEnvironment.MqPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["RabbitMq__VirtualHost"] = virtualHost;
        start.Environment["RabbitMq__Username"] = TestEnvironment.MqUser;
        start.Environment["RabbitMq__Password"] = TestEnvironment.MqPassword;
        start.Environment["RabbitMq__ManagementUri"] = TestVirtualHost.ManagementUri.ToString();
        start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Pseudonymisation__Key"] = "worker-tests-pseudonymisation-key-not-a-real-secret";
        start.Environment["Disclosures__Key"] = "worker-tests-disclosure-log-key-not-a-real-secret";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => worker.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await worker.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        return worker;
    }

    /// <summary>SIGKILL: no shutdown hooks, no graceful close of connections or transactions.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a container runtime or systemd stops a service; waits (bounded) for the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with {_process.ExitCode}:\n{string.Join('\n', _lines)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The worker was not ready within {timeout}:\n{string.Join('\n', _lines)}");
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
