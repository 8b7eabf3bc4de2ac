namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// A directory change or data file the hub refuses, with a message meant for the operator (unknown organisation or
/// gemeente, an organisation of the wrong kind, a CSV column that is missing, a code that is not a code).
/// </summary>
public sealed class DirectoryDataException : Exception
{
    public DirectoryDataException(string message)
        : base(message)
    {
    }

    public DirectoryDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DirectoryDataException()
    {
    }
}
