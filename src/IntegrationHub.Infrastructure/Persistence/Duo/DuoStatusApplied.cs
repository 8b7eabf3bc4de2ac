using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>
/// One status change of an answer as it was applied: <see cref="IsNew"/> false for one recorded before (a repeat);
/// <see cref="MeldingId"/> null for a meldingsnummer the hub does not know; <see cref="FeedbackType"/> the school's message.
/// </summary>
public sealed record DuoStatusApplied(string Meldingsnummer, DuoStatus Status, bool IsNew, Guid? MeldingId, string? FeedbackType);
