using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering.State;

public sealed record DeregistrationFact(string EventId, DateTimeOffset OccurredAt, DateOnly DeregisteredOn, SchoolLocation? Destination);
