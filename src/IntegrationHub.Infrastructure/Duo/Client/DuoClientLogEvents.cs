namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>The event ids of the DUO client's log records (for alerting and tests).</summary>
public static class DuoClientLogEvents
{
    public const int Retrying = 4300;
    public const int CircuitOpened = 4301;
    public const int CircuitHalfOpened = 4302;
    public const int CircuitClosed = 4303;
    public const int Unavailable = 4304;
    public const int FoundExisting = 4305;
    public const int FoundSeveral = 4306;
    public const int XsdInvalid = 4307;
    public const int BusinessErrors = 4308;
}
