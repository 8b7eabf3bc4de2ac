namespace IntegrationHub.Application.Retention;

/// <summary>A rectification or erasure the hub refuses, with a reason an operator can act on (never a nummer).</summary>
public sealed class PupilRightsRefusedException : Exception
{
    public PupilRightsRefusedException()
    {
    }

    public PupilRightsRefusedException(string message)
        : base(message)
    {
    }

    public PupilRightsRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
