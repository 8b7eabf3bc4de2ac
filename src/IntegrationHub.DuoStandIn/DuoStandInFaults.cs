namespace IntegrationHub.DuoStandIn;

/// <summary>
/// Fault injection, drawn per call with the stand-in's seeded <see cref="Random"/>; the knobs may change while it runs.
/// Rates are shares of calls (0 to 1) and are tried in this order on one draw: <see cref="FaultRate"/>,
/// <see cref="TimeoutRate"/>, <see cref="LostResponseRate"/>, <see cref="SlowRate"/> (their sum at most 1).
/// </summary>
public sealed class DuoStandInFaults
{
    /// <summary>All calls fail: HTTP 503 with a SOAP fault, nothing processed.</summary>
    public bool Down { get; set; }

    /// <summary>Share of calls answered HTTP 500 with a SOAP fault (soap:Server) before processing.</summary>
    public double FaultRate { get; set; }

    /// <summary>
    /// Share of calls that hang for <see cref="TimeoutDelay"/> (longer than the client's timeout) before processing; a call
    /// whose client went away meanwhile is not processed, one that is still there gets a 503 fault.
    /// </summary>
    public double TimeoutRate { get; set; }

    /// <summary>How long a timed-out call hangs.</summary>
    public TimeSpan TimeoutDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of LOST responses: the call is processed (a melding is registered), then the connection is aborted.</summary>
    public double LostResponseRate { get; set; }

    /// <summary>Share of calls answered normally after <see cref="SlowDelay"/>.</summary>
    public double SlowRate { get; set; }

    /// <summary>How long a slow call waits before it is processed and answered.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Every knob back to a healthy register.</summary>
    public void Reset()
    {
        Down = false;
        FaultRate = TimeoutRate = LostResponseRate = SlowRate = 0;
    }

    internal DuoStandInFault Draw(Random random)
    {
        if (Down)
        {
            return DuoStandInFault.Down;
        }

        var roll = random.NextDouble();
        if ((roll -= FaultRate) < 0)
        {
            return DuoStandInFault.Fault;
        }

        if ((roll -= TimeoutRate) < 0)
        {
            return DuoStandInFault.Timeout;
        }

        if ((roll -= LostResponseRate) < 0)
        {
            return DuoStandInFault.Lost;
        }

        return roll - SlowRate < 0 ? DuoStandInFault.Slow : DuoStandInFault.None;
    }
}
