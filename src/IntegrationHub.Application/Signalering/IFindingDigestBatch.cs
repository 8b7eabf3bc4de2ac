using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Signalering;

/// <summary>One school location's due digest, claimed. Commit sends it (through the outbox) and clears its items.</summary>
public interface IFindingDigestBatch : IAsyncDisposable
{
    SchoolLocation School { get; }

    IReadOnlyList<FindingChange> Items { get; }

    Task CommitAsync(FindingsDigest? digest, CancellationToken cancellationToken);
}
