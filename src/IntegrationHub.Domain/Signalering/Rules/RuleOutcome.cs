namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>The signals a rule finds, and which of its earlier signals that evaluation replaces.</summary>
internal sealed record RuleOutcome(IReadOnlyList<Signal> Signals, Func<Signal, bool> InScope)
{
    public static RuleOutcome Nothing { get; } = new([], _ => false);
}
