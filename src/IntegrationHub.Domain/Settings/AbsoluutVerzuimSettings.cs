namespace IntegrationHub.Domain.Settings;

/// <summary>Absoluut verzuim: a leerplichtig or kwalificatieplichtig pupil deregistered without a destination school.</summary>
public sealed record AbsoluutVerzuimSettings(bool Enabled = true);
