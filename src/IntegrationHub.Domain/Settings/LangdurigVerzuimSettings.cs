namespace IntegrationHub.Domain.Settings;

/// <summary>Langdurig relatief verzuim: continuous ongeoorloofd absence for more than <paramref name="Weeks"/> school weeks.</summary>
public sealed record LangdurigVerzuimSettings(bool Enabled = true, int Weeks = 4);
