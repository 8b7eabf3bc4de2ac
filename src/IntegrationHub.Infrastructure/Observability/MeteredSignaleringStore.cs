using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>Counts findings and melding decisions (<see cref="HubMetrics.Evaluated"/>) once their transaction committed.</summary>
public sealed class MeteredSignaleringStore(ISignaleringStore inner, HubMetrics metrics) : ISignaleringStore
{
    public async Task<ISignaleringTransaction> BeginAsync(string pupil, SchoolLocation school, Guid messageId, CancellationToken cancellationToken) =>
        new MeteredSignaleringTransaction(await inner.BeginAsync(pupil, school, messageId, cancellationToken), metrics);

    public async Task<ISignaleringBatch> BeginBatchAsync(IReadOnlyCollection<SignaleringDelivery> deliveries, CancellationToken cancellationToken) =>
        new MeteredSignaleringBatch(await inner.BeginBatchAsync(deliveries, cancellationToken), metrics);

    public async Task<ISignaleringTransaction?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await inner.ClaimDueAsync(now, cancellationToken) is { } claimed ? new MeteredSignaleringTransaction(claimed, metrics) : null;
}
