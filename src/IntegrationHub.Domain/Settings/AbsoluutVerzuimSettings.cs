namespace IntegrationHub.Domain.Settings;

/// <summary>
/// Absoluut verzuim: a leerplichtig or kwalificatieplichtig pupil deregistered without a destination school. The melding is
/// due <paramref name="DueDays"/> calendar days after the deregistration (Leerplichtwet art. 18).
/// </summary>
public sealed record AbsoluutVerzuimSettings(bool Enabled = true, int DueDays = 7);
