using System.Diagnostics;

namespace IntegrationHub.Architecture.Tests.Secrets;

/// <summary>A git repository in a temporary directory, deleted on dispose: where the secret scanner's tests plant secrets.</summary>
public sealed class ThrowawayRepository : IDisposable
{
    public ThrowawayRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "hub-secret-scan-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Git("init", "-q");
    }

    public string Root { get; }

    /// <summary>Writes the file and adds it to git's index (tracked).</summary>
    public void Add(string path, string content)
    {
        Write(path, content);
        Git("add", "--", path);
    }

    /// <summary>Writes the file without adding it (a new, untracked file).</summary>
    public void Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} exited with {git.ExitCode}: {git.StandardError.ReadToEnd()}");
        }
    }
}
