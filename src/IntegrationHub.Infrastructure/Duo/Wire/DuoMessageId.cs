namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>WS-Addressing message ids in the "urn:uuid:..." form Digikoppeling WUS uses.</summary>
public static class DuoMessageId
{
    /// <summary>A new message id, e.g. "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e".</summary>
    public static string New() => From(Guid.NewGuid());

    /// <summary>The message id for a given uuid (deterministic samples and tests).</summary>
    public static string From(Guid id) => $"urn:uuid:{id:D}";
}
