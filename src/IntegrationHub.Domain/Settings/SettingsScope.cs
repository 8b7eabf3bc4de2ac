namespace IntegrationHub.Domain.Settings;

/// <summary>Where a settings layer applies; resolution order is National, Region, Gemeente, School.</summary>
public enum SettingsScope
{
    National,
    Region,
    Gemeente,
    School,
}
