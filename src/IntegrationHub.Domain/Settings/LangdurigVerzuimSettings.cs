namespace IntegrationHub.Domain.Settings;

/// <summary>
/// Langdurig relatief verzuim: continuous ongeoorloofd absence for more than <paramref name="Weeks"/> school weeks.
/// A school day counts as absent when nothing was attended and at least <paramref name="MinHoursPerDay"/> hours were
/// registered ongeoorloofd (schools that register absence only send no presence, so a few missed lessons must not
/// make a whole day).
/// </summary>
public sealed record LangdurigVerzuimSettings(bool Enabled = true, int Weeks = 4, decimal MinHoursPerDay = 4m);
