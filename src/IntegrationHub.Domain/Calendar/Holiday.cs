namespace IntegrationHub.Domain.Calendar;

/// <summary>A named holiday, both ends inclusive.</summary>
public sealed record Holiday(string Name, DateOnly From, DateOnly To);
