namespace IntegrationHub.Domain.Calendar;

/// <summary>Reads the region names used in <see cref="SchoolCalendarOverride.Region"/> ("noord", "midden", "zuid").</summary>
public static class SchoolRegionParser
{
    public static SchoolRegion Parse(string region) =>
        region.Trim().ToUpperInvariant() switch
        {
            "NOORD" => SchoolRegion.Noord,
            "MIDDEN" => SchoolRegion.Midden,
            "ZUID" => SchoolRegion.Zuid,
            _ => throw new ArgumentException($"Unknown school region '{region}'; expected noord, midden or zuid.", nameof(region)),
        };
}
