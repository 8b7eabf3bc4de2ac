namespace IntegrationHub.Domain.Settings;

/// <summary>The school's lateness ladder: a step at the Nth late arrival in a school year (default 3-6-9-12).</summary>
public sealed record LadderSettings(bool Enabled = true, IReadOnlyList<int>? LateSteps = null)
{
    public IReadOnlyList<int> Steps => LateSteps ?? [3, 6, 9, 12];
}
