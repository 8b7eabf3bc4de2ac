using System.Collections.Concurrent;
using System.Diagnostics;

namespace IntegrationHub.Testing;

/// <summary>
/// Runs a command (dotnet, node, npm) to completion and collects its output, for tests that build or run something as
/// a user would. Killed with its children when it outlives <c>timeout</c>. Build servers are kept off, so no compiler or
/// MSBuild node outlives the test.
/// </summary>
public static class ChildProcess
{
    public static async Task<ChildProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild settings must not leak into a child build.
        foreach (var name in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var lines = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Collect(lines, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(lines, "stderr: " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ChildProcessResult(-1, [.. lines, $"killed after {timeout}"]);
        }

        process.WaitForExit(); // drains the asynchronous output readers
        return new ChildProcessResult(process.ExitCode, [.. lines]);
    }

    private static void Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null && line != "stderr: ")
        {
            lines.Enqueue(line);
        }
    }
}
