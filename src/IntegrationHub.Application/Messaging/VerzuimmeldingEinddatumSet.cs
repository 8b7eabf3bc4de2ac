namespace IntegrationHub.Application.Messaging;

/// <summary>Internal, partner-bound: the einddatum of a sent melding, once the pupil is back or deregistered. Sent once.</summary>
public sealed record VerzuimmeldingEinddatumSet(Guid MeldingId, DateOnly Einddatum, DateTimeOffset SetAt);
