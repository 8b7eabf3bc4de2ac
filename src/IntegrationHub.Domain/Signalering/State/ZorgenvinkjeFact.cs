namespace IntegrationHub.Domain.Signalering.State;

public sealed record ZorgenvinkjeFact(string EventId, DateTimeOffset OccurredAt, DateOnly On, bool IsSet);
