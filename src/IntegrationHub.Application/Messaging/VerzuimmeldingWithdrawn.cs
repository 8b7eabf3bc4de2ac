namespace IntegrationHub.Application.Messaging;

/// <summary>Internal, partner-bound: the school withdrew a sent melding (DUO status "ingetrokken"), with its reason.</summary>
public sealed record VerzuimmeldingWithdrawn(Guid MeldingId, string Reason, DateTimeOffset WithdrawnAt);
