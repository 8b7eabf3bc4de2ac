namespace IntegrationHub.Application.Console;

/// <summary>An account that cannot be added or changed, with a message that says why (for the CLI and the console).</summary>
public sealed class ConsoleAccountException : Exception
{
    public ConsoleAccountException()
    {
    }

    public ConsoleAccountException(string message)
        : base(message)
    {
    }

    public ConsoleAccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
