namespace IntegrationHub.DuoStandIn;

/// <summary>The fault drawn for one call.</summary>
internal enum DuoStandInFault
{
    None,
    Down,
    Fault,
    Timeout,
    Lost,
    Slow,
}
