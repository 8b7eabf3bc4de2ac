namespace IntegrationHub.Application.Console.Beheer;

/// <summary>One part's health with a short explanation (no personal data: counts, ages, exception types).</summary>
public sealed record PartHealth(HealthState State, string Detail);
