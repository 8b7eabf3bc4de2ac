using IntegrationHub.Infrastructure.Persistence.Duo;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>One poll: whether DUO answered, and each change of its answer as applied.</summary>
public sealed record DuoPollResult(bool Succeeded, DateTimeOffset Since, IReadOnlyList<DuoStatusApplied> Changes);
