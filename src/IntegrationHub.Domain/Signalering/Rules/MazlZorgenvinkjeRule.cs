using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>MAZL "bij zorg": each time the school's Zorgenvinkje goes from cleared to set. To the school.</summary>
internal sealed class MazlZorgenvinkjeRule : ISignaleringRule
{
    public string Name => "mazl-zorgenvinkje";

    public bool IsEnabled(RuleSettings settings) => settings.Mazl.Enabled && settings.Mazl.CountZorgenvinkje;

    public ChangeKinds Reads => ChangeKinds.Zorgenvinkje | ChangeKinds.Periods | ChangeKinds.Profile;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var signals = new List<Signal>();
        var isSet = false;
        foreach (var change in timeline.State.Zorgenvinkjes
            .OrderBy(z => z.On).ThenBy(z => z.OccurredAt).ThenBy(z => z.EventId, StringComparer.Ordinal))
        {
            if (change.IsSet && !isSet)
            {
                signals.Add(MazlRules.Signal(timeline, Name, "bij-zorg", change.On, change.On, change.On) with
                {
                    BasedOnDates = [change.On],
                });
            }

            isSet = change.IsSet;
        }

        return new RuleOutcome(signals, _ => true);
    }
}
