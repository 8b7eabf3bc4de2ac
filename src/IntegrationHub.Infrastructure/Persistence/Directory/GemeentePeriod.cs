namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>A gemeente row of the directory with its validity (both ends inclusive; <see cref="ValidUntil"/> null = open).</summary>
public sealed record GemeentePeriod(CbsGemeente Gemeente, DateOnly ValidFrom, DateOnly? ValidUntil);
