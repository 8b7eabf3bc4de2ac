using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The Release worker as a child process (<c>dotnet exec</c> of its dll, as the worker tests start it), configured
/// through environment variables, with its output kept for the failure report and written to a log file in the
/// results folder. Killed on dispose.
/// </summary>
internal sealed class BenchWorker : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Process _process;
    private readonly TextWriter _log;

    private BenchWorker(Process process, int port, TextWriter log)
    {
        _process = process;
        Port = port;
        _log = log;
    }

    public int ProcessId => _process.Id;

    public int Port { get; }

    public string LastLines => string.Join('\n', _lines.TakeLast(30));

    /// <summary>Starts the worker; its standard output and error go to <paramref name="logFile"/> as well (created or replaced).</summary>
    public static async Task<BenchWorker> StartAsync(FileInfo dll, IReadOnlyDictionary<string, string> environment, FileInfo logFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logFile);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dll.DirectoryName!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll.FullName);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        logFile.Directory?.Create();
        var worker = new BenchWorker(new Process { StartInfo = start }, port, TextWriter.Synchronized(new StreamWriter(logFile.FullName, append: false)));
        worker._process.OutputDataReceived += (_, e) => worker.Collect(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Collect(e.Data);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        try
        {
            await worker.WaitUntilReadyAsync(baseAddress, TimeSpan.FromSeconds(90), cancellationToken);
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    public ProcessStats? Stats() => _process.HasExited ? null : ProcessStats.Read(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync(Uri baseAddress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with {_process.ExitCode}:\n{LastLines}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not answering yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The worker was not ready within {timeout}:\n{LastLines}");
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.WriteLine(line);
        _lines.Enqueue(line);
        while (_lines.Count > 200)
        {
            _lines.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
