namespace IntegrationHub.Testing;

/// <summary>How a child process ended and what it printed (standard error lines prefixed with "stderr: ").</summary>
public sealed record ChildProcessResult(int ExitCode, IReadOnlyList<string> Lines)
{
    public string Output => string.Join('\n', Lines);
}
