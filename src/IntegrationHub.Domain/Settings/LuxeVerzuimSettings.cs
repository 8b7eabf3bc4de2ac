namespace IntegrationHub.Domain.Settings;

/// <summary>Luxe verzuim: absence with reason LuxeVerzuim not covered by granted leave, any length.</summary>
public sealed record LuxeVerzuimSettings(bool Enabled = true);
