namespace IntegrationHub.DuoStandIn;

/// <summary>What the stand-in did with one call.</summary>
public enum DuoStandInOutcome
{
    /// <summary>Processed and answered normally (no business errors).</summary>
    Answered,

    /// <summary>Processed and answered with business errors (including "xsd.ongeldig").</summary>
    Refused,

    /// <summary>Processed, then the connection was aborted: the answer was lost.</summary>
    Lost,

    /// <summary>Answered with an injected SOAP fault (HTTP 500) before processing.</summary>
    Faulted,

    /// <summary>Hung longer than the client's timeout; not processed.</summary>
    TimedOut,

    /// <summary>The register was down (HTTP 503 with a SOAP fault); not processed.</summary>
    Down,

    /// <summary>Not a readable SOAP envelope of a known operation (HTTP 500, soap:Client); not processed.</summary>
    Unreadable,
}
