namespace IntegrationHub.Application.Console.School;

/// <summary>One step in a melding's life in the hub (melding_history): concept, gereed, verzonden, ingetrokken ...</summary>
public sealed record SchoolMeldingStep(DateTimeOffset At, string Event, string State, string? Detail);
