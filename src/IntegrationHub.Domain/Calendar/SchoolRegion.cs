namespace IntegrationHub.Domain.Calendar;

/// <summary>The three holiday regions of the Dutch schoolvakanties (vakantiespreiding).</summary>
public enum SchoolRegion
{
    Noord,
    Midden,
    Zuid,
}
