namespace IntegrationHub.Application.Retention;

/// <summary>Another process is purging right now (one purge at a time across the hub's workers).</summary>
public sealed class PurgeAlreadyRunningException : InvalidOperationException
{
    public PurgeAlreadyRunningException()
        : base("Another retention purge is running.")
    {
    }

    public PurgeAlreadyRunningException(string message)
        : base(message)
    {
    }

    public PurgeAlreadyRunningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
