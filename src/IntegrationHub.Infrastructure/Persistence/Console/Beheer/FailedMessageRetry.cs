using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Messaging.Failed;

namespace IntegrationHub.Infrastructure.Persistence.Console.Beheer;

/// <summary>The console's retry: the issue-11 replayer, the same as <c>hub dlq replay</c>.</summary>
public sealed class FailedMessageRetry(FailedMessageReplayer replayer) : IFailedMessageRetry
{
    public Task<int?> RetryAsync(long id, string by, CancellationToken cancellationToken) => replayer.ReplayAsync(id, by, cancellationToken);
}
