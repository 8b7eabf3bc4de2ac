namespace IntegrationHub.Application.Console.Beheer;

/// <summary>How a part of the hub is doing, as the overview shows it (always with text, never colour alone).</summary>
public enum HealthState
{
    Healthy,
    Degraded,
    Unreachable,
}
