namespace IntegrationHub.Domain.Settings;

/// <summary>The school's lateness ladder: a step at the Nth late arrival in a school year (default 3-6-9-12).</summary>
public sealed record LadderSettings(bool Enabled = true, IReadOnlyList<int>? LateSteps = null)
{
    // One shared default: a collection expression here would build a new array on every read, and folding reads
    // the steps for every event (the profile showed it).
    private static readonly IReadOnlyList<int> DefaultSteps = [3, 6, 9, 12];

    public IReadOnlyList<int> Steps => LateSteps ?? DefaultSteps;
}
