using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// One rule. Given the pupil's timeline and the earliest affected date, it returns every signal of its own whose
/// basis lies at or after that date, plus which of its existing signals that evaluation covers (those not returned
/// again are withdrawn). It reads only a bounded window around the affected dates.
/// </summary>
internal interface ISignaleringRule
{
    string Name { get; }

    bool IsEnabled(RuleSettings settings);

    /// <summary>The kinds of facts this rule reads; it is skipped for events that changed none of them.</summary>
    ChangeKinds Reads { get; }

    RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned);
}
