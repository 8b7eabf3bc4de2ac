namespace IntegrationHub.Testing.Privacy;

/// <summary>One LVS message of a generated pupil, sent at <see cref="At"/> (its envelope's occurred-at).</summary>
public sealed record ScenarioMessage(DateTimeOffset At, object Contract);
