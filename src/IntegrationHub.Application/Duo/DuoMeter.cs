namespace IntegrationHub.Application.Duo;

/// <summary>
/// The name of the <c>System.Diagnostics.Metrics</c> meter the DUO loop's instruments share (client calls, circuit
/// state, registrations, statuses, poll age, overdue partners); the reliability issue exports it.
/// </summary>
public static class DuoMeter
{
    public const string Name = "IntegrationHub.Duo";
}
