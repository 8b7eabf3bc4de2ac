namespace IntegrationHub.Domain.Settings;

/// <summary>"Beginnend verzuim" below the 16-hour norm: feedback to the school only.</summary>
public sealed record BeginnendVerzuimSettings(bool Enabled = true, decimal ThresholdHours = 8m, int WindowSchoolWeeks = 4);
