namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>A parked delivery as the operator sees it (no pupil data); <see cref="ParkedAt"/> in UTC.</summary>
public sealed record ParkedRow(long ParkedId, Guid SubjectId, string SubjectKind, string Brin, string Vestiging, string Reason, string Detail, string MessageType, DateTime ParkedAt);
